// SPDX-License-Identifier: GPL-3.0-or-later
#include "Amounts.h"
#include "AppointmentFacts.h"
#include "ShopFixture.h"
#include "TestStore.h"
#include "clients/ClientMetrics.h"
#include "clients/ClientService.h"
#include "sales/CheckoutService.h"
#include "sales/ReturnService.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

const QTimeZone kSaoPaulo("America/Sao_Paulo");
constexpr qint64 kHour = 3600 * 1000;

QDateTime local(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), kSaoPaulo);
}

} // namespace

class TestClientMetrics : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        // "Now": Sunday 2026-03-15 15:00 in São Paulo (18:00 UTC).
        TestStore t { local(2026, 3, 15, 15).toMSecsSinceEpoch() };
        Id client;
        Id corte, escova, coloracao, manicure;
        Fixture()
        {
            ClientDraft d;
            d.name = QStringLiteral("Ana");
            client = ClientService(*t).create(d)->id;
            AppointmentFacts facts(*t);
            corte = facts.service(QStringLiteral("Corte"));
            escova = facts.service(QStringLiteral("Escova"));
            coloracao = facts.service(QStringLiteral("Coloração"));
            manicure = facts.service(QStringLiteral("Manicure"));
            facts.appointment(client, local(2025, 12, 2, 10), QStringLiteral("completed"),
                              { corte, escova });
            facts.appointment(client, local(2026, 1, 6, 10, 30), QStringLiteral("completed"),
                              { corte });
            facts.appointment(client, local(2026, 2, 3, 9), QStringLiteral("completed"),
                              { corte, coloracao });
            facts.appointment(client, local(2026, 2, 10, 14), QStringLiteral("no_show"),
                              { escova });
            facts.appointment(client, local(2026, 2, 27, 20), QStringLiteral("cancelled"),
                              { corte });
            // Still February in São Paulo, already March in UTC.
            facts.appointment(client, local(2026, 2, 28, 22), QStringLiteral("completed"),
                              { manicure });
            facts.appointment(client, local(2026, 3, 10, 11), QStringLiteral("completed"),
                              { corte });
            facts.appointment(client, local(2026, 3, 20, 10), QStringLiteral("booked"), { corte });
            // Deleted facts and other clients' appointments do not count.
            facts.appointment(client, local(2026, 3, 5, 10), QStringLiteral("completed"),
                              { escova }, true);
            facts.appointment(Id::generate(), local(2026, 3, 11, 10), QStringLiteral("completed"),
                              { escova });
        }
    };

