// SPDX-License-Identifier: GPL-3.0-or-later
// Rule tables read better with plain literals.
#undef QT_NO_CAST_FROM_ASCII
#include "SchedulingFixture.h"
#include "TestStore.h"
#include "clients/ClientService.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/ClientBooking.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

const QDate kMonday(2026, 1, 5);

} // namespace

// Booking for a client on file, a new one, or nobody, once or weekly, with
// or without a manager over the warnings: the new client exists exactly
// when the booking does.
class TestClientBooking : public QObject
{
    Q_OBJECT

private slots:
    void book_data()
    {
        QTest::addColumn<QString>(
            "who"); // "new", "new without a name", "on file", "walk-in", "both"
        QTest::addColumn<int>("weeks"); // 0: once
        QTest::addColumn<bool>("clash"); // Ana already booked then (the series' second week)
        QTest::addColumn<bool>("manager"); // a manager overrides the warnings
        QTest::addColumn<int>("appointments"); // booked; 0: refused
        QTest::addColumn<int>("newClients");
        QTest::addColumn<QString>("code"); // the refusal's
        QTest::addRow("a new client, once") << "new" << 0 << false << false << 1 << 1 << QString();
        QTest::addRow("a new client, every week")
            << "new" << 3 << false << false << 3 << 1 << QString();
        QTest::addRow("refused: the new client goes too")
            << "new" << 0 << true << false << 0 << 0 << "appointment.conflicts";
        QTest::addRow("a series refused for one week: no client")
            << "new" << 3 << true << false << 0 << 0 << "appointment.conflicts";
        QTest::addRow("a manager books over the warnings, with the new client")
            << "new" << 3 << true << true << 3 << 1 << QString();
        QTest::addRow("a new client without a name: nothing booked")
            << "new without a name" << 0 << false << false << 0 << 0 << "client.nameRequired";
        QTest::addRow("a client on file")
            << "on file" << 2 << false << false << 2 << 0 << QString();
        QTest::addRow("a walk-in") << "walk-in" << 0 << false << false << 1 << 0 << QString();
        QTest::addRow("on file and new at once")
            << "both" << 0 << false << false << 0 << 0 << "appointment.twoClients";
    }
    void book()
    {
        QFETCH(QString, who);
        QFETCH(int, weeks);
        QFETCH(bool, clash);
        QFETCH(bool, manager);
        QFETCH(int, appointments);
        QFETCH(int, newClients);
        QFETCH(QString, code);
        TestStore t;
        SchedulingFixture f(*t);
        if (clash) {
            // Ana's 10:00 taken, on the day the series' last occurrence falls.
            BookingRequest other;
            other.locationId = f.location;
            other.startsAtMsecs = f.at(kMonday.addDays(7 * std::max(0, weeks - 1)), "10:00");
            other.lines = { BookingLine { f.cut, f.ana, {}, {} } };
            QVERIFY(AppointmentBook(*t).book(other).ok());
        }
        const qint64 clientsBefore = scalar(*t, "SELECT count(*) FROM clients");
        const qint64 appointmentsBefore = scalar(*t, "SELECT count(*) FROM appointments");

        BookingRequest r;
        r.locationId = f.location;
        r.startsAtMsecs = f.at(kMonday, "10:00");
        r.lines = { BookingLine { f.cut, f.ana, {}, {} } };
        r.overrideConflicts = manager;
        r.overriddenBy = manager ? f.manager : Id();
        std::optional<ClientDraft> draft;
        if (who.startsWith("new") || who == "both") {
            draft = ClientDraft {};
            if (who != "new without a name")
                draft->name = "Marta Lima";
            draft->phone = "(11) 91234-5678";
        }
        if (who == "on file" || who == "both")
            r.clientId = f.client;
        std::optional<Recurrence> recurrence;
        if (weeks > 0) {
            recurrence = Recurrence {};
            recurrence->count = weeks;
        }

        const auto booked = ClientBooking(*t).book(r, draft, recurrence);
        QCOMPARE(scalar(*t, "SELECT count(*) FROM clients") - clientsBefore, newClients);
        QCOMPARE(scalar(*t, "SELECT count(*) FROM appointments") - appointmentsBefore,
                 appointments);
        if (!code.isEmpty()) {
            QVERIFY(!booked.ok());
            QCOMPARE(booked.error().code, code);
            return;
        }
        QVERIFY2(booked.ok(), qPrintable(booked.ok() ? QString() : booked.error().message));
        QCOMPARE(booked->appointments.size(), appointments);
        Id expectedClient;
        if (who == "on file")
            expectedClient = f.client;
        if (who == "new") {
            QVERIFY(!booked->clientId.isNull());
            const auto client = ClientService(*t).find(booked->clientId);
            QVERIFY(client.ok());
            QCOMPARE(client->name, "Marta Lima");
            QCOMPARE(client->phone, "+5511912345678");
            expectedClient = booked->clientId;
        }
        QCOMPARE(booked->clientId, expectedClient);
        for (const Appointment &a : booked->appointments) {
            QCOMPARE(a.clientId, expectedClient);
            QCOMPARE(AppointmentBook(*t).find(a.id)->clientId, expectedClient);
        }
    }
};

QTEST_GUILESS_MAIN(TestClientBooking)
#include "TestClientBooking.moc"
