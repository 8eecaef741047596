// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulingFixture.h"
#include "TestStore.h"
#include "locations/LocationService.h"
#include "scheduling/AgendaQuery.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/ResourceService.h"
#include "scheduling/StaffSchedule.h"
#include "staff/StaffService.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

const QDate kMonday(2026, 3, 9);

template<typename T> T must(Result<T> result)
{
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    return std::move(result).value();
}

} // namespace

// What the agenda reads of a period: which staff get a column, the
// resources, each person's working time per day and the appointments that
// overlap the days, on a real store.
class TestAgendaQuery : public QObject
{
    Q_OBJECT

private:
    static AgendaPeriod week(const SchedulingFixture &f)
    {
        return { f.location, kMonday, kMonday.addDays(6), f.zone };
    }
    static Appointment book(LocalStore &store, const SchedulingFixture &f, qint64 startsAt,
                            const Id &staff, int minutes = 60)
    {
        BookingRequest r;
        r.locationId = f.location;
        r.startsAtMsecs = startsAt;
        r.lines = { BookingLine { f.cut, staff, Id(), minutes } };
        r.overrideConflicts = true; // outside hours, not their service: the agenda shows it
        r.overriddenBy = f.manager;
        return must(AppointmentBook(store).book(r));
    }

private slots:
    // Who gets a column: the location's active staff, and anyone else a
    // visit of the period names, so no visit vanishes from the agenda.
    void testWhoGetsAColumn_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("active");
        QTest::addColumn<bool>("here"); // works at this location
        QTest::addColumn<bool>("booked"); // a visit of the week names them
        QTest::addColumn<bool>("listed");
        QTest::addRow("active here") << QStringLiteral("Carla") << true << true << false << true;
        QTest::addRow("inactive here")
            << QStringLiteral("Carla") << false << true << false << false;
        QTest::addRow("at another location")
            << QStringLiteral("Carla") << true << false << false << false;
        QTest::addRow("at another location, booked here")
            << QStringLiteral("Carla") << true << false << true << true;
        QTest::addRow("inactive, booked here")
            << QStringLiteral("Carla") << false << true << true << true;
    }

    void testWhoGetsAColumn()
    {
        QFETCH(QString, who);
        QFETCH(bool, active);
        QFETCH(bool, here);
        QFETCH(bool, booked);
        QFETCH(bool, listed);
        TestStore store;
        SchedulingFixture f(*store);
        const Id elsewhere
            = must(LocationService(*store).create(QStringLiteral("Filial"),
                                                  QStringLiteral("America/Sao_Paulo")))
                  .id;
        StaffService staff(*store);
        const Id carla = must(staff.addMember(who, here ? f.location : elsewhere)).id;
        if (booked)
            book(*store, f, f.at(kMonday.addDays(2), QStringLiteral("10:00")), carla);
        if (!active)
            must(staff.updateMember(carla, std::nullopt, std::nullopt, std::nullopt, false));

        const AgendaData data = must(AgendaQuery(*store).read(week(f)));
        QCOMPARE(data.staff.contains(carla), listed);
        // The location's own come first, in the order the service gives.
        QCOMPARE(data.staff.mid(0, 2), (QList<Id> { f.ana, f.bruno }));
        QCOMPARE(data.staffNames.value(carla), who); // named either way
        QCOMPARE(data.workingTime.contains(carla), listed);
        QCOMPARE(data.workingTime.value(f.ana).size(), 7);
    }

    // Working time per day: the week's hours, a day off, time off, and
    // the same days in UTC on a week of daylight saving.
    void testWorkingTimePerDay()
    {
        TestStore store;
        SchedulingFixture f(*store);
        StaffSchedule schedule(*store);
        QVERIFY(schedule.setDateException(f.ana, f.location, kMonday.addDays(1), {}));
        QVERIFY(schedule.addTimeOff(f.bruno,
                                    { f.at(kMonday.addDays(2), QStringLiteral("14:00")),
                                      f.at(kMonday.addDays(2), QStringLiteral("16:00")) },
                                    QStringLiteral("dentist")));
        const AgendaData data = must(AgendaQuery(*store).read(week(f)));
        const auto hours = [&](const QDate &day, const QString &from, const QString &to) {
            return TimeInterval { f.at(day, from), f.at(day, to) };
        };
        const QList<IntervalSet> ana = data.workingTime.value(f.ana);
        const QList<IntervalSet> bruno = data.workingTime.value(f.bruno);
        QCOMPARE(ana.size(), 7);
        QCOMPARE(ana.at(0).intervals(),
                 (QList<TimeInterval> {
                     hours(kMonday, QStringLiteral("09:00"), QStringLiteral("12:00")),
                     hours(kMonday, QStringLiteral("13:00"), QStringLiteral("18:00")) }));
        QVERIFY(ana.at(1).isEmpty()); // the day off
        QVERIFY(!bruno.at(1).isEmpty());
        const QDate wednesday = kMonday.addDays(2);
        QCOMPARE(bruno.at(2).intervals(),
                 (QList<TimeInterval> {
                     hours(wednesday, QStringLiteral("09:00"), QStringLiteral("12:00")),
                     hours(wednesday, QStringLiteral("13:00"), QStringLiteral("14:00")),
                     hours(wednesday, QStringLiteral("16:00"), QStringLiteral("18:00")) }));
        QVERIFY(ana.at(6).isEmpty()); // Sunday
    }

    // The appointments that overlap the period's local days, from the
    // midnight before the first to the one after the last (half-open).
    void testAppointmentsOfThePeriod_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("time");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("listed");
        QTest::addRow("Monday morning") << kMonday << QStringLiteral("10:00") << 60 << true;
        QTest::addRow("Sunday night, the last day")
            << kMonday.addDays(6) << QStringLiteral("22:30") << 60 << true;
        QTest::addRow("across the first midnight")
            << kMonday.addDays(-1) << QStringLiteral("23:30") << 60 << true;
        QTest::addRow("ends at the first midnight")
            << kMonday.addDays(-1) << QStringLiteral("23:00") << 60 << false;
        QTest::addRow("starts at the next midnight")
            << kMonday.addDays(7) << QStringLiteral("00:00") << 60 << false;
        QTest::addRow("next week") << kMonday.addDays(8) << QStringLiteral("10:00") << 60 << false;
    }

    void testAppointmentsOfThePeriod()
    {
        QFETCH(QDate, day);
        QFETCH(QString, time);
        QFETCH(int, minutes);
        QFETCH(bool, listed);
        TestStore store;
        SchedulingFixture f(*store);
        const Appointment visit = book(*store, f, f.at(day, time), f.ana, minutes);
        // Another location's visit at the same time is never listed.
        const Id elsewhere
            = must(LocationService(*store).create(QStringLiteral("Filial"),
                                                  QStringLiteral("America/Sao_Paulo")))
                  .id;
        const Id other = must(StaffService(*store).addMember(QStringLiteral("Eva"), elsewhere)).id;
        BookingRequest r;
        r.locationId = elsewhere;
        r.startsAtMsecs = f.at(day, time);
        r.lines = { BookingLine { f.cut, other, Id(), minutes } };
        r.overrideConflicts = true;
        r.overriddenBy = f.manager;
        const Appointment away = must(AppointmentBook(*store).book(r));

        const AgendaData data = must(AgendaQuery(*store).read(week(f)));
        QList<Id> ids;
        for (const Appointment &a : data.appointments)
            ids << a.id;
        QCOMPARE(ids.contains(visit.id), listed);
        QVERIFY(!ids.contains(away.id));
        QVERIFY(!data.staff.contains(other));
    }

    void testResources()
    {
        TestStore store;
        SchedulingFixture f(*store);
        ResourceService resources(*store);
        const Resource chair = must(
            resources.create(f.location, QStringLiteral("Cadeira 2"), QStringLiteral("chair")));
        must(resources.update(chair.id, std::nullopt, std::nullopt, false));
        const AgendaData data = must(AgendaQuery(*store).read(week(f)));
        QCOMPARE(data.resources.size(), 1);
        QCOMPARE(data.resources.first().id, f.basin);
        QCOMPARE(data.resourceNames.value(chair.id), QStringLiteral("Cadeira 2"));
        QCOMPARE(data.resourceNames.value(f.basin), QStringLiteral("Lavatório 1"));
    }

    void testRefusesAPeriodWithoutLocationOrDays_data()
    {
        QTest::addColumn<bool>("location");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addRow("no location") << false << kMonday << kMonday;
        QTest::addRow("no first day") << true << QDate() << kMonday;
        QTest::addRow("last before first") << true << kMonday << kMonday.addDays(-1);
    }

    void testRefusesAPeriodWithoutLocationOrDays()
    {
        QFETCH(bool, location);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        TestStore store;
        SchedulingFixture f(*store);
        const auto read
            = AgendaQuery(*store).read({ location ? f.location : Id(), first, last, f.zone });
        QVERIFY(!read);
        QCOMPARE(read.error().code, QStringLiteral("agenda.period"));
        QVERIFY(!read.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAgendaQuery)
#include "TestAgendaQuery.moc"