private slots:
    void testComputedFromTheFacts()
    {
        Fixture f;
        auto m = ClientMetrics::compute(*f.t, f.client, kSaoPaulo);
        QVERIFY(m.ok());
        QCOMPARE(m->totalAppointments, 8);
        QCOMPARE(m->completed, 5);
        QCOMPARE(m->cancelled, 1);
        QCOMPARE(m->noShows, 1);
        QCOMPARE(*m->firstVisitMsecs, local(2025, 12, 2, 10).toMSecsSinceEpoch());
        QCOMPARE(*m->lastVisitMsecs, local(2026, 3, 10, 11).toMSecsSinceEpoch());
        QCOMPARE(*m->nextAppointmentMsecs, local(2026, 3, 20, 10).toMSecsSinceEpoch());
        QVERIFY(qAbs(*m->averageDaysBetweenVisits - 24.5104) < 0.001);
        QCOMPARE(m->appointmentsThisMonth, 2); // 10 and 20 March
        QCOMPARE(m->appointmentsLastMonth, 3); // 3, 10 (no-show) and 28 February
        QCOMPARE(m->frequencyScore, 63);
        QCOMPARE(m->preferredServices.size(), 3);
        QCOMPARE(m->preferredServices.at(0).serviceId, f.corte);
        QCOMPARE(m->preferredServices.at(0).name, QStringLiteral("Corte"));
        QCOMPARE(m->preferredServices.at(0).count, 4);
        QCOMPARE(m->preferredServices.at(1).name, QStringLiteral("Coloração"));
        QCOMPARE(m->preferredServices.at(1).count, 1);
        QCOMPARE(m->preferredServices.at(2).name, QStringLiteral("Escova"));
        QCOMPARE(m->preferredWeekdays.size(), 2);
        QCOMPARE(m->preferredWeekdays.at(0).weekday, int(Qt::Tuesday));
        QCOMPARE(m->preferredWeekdays.at(0).count, 4);
        QCOMPARE(m->preferredWeekdays.at(1).weekday, int(Qt::Saturday));
        QCOMPARE(*m->preferredTimeOfDay, ClientMetrics::TimeOfDay::Morning);
        // No sale yet: nothing spent, and no ticket to average.
        QCOMPARE(m->totalSpent->minorUnits(), 0);
        QVERIFY(!m->averageTicket.has_value());
    }

    // Spending comes from the client's sales: tips left out, refunds taken
    // off, exchanges not counted as tickets.
    void testSpendingFromSales()
    {
        TestStore t;
        ShopFixture shop(*t);
        const auto card = [](qint64 amount) {
            return Tender { PaymentMethod::Card, reais(amount), QStringLiteral("A1"), {} };
        };
        Cart first = shop.cartOf({ { shop.shampoo, 2 } }); // 91.80
        first.clientId = shop.client;
        first.tip = reais(1000);
        const Sale sale = *CheckoutService(*t).checkout(shop.request(first, { card(10180) }));
        Cart second = shop.cartOf({ { shop.conditioner, 1 } }); // 52.90
        second.clientId = shop.client;
        QVERIFY(CheckoutService(*t).checkout(shop.request(second, { card(5290) })).ok());
        ReturnRequest back;
        back.saleId = sale.id;
        back.locationId = shop.location;
        back.lines = { ReturnLineRequest {
            sale.lines.first().id, {}, 1, ReturnDisposition::Restock, {} } };
        QVERIFY(ReturnService(*t).createReturn(back).ok()); // 45.90 back to the card
        auto m = ClientMetrics::compute(*t, shop.client, kSaoPaulo);
        QVERIFY(m.ok());
        QCOMPARE(m->totalSpent->minorUnits(), 9180 + 5290 - 4590);
        QCOMPARE(m->averageTicket->minorUnits(), (9180 + 5290 - 4590) / 2);
        QCOMPARE(m->totalSpent->currency().code(), QStringLiteral("BRL"));
    }

    // Months, weekdays and times of day are those of the location's zone.
    void testTheTimeZoneDecidesTheMonth()
    {
        Fixture f;
        auto utc = ClientMetrics::compute(*f.t, f.client, QTimeZone::utc());
        QVERIFY(utc.ok());
        QCOMPARE(utc->appointmentsThisMonth, 3); // 28 Feb 22:00 in São Paulo is 1 March in UTC
        QCOMPARE(utc->appointmentsLastMonth, 2);
        QCOMPARE(utc->preferredWeekdays.at(1).weekday, int(Qt::Sunday));
    }

    // Derived numbers are derived: an edit of the facts shows at once.
    void testFollowsTheFacts()
    {
        Fixture f;
        AppointmentFacts facts(*f.t);
        facts.appointment(f.client, local(2026, 3, 14, 19), QStringLiteral("completed"),
                          { f.escova });
        auto m = ClientMetrics::compute(*f.t, f.client, kSaoPaulo);
        QCOMPARE(m->completed, 6);
        QCOMPARE(m->appointmentsThisMonth, 3);
        QCOMPARE(m->preferredServices.at(1).name, QStringLiteral("Escova"));
        QCOMPARE(m->preferredServices.at(1).count, 2);
    }

    void testNoAppointments()
    {
        TestStore t;
        auto m = ClientMetrics::compute(*t, Id::generate(), kSaoPaulo);
        QVERIFY(m.ok());
        QCOMPARE(m->totalAppointments, 0);
        QCOMPARE(m->frequencyScore, 0);
        QVERIFY(!m->firstVisitMsecs && !m->lastVisitMsecs && !m->nextAppointmentMsecs);
        QVERIFY(!m->averageDaysBetweenVisits);
        QVERIFY(!m->preferredTimeOfDay);
        QVERIFY(m->preferredServices.isEmpty() && m->preferredWeekdays.isEmpty());
    }

    void testOneVisitHasNoAverage()
    {
        TestStore t(local(2026, 3, 15, 15).toMSecsSinceEpoch());
        ClientDraft d;
        d.name = QStringLiteral("Bia");
        const Id bia = ClientService(*t).create(d)->id;
        AppointmentFacts(*t).appointment(bia, local(2026, 3, 1, 12), QStringLiteral("completed"));
        auto m = ClientMetrics::compute(*t, bia, kSaoPaulo);
        QCOMPARE(m->completed, 1);
        QVERIFY(!m->averageDaysBetweenVisits);
        QCOMPARE(*m->preferredTimeOfDay, ClientMetrics::TimeOfDay::Afternoon);
        QVERIFY(m->preferredServices.isEmpty()); // no items
    }

    void testFrequencyScore_data()
    {
        QTest::addColumn<QList<int>>("hoursAgo");
        QTest::addColumn<int>("score");
        const auto days = [](std::initializer_list<int> list) {
            QList<int> hours;
            for (int d : list)
                hours << d * 24;
            return hours;
        };
        const auto every = [](int gapDays, int count, int firstDaysAgo) {
            QList<int> hours;
            for (int i = 0; i < count; ++i)
                hours << (firstDaysAgo + i * gapDays) * 24;
            return hours;
        };
        QTest::addRow("no visit") << QList<int> {} << 0;
        QTest::addRow("one visit today: some volume, fully recent") << days({ 0 }) << 34;
        QTest::addRow("one visit 31 days ago: recency starts to fall") << days({ 31 }) << 34;
        QTest::addRow("one visit 200 days ago") << days({ 200 }) << 19;
        QTest::addRow("one visit exactly 365 days ago: volume only") << days({ 365 }) << 4;
        QTest::addRow("one visit 366 days ago: outside the window") << days({ 366 }) << 0;
        QTest::addRow("visits in the future do not count") << QList<int> { -48 } << 0;
        QTest::addRow("two visits cannot show a rhythm") << days({ 100, 110 }) << 32;
        QTest::addRow("monthly for a year") << every(30, 12, 0) << 100;
        QTest::addRow("weekly for a year: volume capped") << every(7, 52, 2) << 100;
        QTest::addRow("every 30 days, six times") << every(30, 6, 30) << 75;
        QTest::addRow("irregular gaps (10 and 50 days)") << days({ 0, 50, 60 }) << 49;
        QTest::addRow("same day counts once") << QList<int> { 0, 1, 2 } << 34;
        QTest::addRow("regular but long ago") << every(30, 3, 300) << 38;
    }
    void testFrequencyScore()
    {
        QFETCH(QList<int>, hoursAgo);
        QFETCH(int, score);
        // Noon UTC, so "hours ago" within a day stay on the same day.
        const qint64 now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        QList<qint64> visits;
        for (int h : hoursAgo)
            visits << now - h * kHour;
        QCOMPARE(ClientMetrics::frequencyScoreOf(visits, now), score);
        std::reverse(visits.begin(), visits.end());
        QCOMPARE(ClientMetrics::frequencyScoreOf(visits, now), score); // any order
    }

    void testTimeOfDay_data()
    {
        QTest::addColumn<QTime>("time");
        QTest::addColumn<int>("part");
        using T = ClientMetrics::TimeOfDay;
        QTest::addRow("04:59") << QTime(4, 59) << int(T::Evening);
        QTest::addRow("05:00") << QTime(5, 0) << int(T::Morning);
        QTest::addRow("11:59") << QTime(11, 59) << int(T::Morning);
        QTest::addRow("12:00") << QTime(12, 0) << int(T::Afternoon);
        QTest::addRow("17:59") << QTime(17, 59) << int(T::Afternoon);
        QTest::addRow("18:00") << QTime(18, 0) << int(T::Evening);
        QTest::addRow("00:00") << QTime(0, 0) << int(T::Evening);
    }
    void testTimeOfDay()
    {
        QFETCH(QTime, time);
        QFETCH(int, part);
        QCOMPARE(int(ClientMetrics::timeOfDay(time)), part);
    }

    void testBusinessTimeZone()
    {
        TestStore t;
        QCOMPARE(ClientMetrics::businessTimeZone(*t).value(), QTimeZone::utc()); // no location yet
        t.initialiseBusiness();
        QCOMPARE(ClientMetrics::businessTimeZone(*t).value().id(), QByteArray("America/Sao_Paulo"));
    }
};

QTEST_GUILESS_MAIN(TestClientMetrics)
#include "TestClientMetrics.moc"
