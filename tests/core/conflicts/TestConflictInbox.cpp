// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrokenTable.h"
#include "ChangeApplier.h"
#include "ChangeOutbox.h"
#include "TestStore.h"
#include "clients/ClientService.h"
#include "conflicts/ConflictInbox.h"
#include "conflicts/DuplicatePhoneCheck.h"
#include "state/StateExporter.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestConflictInbox : public QObject
{
    Q_OBJECT

private:
    static void ship(TestStore &from, TestStore &to)
    {
        auto applied = ChangeApplier(*to).apply(ChangeOutbox(*from).pending());
        QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
    }
    static void exchange(TestStore &a, TestStore &b)
    {
        ship(a, b);
        ship(b, a);
    }
    static Client add(TestStore &t, const QString &name, const QString &phone)
    {
        ClientDraft d;
        d.name = name;
        d.phone = phone;
        return *ClientService(*t).create(d);
    }

private slots:
    // Two terminals offline each register the same person: after sync both
    // show the same single conflict; resolving it on one clears it on both.
    void testDuplicatePhoneAcrossTerminals()
    {
        TestStore a;
        TestStore b(a.clock().nowMsecsSinceEpoch() + 700);
        const Client onA = add(a, QStringLiteral("Ana Souza"), QStringLiteral("11987654321"));
        const Client onB = add(b, QStringLiteral("Ana S."),
                               QStringLiteral("+55 11 98765-4321").remove(QStringLiteral("+55 ")));
        exchange(a, b);
        for (TestStore *t : { &a, &b })
            QCOMPARE(ConflictInbox(**t).refresh()->opened, 1);
        exchange(a, b);
        const QList<Conflict> onAInbox = ConflictInbox(*a).open();
        const QList<Conflict> onBInbox = ConflictInbox(*b).open();
        QCOMPARE(onAInbox.size(), 1);
        QCOMPARE(onBInbox.size(), 1);
        QCOMPARE(onAInbox.first().id, onBInbox.first().id);
        QCOMPARE(onAInbox.first().kind, DuplicatePhoneCheck::kKind);
        // The phone in its normalised form: both were typed differently.
        QCOMPARE(onAInbox.first().facts.value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+5511987654321"));
        QCOMPARE(StateExporter(a->database()).stateHash(),
                 StateExporter(b->database()).stateHash());

        const QStringList offered = ConflictInbox(*a).resolutions(onAInbox.first());
        QVERIFY(offered.contains(DuplicatePhoneCheck::kKeepBoth));
        QVERIFY(offered.contains(DuplicatePhoneCheck::kKeepOnlyPrefix + onA.id.toString()));

        a.clock().advance(60'000);
        QVERIFY(ConflictInbox(*a)
                    .resolve(onAInbox.first().id,
                             DuplicatePhoneCheck::kKeepOnlyPrefix + onA.id.toString())
                    .ok());
        QVERIFY(ConflictInbox(*a).open().isEmpty());
        exchange(a, b);
        QVERIFY(ConflictInbox(*b).refresh().ok());
        QVERIFY(ConflictInbox(*b).open().isEmpty());
        QCOMPARE(ClientService(*b).list().size(), 1);
        QCOMPARE(ClientService(*b).list().first().id, onA.id);
        QCOMPARE(ClientService(*b).find(onB.id).error().code, QStringLiteral("client.notFound"));
        exchange(a, b);
        QCOMPARE(StateExporter(a->database()).stateHash(),
                 StateExporter(b->database()).stateHash());
    }

    void testKeepBothStaysResolved()
    {
        TestStore t;
        add(t, QStringLiteral("Pai"), QStringLiteral("1133334444"));
        add(t, QStringLiteral("Filho"), QStringLiteral("1133334444"));
        ConflictInbox inbox(*t);
        QCOMPARE(inbox.refresh()->opened, 1);
        const Conflict c = inbox.open().first();
        QVERIFY(inbox.resolve(c.id, DuplicatePhoneCheck::kKeepBoth).ok());
        QCOMPARE(inbox.refresh()->opened, 0);
        QVERIFY(inbox.open().isEmpty());
        QCOMPARE(ClientService(*t).count().value(), 2);
        QCOMPARE(inbox.resolve(c.id, DuplicatePhoneCheck::kKeepBoth).error().code,
                 QStringLiteral("conflict.notOpen"));
    }

    // A check that cannot read its table stops the refresh: its open
    // conflicts are not taken for gone (an empty finding would obsolete them)
    // and nothing is written.
    void testUnreadableCheckKeepsTheInbox_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addRow("duplicate phones") << QStringLiteral("clients");
        QTest::addRow("overlapping appointments") << QStringLiteral("appointment_items");
        QTest::addRow("stock below zero") << QStringLiteral("stock_on_hand");
        QTest::addRow("over-returns") << QStringLiteral("return_lines");
        QTest::addRow("two open shifts") << QStringLiteral("cash_shifts");
        QTest::addRow("the inbox itself") << QStringLiteral("conflicts");
    }
    void testUnreadableCheckKeepsTheInbox()
    {
        QFETCH(QString, table);
        TestStore t;
        add(t, QStringLiteral("Ana"), QStringLiteral("1133334444"));
        add(t, QStringLiteral("Bia"), QStringLiteral("1133334444"));
        ConflictInbox inbox(*t);
        QCOMPARE(inbox.refresh()->opened, 1);
        const qint64 changes = ChangeOutbox(*t).pendingCount();
        {
            BrokenTable broken(*t, table);
            QVERIFY(broken.isBroken());
            const auto refreshed = inbox.refresh();
            QVERIFY(!refreshed.ok());
            QCOMPARE(refreshed.error().kind, Error::Kind::Storage);
        }
        QCOMPARE(ChangeOutbox(*t).pendingCount(), changes);
        QCOMPARE(inbox.open().size(), 1);
        QCOMPARE(inbox.refresh()->obsoleted, 0);
    }

    void testFixedDataMakesTheConflictObsolete()
    {
        TestStore t;
        add(t, QStringLiteral("Ana"), QStringLiteral("1133334444"));
        const Client other = add(t, QStringLiteral("Bia"), QStringLiteral("1133334444"));
        ConflictInbox inbox(*t);
        QCOMPARE(inbox.refresh()->opened, 1);
        ClientDraft fix;
        fix.phone = QStringLiteral("1155556666");
        QVERIFY(ClientService(*t).update(other.id, fix).ok());
        QCOMPARE(inbox.refresh()->obsoleted, 1);
        QVERIFY(inbox.open().isEmpty());
    }

    // A row written before phones were normalised (or by an older terminal)
    // is the same phone as its normalised twin.
    void testOldUnnormalisedPhonesAreDuplicates()
    {
        TestStore t;
        const Client ana = add(t, QStringLiteral("Ana"), QStringLiteral("11 98765-4321"));
        const Id old = Id::generate(t.clock());
        QVERIFY(t->transact([&] {
                     return t->writer().writeRecord(
                         QStringLiteral("clients"), old,
                         { { QStringLiteral("name"), QStringLiteral("Ana (old)") },
                           { QStringLiteral("phone"), QStringLiteral("(11) 8765-4321") },
                           { QStringLiteral("deleted"), 0 } });
                 }).ok());
        ConflictInbox inbox(*t);
        QCOMPARE(inbox.refresh()->opened, 1);
        const Conflict c = inbox.open().first();
        QCOMPARE(c.facts.value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+5511987654321"));
        QStringList expected { ana.id.toString(), old.toString() };
        expected.sort();
        QCOMPARE(c.subjectIds, expected);
    }

    // "Keep only" merges the other client into the one kept: its appointments
    // and reminders follow instead of pointing at a deleted client.
    void testKeepOnlyMovesTheHistory()
    {
        TestStore t;
        const Client keep = add(t, QStringLiteral("Ana Souza"), QStringLiteral("11987654321"));
        ClientDraft d;
        d.name = QStringLiteral("Ana S.");
        d.phone = QStringLiteral("(11) 98765-4321");
        d.email = QStringLiteral("ana@example.com");
        const Client drop = *ClientService(*t).create(d);
        const Id appointment = Id::generate(t.clock());
        const Id reminder = Id::generate(t.clock());
        QVERIFY(t->transact([&]() -> Result<Hlc> {
                     auto a = t->writer().writeRecord(
                         QStringLiteral("appointments"), appointment,
                         { { QStringLiteral("client_id"), drop.id.toString() },
                           { QStringLiteral("status"), QStringLiteral("completed") },
                           { QStringLiteral("deleted"), 0 } });
                     if (!a)
                         return a;
                     return t->writer().writeRecord(
                         QStringLiteral("reminders"), reminder,
                         { { QStringLiteral("client_id"), drop.id.toString() },
                           { QStringLiteral("appointment_id"), appointment.toString() },
                           { QStringLiteral("deleted"), 0 } });
                 }).ok());
        ConflictInbox inbox(*t);
        QCOMPARE(inbox.refresh()->opened, 1);
        QVERIFY(inbox
                    .resolve(inbox.open().first().id,
                             DuplicatePhoneCheck::kKeepOnlyPrefix + keep.id.toString())
                    .ok());
        QCOMPARE(scalarText(*t, QStringLiteral("SELECT client_id FROM appointments")),
                 keep.id.toString());
        QCOMPARE(scalarText(*t, QStringLiteral("SELECT client_id FROM reminders")),
                 keep.id.toString());
        auto dropped = ClientService(*t).find(drop.id, true);
        QVERIFY(dropped->deleted);
        QCOMPARE(dropped->mergedInto, keep.id);
        QCOMPARE(ClientService(*t).find(keep.id)->email, QStringLiteral("ana@example.com"));
        QCOMPARE(
            scalarText(
                *t,
                QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'client.merged'")),
            QStringLiteral("1"));
        QVERIFY(inbox.open().isEmpty());
        QCOMPARE(inbox.refresh()->opened, 0);
    }

    void testBadResolutionChangesNothing_data()
    {
        QTest::addColumn<QString>("resolution");
        QTest::addRow("unknown") << QStringLiteral("deleteEverything");
        QTest::addRow("keep a stranger")
            << QStringLiteral("keepOnly:01a2076d-f66e-7271-b403-685ac76aa13c");
        QTest::addRow("empty") << QString();
    }
    void testBadResolutionChangesNothing()
    {
        QFETCH(QString, resolution);
        TestStore t;
        add(t, QStringLiteral("Ana"), QStringLiteral("1133334444"));
        add(t, QStringLiteral("Bia"), QStringLiteral("1133334444"));
        ConflictInbox inbox(*t);
        QVERIFY(inbox.refresh().ok());
        const QString before = StateExporter(t->database()).stateHash();
        auto resolved = inbox.resolve(inbox.open().first().id, resolution);
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.error().code, QStringLiteral("conflict.badResolution"));
        QCOMPARE(StateExporter(t->database()).stateHash(), before);
        QCOMPARE(inbox.open().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConflictInbox)
#include "TestConflictInbox.moc"
