// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "TestStore.h"
#include "cash/ShiftService.h"
#include "catalog/ProductCatalog.h"
#include "settings/DemoSalon.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Balcao;
using namespace Balcao::Test;

// The sample business of the first-run wizard and `scripts/run`: it must
// seed on any day of the week at any hour, and what it says happened must
// agree with the clock.
class TestDemoSalon : public QObject
{
    Q_OBJECT

private:
private slots:
    void seedsOnAnyDay_data()
    {
        QTest::addColumn<QDateTime>("now");
        const QTimeZone saoPaulo("America/Sao_Paulo");
        for (int day = 8; day <= 14; ++day) // Sunday 8 to Saturday 14 March 2026
            QTest::addRow("%s 15:10", qPrintable(QDate(2026, 3, day).toString(Qt::ISODate)))
                << QDateTime(QDate(2026, 3, day), QTime(15, 10), saoPaulo);
        QTest::addRow("Wednesday before opening")
            << QDateTime(QDate(2026, 3, 11), QTime(7, 0), saoPaulo);
        QTest::addRow("Saturday night") << QDateTime(QDate(2026, 3, 14), QTime(23, 30), saoPaulo);
    }
    void seedsOnAnyDay()
    {
        QFETCH(QDateTime, now);
        TestStore t(now.toMSecsSinceEpoch());
        t.initialiseBusiness();
        auto salon = DemoSalon::seed(*t);
        QVERIFY2(salon.ok(), qPrintable(salon.ok() ? QString() : salon.error().message));
        QCOMPARE(salon->monday.dayOfWeek(), 1);
        QVERIFY(salon->bookedThisWeek > 30);
        const QString nowText = QString::number(now.toMSecsSinceEpoch());
        // Nothing ahead of the clock is done; nothing behind it still waits.
        QCOMPARE(scalar(*t,
                        "SELECT count(*) FROM appointments WHERE starts_at > " + nowText
                            + " AND status IN ('completed', 'checked_in', 'no_show')"),
                 0);
        QCOMPARE(scalar(*t,
                        "SELECT count(*) FROM appointments WHERE starts_at <= " + nowText
                            + " AND status IN ('booked', 'confirmed')"),
                 0);
        // Today's finished visits were charged, each once.
        QCOMPARE(scalar(*t, "SELECT count(*) FROM sales"), salon->salesToday);
        QCOMPARE(scalar(*t, "SELECT count(DISTINCT appointment_id) FROM sales"), salon->salesToday);
        QCOMPARE(ProductCatalog(*t).search({}, 100).value().size(), 7);
        QVERIFY(ShiftService(*t)
                    .openShift(ShiftService(*t).drawers(salon->location).value().first().id)
                    .value());
        QCOMPARE(scalar(*t, "SELECT count(*) FROM clients"), DemoSalon::kClients);
    }

    void wednesdayMorningChargesTheFirstVisit()
    {
        // The screenshots' Wednesday, 10:40: one manicure done at 9:00.
        TestStore t(
            QDateTime(QDate(2026, 3, 11), QTime(13, 40), QTimeZone::utc()).toMSecsSinceEpoch());
        t.initialiseBusiness();
        auto salon = DemoSalon::seed(*t);
        QVERIFY(salon.ok());
        QCOMPARE(salon->salesToday, 1);
        QVERIFY(!salon->regularVisitToday.isNull());
    }
};

QTEST_GUILESS_MAIN(TestDemoSalon)
#include "TestDemoSalon.moc"
