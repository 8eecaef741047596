// SPDX-License-Identifier: GPL-3.0-or-later
// Rule tables read better with plain literals; the product code keeps the
// strict string casts.
#undef QT_NO_CAST_FROM_ASCII
#include "SchedulingFixture.h"
#include "TestStore.h"
#include "scheduling/StaffSchedule.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

using Parts = QList<DayPart>;
using Spans = QList<TimeInterval>;
Q_DECLARE_METATYPE(Parts)
Q_DECLARE_METATYPE(Spans)
Q_DECLARE_METATYPE(std::optional<Parts>)

namespace {

qint64 utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

class TestStaffSchedule : public QObject
{
    Q_OBJECT

private slots:
    void testWorkingTime_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<Parts>("weekly");
        QTest::addColumn<std::optional<Parts>>("exception");
        QTest::addColumn<Spans>("timeOff");
        QTest::addColumn<Spans>("expected");
        const Parts nineToSix { { 540, 1080, DayPart::Kind::Work } };
        const Parts withLunch { { 540, 1080, DayPart::Kind::Work },
                                { 720, 780, DayPart::Kind::Break } };
        const QDate monday(2026, 1, 5);
        QTest::newRow("weekly hours, São Paulo is UTC-3")
            << "America/Sao_Paulo" << monday << nineToSix << std::optional<Parts>() << Spans {}
            << Spans { { utc("2026-01-05T12:00:00Z"), utc("2026-01-05T21:00:00Z") } };
        QTest::newRow("a break splits the day")
            << "America/Sao_Paulo" << monday << withLunch << std::optional<Parts>() << Spans {}
            << Spans { { utc("2026-01-05T12:00:00Z"), utc("2026-01-05T15:00:00Z") },
                       { utc("2026-01-05T16:00:00Z"), utc("2026-01-05T21:00:00Z") } };
        QTest::newRow("split shift")
            << "America/Sao_Paulo" << monday
            << Parts { { 480, 720, DayPart::Kind::Work }, { 840, 1200, DayPart::Kind::Work } }
            << std::optional<Parts>() << Spans {}
            << Spans { { utc("2026-01-05T11:00:00Z"), utc("2026-01-05T15:00:00Z") },
                       { utc("2026-01-05T17:00:00Z"), utc("2026-01-05T23:00:00Z") } };
        QTest::newRow("exception replaces the week")
            << "America/Sao_Paulo" << monday << withLunch
            << std::optional<Parts>(Parts { { 840, 1080, DayPart::Kind::Work } }) << Spans {}
            << Spans { { utc("2026-01-05T17:00:00Z"), utc("2026-01-05T21:00:00Z") } };
        QTest::newRow("exception: day off")
            << "America/Sao_Paulo" << monday << withLunch << std::optional<Parts>(Parts {})
            << Spans {} << Spans {};
        QTest::newRow("time off cuts the afternoon")
            << "America/Sao_Paulo" << monday << nineToSix << std::optional<Parts>()
            << Spans { { utc("2026-01-05T18:00:00Z"), utc("2026-01-06T12:00:00Z") } }
            << Spans { { utc("2026-01-05T12:00:00Z"), utc("2026-01-05T18:00:00Z") } };
        // New York moves to EDT (UTC-4) at 02:00 on 8 March 2026: 09:00 is
        // 13:00 UTC that day, 14:00 UTC the day before.
        QTest::newRow("DST day, New York")
            << "America/New_York" << QDate(2026, 3, 8) << nineToSix << std::optional<Parts>()
            << Spans {} << Spans { { utc("2026-03-08T13:00:00Z"), utc("2026-03-08T22:00:00Z") } };
        QTest::newRow("day before DST, New York")
            << "America/New_York" << QDate(2026, 3, 7) << nineToSix << std::optional<Parts>()
            << Spans {} << Spans { { utc("2026-03-07T14:00:00Z"), utc("2026-03-07T23:00:00Z") } };
        // Working through the night of the change: 00:00–06:00 is five hours.
        QTest::newRow("shift across the DST gap")
            << "America/New_York" << QDate(2026, 3, 8) << Parts { { 0, 360, DayPart::Kind::Work } }
            << std::optional<Parts>() << Spans {}
            << Spans { { utc("2026-03-08T05:00:00Z"), utc("2026-03-08T10:00:00Z") } };
    }
    void testWorkingTime()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, day);
        QFETCH(Parts, weekly);
        QFETCH(std::optional<Parts>, exception);
        QFETCH(Spans, timeOff);
        QFETCH(Spans, expected);
        const IntervalSet got
            = WorkingTime::forDay(day, QTimeZone(zone.toUtf8()), weekly, exception, timeOff);
        QCOMPARE(got.intervals(), expected);
    }

    void testCheckParts_data()
    {
        QTest::addColumn<Parts>("parts");
        QTest::addColumn<QString>("error");
        QTest::newRow("fine") << Parts { { 540, 1080, DayPart::Kind::Work } } << QString();
        QTest::newRow("end before start")
            << Parts { { 600, 540, DayPart::Kind::Work } } << "schedule.partInvalid";
        QTest::newRow("past midnight")
            << Parts { { 600, 1500, DayPart::Kind::Work } } << "schedule.partInvalid";
        QTest::newRow("overlapping work")
            << Parts { { 540, 720, DayPart::Kind::Work }, { 700, 900, DayPart::Kind::Work } }
            << "schedule.partsOverlap";
        QTest::newRow("a break inside work is fine")
            << Parts { { 540, 1080, DayPart::Kind::Work }, { 720, 780, DayPart::Kind::Break } }
            << QString();
    }
    void testCheckParts()
    {
        QFETCH(Parts, parts);
        QFETCH(QString, error);
        const auto checked = StaffSchedule::checkParts(parts);
        QCOMPARE(checked.ok() ? QString() : checked.error().code, error);
    }

    void testStoredScheduleRoundTrip()
    {
        TestStore t;
        SchedulingFixture f(*t);
        StaffSchedule schedule(*t);
        QCOMPARE(
            schedule.weeklyHours(f.ana, f.location, 1),
            (Parts { { 540, 1080, DayPart::Kind::Work }, { 720, 780, DayPart::Kind::Break } }));
        QVERIFY(schedule.weeklyHours(f.ana, f.location, 7).isEmpty());

        // Replacing the day tombstones the part that is no longer there.
        QVERIFY(schedule.setWeeklyHours(f.ana, f.location, 1, { { 600, 960, DayPart::Kind::Work } })
                    .ok());
        QCOMPARE(schedule.weeklyHours(f.ana, f.location, 1),
                 (Parts { { 600, 960, DayPart::Kind::Work } }));
        QCOMPARE(schedule.setWeeklyHours(f.ana, f.location, 8, {}).error().code,
                 QStringLiteral("schedule.weekdayInvalid"));

        const QDate christmasEve(2026, 12, 24);
        QVERIFY(!schedule.dateException(f.ana, f.location, christmasEve));
        QVERIFY(schedule
                    .setDateException(f.ana, f.location, christmasEve,
                                      { { 540, 720, DayPart::Kind::Work } })
                    .ok());
        QCOMPARE(*schedule.dateException(f.ana, f.location, christmasEve),
                 (Parts { { 540, 720, DayPart::Kind::Work } }));
        QVERIFY(schedule.setDateException(f.ana, f.location, christmasEve, {}).ok());
        QVERIFY(schedule.dateException(f.ana, f.location, christmasEve)->isEmpty());
        QVERIFY(schedule.clearDateException(f.ana, f.location, christmasEve).ok());
        QVERIFY(!schedule.dateException(f.ana, f.location, christmasEve));

        const TimeInterval holiday { f.at(QDate(2026, 2, 2), "00:00"),
                                     f.at(QDate(2026, 2, 7), "00:00") };
        auto off = schedule.addTimeOff(f.bruno, holiday, QStringLiteral("Férias"));
        QVERIFY(off.ok());
        QCOMPARE(schedule.timeOff(f.bruno, { holiday.from - 1, holiday.from + 1 }).size(), 1);
        QCOMPARE(schedule.addTimeOff(f.bruno, { 10, 10 }, {}).error().code,
                 QStringLiteral("schedule.timeOffInvalid"));
        const auto snapshot = schedule.snapshot({ f.bruno }, f.location, QDate(2026, 2, 2),
                                                QDate(2026, 2, 9), f.zone);
        QVERIFY(snapshot.workingTime(f.bruno, QDate(2026, 2, 3), f.zone).isEmpty());
        QVERIFY(!snapshot.workingTime(f.bruno, QDate(2026, 2, 9), f.zone).isEmpty());
        QVERIFY(schedule.removeTimeOff(*off).ok());
        QVERIFY(schedule.timeOff(f.bruno, holiday).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStaffSchedule)
#include "TestStaffSchedule.moc"
