// SPDX-License-Identifier: GPL-3.0-or-later
// Rule tables read better with plain literals; the product code keeps the
// strict string casts.
#undef QT_NO_CAST_FROM_ASCII
#include "SchedulingFixture.h"
#include "TestStore.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/AvailabilityFinder.h"
#include "scheduling/StaffSchedule.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

const QDate kMonday(2026, 1, 5);

// Books "service@who@HH:mm" (who: ana, bruno) on kMonday, cancelled when
// it ends in "!cancelled".
void bookAll(SchedulingFixture &f, const QStringList &bookings)
{
    AppointmentBook book(f.store);
    for (const QString &spec : bookings) {
        const QStringList p = spec.split(QLatin1Char('@'));
        BookingRequest r;
        r.locationId = f.location;
        const QString service = p.at(0);
        r.lines = { BookingLine { service == QLatin1String("cut")          ? f.cut
                                      : service == QLatin1String("colour") ? f.colour
                                                                           : f.wash,
                                  p.at(1) == QLatin1String("ana") ? f.ana : f.bruno,
                                  {},
                                  {} } };
        r.startsAtMsecs = f.at(kMonday, p.at(2).left(5));
        auto booked = book.book(r);
        QVERIFY2(booked.ok(), qPrintable(booked.ok() ? QString() : booked.error().message));
        if (p.at(2).endsWith(QLatin1String("!cancelled")))
            QVERIFY(book.cancel(booked->id, QStringLiteral("test")).ok());
    }
}

} // namespace

class TestAvailabilityFinder : public QObject
{
    Q_OBJECT

private slots:
    void testEdgeCases_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("step");
        QTest::addColumn<QStringList>("booked");
        QTest::addColumn<QStringList>("offered");
        QTest::addColumn<QStringList>("notOffered");

