// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulingFixture.h"
#include "ServerFixture.h"
#include "SyncSession.h"
#include "TestStore.h"
#include "TestTerminal.h"
#include "conflicts/ConflictInbox.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/AppointmentOverlapCheck.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// The scheduling issue's "must show": two terminals book the same staff
// member at the same time while offline; after sync both appointments exist
// everywhere with one conflict entry, and resolving it on one terminal clears
// it on both. Real encrypted databases, a real balcaod on loopback.
class TestAppointmentSync : public QObject
{
    Q_OBJECT

private:
    using Terminal = TestTerminal;

    static QString hashOf(Terminal &t) { return t.stateHash(); }

private slots:
    void testOfflineDoubleBookingBecomesOneConflict_data() { addBackendRows(); }
    void testOfflineDoubleBookingBecomesOneConflict()
    {
        BALCAO_FETCH_BACKEND();
        TwoTerminals s(backend, QStringLiteral("Recepção"), QStringLiteral("Caixa 2"));
        QVERIFY(s.ok());
        auto &[server, business, a, b] = s;
        a.store.initialiseBusiness();
        SchedulingFixture f(*a.store);
        syncAndVerify(a);
        syncAndVerify(b);
        QCOMPARE(hashOf(b), hashOf(a));

        // Offline, each books Ana on Monday at 10:00; neither can know.
        const qint64 ten = f.at(QDate(2026, 1, 5), QStringLiteral("10:00"));
        BookingRequest onA;
        onA.locationId = f.location;
        onA.clientId = f.client;
        onA.startsAtMsecs = ten;
        onA.lines = { BookingLine { f.cut, f.ana, {}, {} } };
        BookingRequest onB = onA;
        onB.clientId = f.otherClient;
        onB.source = QStringLiteral("phone");
        a.store.clock().advance(60'000);
        b.store.clock().advance(70'000);
        server.clock().advance(70'000);
        auto first = AppointmentBook(*a.store).book(onA);
        auto second = AppointmentBook(*b.store).book(onB);
        QVERIFY(first.ok() && second.ok());

        syncAndVerify(a);
        syncAndVerify(b);
        syncAndVerify(a);
        for (Terminal *t : { &a, &b }) {
            AppointmentBook book(*t->store);
            QVERIFY(book.find(first->id).ok());
            QVERIFY(book.find(second->id).ok());
            const QList<Conflict> open = ConflictInbox(*t->store).open();
            QCOMPARE(open.size(), 1);
            QCOMPARE(open.first().kind, AppointmentOverlapCheck::kKind);
            QStringList both { first->id.toString(), second->id.toString() };
            both.sort();
            QCOMPARE(open.first().subjectIds, both);
            QCOMPARE(open.first().facts.value(QStringLiteral("who")).toString(),
                     QStringLiteral("Ana"));
        }
        QCOMPARE(hashOf(a), hashOf(b));

        // One click on B: Bruno takes the phone booking at the same time.
        ConflictInbox inboxB(*b.store);
        const Conflict conflict = inboxB.open().first();
        const QString reassign = AppointmentOverlapCheck::kReassignPrefix + second->id.toString();
        QVERIFY(inboxB.resolutions(conflict).contains(reassign));
        auto resolved = inboxB.resolve(conflict.id, reassign, f.manager);
        QVERIFY2(resolved.ok(), resolved.ok() ? "" : qPrintable(resolved.error().message));
        QVERIFY(inboxB.open().isEmpty());

        syncAndVerify(b);
        syncAndVerify(a);
        QVERIFY(ConflictInbox(*a.store).open().isEmpty());
        const auto moved = AppointmentBook(*a.store).find(second->id);
        QCOMPARE(moved->staffId, f.bruno);
        QCOMPARE(moved->time.from, ten);
        QCOMPARE(ConflictInbox(*a.store).find(conflict.id)->resolution, reassign);
        QCOMPARE(hashOf(a), hashOf(b));
    }
};

QTEST_GUILESS_MAIN(TestAppointmentSync)
#include "TestAppointmentSync.moc"