        QTest::newRow("slot touching the break is offered")
            << "cut"
            << "ana" << 30 << QStringList {}
            << QStringList { "09:00 Ana", "11:00 Ana", "13:00 Ana", "17:00 Ana" }
            << QStringList { "11:30 Ana", "12:00 Ana", "12:30 Ana", "17:30 Ana", "08:30 Ana" };
        QTest::newRow("buffer after must not run into the break or a booking")
            << "colour"
            << "ana" << 15 << QStringList { "cut@ana@14:00" }
            << QStringList { "10:15 Ana", "15:00 Ana", "16:15 Ana" }
            << QStringList { "10:30 Ana", "13:00 Ana", "12:45 Ana", "16:30 Ana" };
        QTest::newRow("booking right after another's buffer")
            << "cut"
            << "ana" << 15 << QStringList { "colour@ana@09:00" } << QStringList { "10:45 Ana" }
            << QStringList { "09:00 Ana", "10:30 Ana" };
        QTest::newRow("resource shared by two staff")
            << "wash"
            << "any" << 30 << QStringList { "wash@ana@10:00" }
            << QStringList { "09:30 Ana", "09:30 Bruno", "10:30 Bruno", "10:30 Ana" }
            << QStringList { "10:00 Bruno", "10:00 Ana" };
        QTest::newRow("the basin does not block a cut")
            << "cut"
            << "bruno" << 30 << QStringList { "wash@ana@10:00" } << QStringList { "10:00 Bruno" }
            << QStringList {};
        QTest::newRow("a cancelled visit frees its time")
            << "cut"
            << "bruno" << 60 << QStringList { "cut@bruno@10:00!cancelled" }
            << QStringList { "10:00 Bruno" } << QStringList {};
        QTest::newRow("anyone: both stylists offered")
            << "cut"
            << "any" << 60 << QStringList { "cut@ana@09:00" }
            << QStringList { "09:00 Bruno", "10:00 Ana" } << QStringList { "09:00 Ana" };
        QTest::newRow("first moment after an odd-length booking")
            << "cut"
            << "ana" << 60 << QStringList { "colour@ana@13:00" } << QStringList { "14:45 Ana" }
            << QStringList { "14:00 Ana" };
    }
    void testEdgeCases()
    {
        QFETCH(QString, service);
        QFETCH(QString, who);
        QFETCH(int, step);
        QFETCH(QStringList, booked);
        QFETCH(QStringList, offered);
        QFETCH(QStringList, notOffered);
        TestStore t;
        SchedulingFixture f(*t);
        bookAll(f, booked);
        SlotQuery q;
        q.serviceId = service == QLatin1String("cut") ? f.cut
            : service == QLatin1String("colour")      ? f.colour
                                                      : f.wash;
        q.staffId = who == QLatin1String("ana") ? f.ana
            : who == QLatin1String("bruno")     ? f.bruno
                                                : Id();
        q.locationId = f.location;
        q.firstDay = q.lastDay = kMonday;
        q.stepMinutes = step;
        auto found = AvailabilityFinder(*t).find(q);
        QVERIFY(found.ok());
        QStringList got;
        for (const Slot &s : *found)
            got << QDateTime::fromMSecsSinceEpoch(s.time.from, f.zone).toString("HH:mm") + ' '
                    + (s.staffId == f.ana ? "Ana" : "Bruno");
        for (const QString &slot : offered)
            QVERIFY2(got.contains(slot), qPrintable(slot + " missing from " + got.join(", ")));
        for (const QString &slot : notOffered)
            QVERIFY2(!got.contains(slot), qPrintable(slot + " offered: " + got.join(", ")));
    }

    void testResourceIsAssigned()
    {
        TestStore t;
        SchedulingFixture f(*t);
        SlotQuery q { f.wash, f.location, f.ana, {}, kMonday, kMonday, 15, 0, -1, std::nullopt };
        auto found = AvailabilityFinder(*t).find(q);
        QVERIFY(found.ok() && !found->isEmpty());
        QCOMPARE(found->first().resourceId, f.basin);
        QCOMPARE(found->first().time.to - found->first().time.from, 30 * 60000LL);
    }

    void testDstDay()
    {
        TestStore t;
        SchedulingFixture f(*t, QStringLiteral("America/New_York"));
        const QDate sunday(2026, 3, 8); // clocks go forward at 02:00
        QVERIFY(StaffSchedule(*t)
                    .setDateException(f.ana, f.location, sunday,
                                      { { 9 * 60, 18 * 60, DayPart::Kind::Work } })
                    .ok());
        SlotQuery q { f.cut, f.location, f.ana, {},          QDate(2026, 3, 7), QDate(2026, 3, 9),
                      15,    0,          -1,    std::nullopt };
        q.stepMinutes = 60;
        auto found = AvailabilityFinder(*t).find(q);
        QVERIFY(found.ok());
        QList<qint64> sundayStarts;
        for (const Slot &s : *found) {
            if (QDateTime::fromMSecsSinceEpoch(s.time.from, f.zone).date() == sunday)
                sundayStarts << s.time.from;
        }
        // 09:00 to 17:00 local, every hour, no lunch break on the exception.
        QCOMPARE(sundayStarts.size(), 9);
        QCOMPARE(sundayStarts.first(),
                 QDateTime::fromString("2026-03-08T13:00:00Z", Qt::ISODate).toMSecsSinceEpoch());
        // Saturday 09:00 is still EST (UTC-5).
        QCOMPARE(found->first().time.from,
                 QDateTime::fromString("2026-03-07T14:00:00Z", Qt::ISODate).toMSecsSinceEpoch());
    }

    void testTimeOffAndPastAreSkipped()
    {
        TestStore t;
        SchedulingFixture f(*t);
        QVERIFY(StaffSchedule(*t)
                    .addTimeOff(f.bruno, { f.at(kMonday, "14:00"), f.at(kMonday, "16:00") },
                                QStringLiteral("Médico"))
                    .ok());
        t.clock().set(f.at(kMonday, "10:20"));
        SlotQuery q { f.cut, f.location, f.bruno, {}, kMonday, kMonday, 15, 0, -1, std::nullopt };
        q.stepMinutes = 60;
        q.notBeforeMsecs = t.clock().nowMsecsSinceEpoch();
        auto found = AvailabilityFinder(*t).find(q);
        QVERIFY(found.ok());
        QStringList got;
        for (const Slot &s : *found)
            got << QDateTime::fromMSecsSinceEpoch(s.time.from, f.zone).toString("HH:mm");
        QCOMPARE(got, (QStringList { "11:00", "13:00", "16:00", "17:00" }));
    }

    void testNextSlotSkipsAFullDay()
    {
        TestStore t;
        SchedulingFixture f(*t);
        QVERIFY(StaffSchedule(*t).setDateException(f.ana, f.location, kMonday, {}).ok());
        auto next
            = AvailabilityFinder(*t).next(f.colour, f.location, f.ana, f.at(kMonday, "08:00"));
        QVERIFY(next.ok() && next->has_value());
        QCOMPARE((*next)->time.from, f.at(kMonday.addDays(1), "09:00"));
    }

    void testBadQueries()
    {
        TestStore t;
        SchedulingFixture f(*t);
        AvailabilityFinder finder(*t);
        SlotQuery q {
            f.colour, f.location, f.bruno, {}, kMonday, kMonday, 15, 0, -1, std::nullopt
        };
        QCOMPARE(finder.find(q).error().code, QStringLiteral("availability.cannotPerform"));
        q.staffId = {};
        q.lastDay = kMonday.addDays(-1);
        QCOMPARE(finder.find(q).error().code, QStringLiteral("availability.rangeInvalid"));
        q.lastDay = kMonday.addDays(200);
        QCOMPARE(finder.find(q).error().code, QStringLiteral("availability.rangeInvalid"));
        q.lastDay = kMonday;
        q.stepMinutes = 1;
        QCOMPARE(finder.find(q).error().code, QStringLiteral("availability.stepInvalid"));
        q.stepMinutes = 15;
        q.serviceId = Id::generate();
        QCOMPARE(finder.find(q).error().code, QStringLiteral("service.notFound"));
    }
};

QTEST_GUILESS_MAIN(TestAvailabilityFinder)
#include "TestAvailabilityFinder.moc"
