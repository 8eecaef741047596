// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulingFixture.h"
#include "TestStore.h"
#include "agenda/AgendaModel.h"
#include "locations/LocationService.h"
#include "scheduling/AppointmentBook.h"

#include <QSignalSpy>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// The agenda's model: which column and which local minutes each visit gets,
// against a real store booked through AppointmentBook.
class TestAgendaModel : public QObject
{
    Q_OBJECT

private:
    static Appointment book(LocalStore &store, const SchedulingFixture &f, const QDate &day,
                            const QString &hhmm, QList<BookingLine> lines, const Id &client = {},
                            bool override = false)
    {
        BookingRequest r;
        r.locationId = f.location;
        r.clientId = client;
        r.startsAtMsecs = f.at(day, hhmm);
        r.lines = std::move(lines);
        r.overrideConflicts = override;
        r.overriddenBy = override ? f.manager : Id();
        auto booked = AppointmentBook(store).book(r);
        if (!booked)
            qFatal("book: %s", qPrintable(booked.error().message));
        return *booked;
    }
    static BookingLine line(const Id &service, const Id &staff = {})
    {
        return BookingLine { service, staff, Id(), std::nullopt };
    }
    static const AgendaBlock *blockOf(const AgendaModel &model, const Id &appointment,
                                      const Id &column)
    {
        for (const AgendaBlock &b : model.blocks()) {
            if (b.appointmentId == appointment && model.columns().at(b.column).id == column)
                return &b;
        }
        return nullptr;
    }
    static Location location(LocalStore &store, const SchedulingFixture &f)
    {
        return *LocationService(store).find(f.location);
    }

private slots:
    void init()
    {
        // Weeks start on Monday in these tests (en_GB), whatever the machine.
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    }

    void testWeekLaysOutStaffColumnsAndLocalTimes()
    {
        TestStore store;
        SchedulingFixture f(*store);
        const QDate monday(2026, 3, 9);
        const Appointment cut
            = book(*store, f, monday, QStringLiteral("10:00"), { line(f.cut, f.ana) }, f.client);
        const Appointment bruno = book(*store, f, monday.addDays(1), QStringLiteral("14:30"),
                                       { line(f.cut, f.bruno) }, f.otherClient);
        // Two services, two people: a block in each column.
        const Appointment visit = book(*store, f, monday.addDays(2), QStringLiteral("09:00"),
                                       { line(f.cut, f.ana), line(f.wash, f.bruno) });

        AgendaModel model(*store);
        QSignalSpy reloaded(&model, &AgendaModel::reloaded);
        model.setLocation(location(*store, f));
        model.setSpan(AgendaModel::Span::Week);
        model.setDate(monday.addDays(3)); // any day of the week shows the week
        model.reload();
        QCOMPARE(reloaded.size(), 1);

        QCOMPARE(model.days().size(), 7);
        QCOMPARE(model.days().first(), monday);
        QCOMPARE(model.columns().size(), 2);
        QCOMPARE(model.columns().at(0).name, QStringLiteral("Ana"));
        QCOMPARE(model.columns().at(1).name, QStringLiteral("Bruno"));
        QCOMPARE(model.blocks().size(), 4);

        const AgendaBlock *a = blockOf(model, cut.id, f.ana);
        QVERIFY(a);
        QCOMPARE(a->day, 0);
        QCOMPARE(a->startMinute, 10 * 60);
        QCOMPARE(a->endMinute, 11 * 60);
        QVERIFY(a->movesStaff);
        QVERIFY(a->resizable);
        QCOMPARE(a->status, AppointmentStatus::Booked);

        const AgendaBlock *b = blockOf(model, bruno.id, f.bruno);
        QVERIFY(b);
        QCOMPARE(b->day, 1);
        QCOMPARE(b->startMinute, 14 * 60 + 30);
        QCOMPARE(b->endMinute, 15 * 60 + 30);

        const AgendaBlock *first = blockOf(model, visit.id, f.ana);
        const AgendaBlock *second = blockOf(model, visit.id, f.bruno);
        QVERIFY(first && second);
        QCOMPARE(first->day, 2);
        QCOMPARE(first->startMinute, 9 * 60);
        QCOMPARE(first->endMinute, 10 * 60);
        QVERIFY(first->movesStaff);
        QVERIFY(!first->resizable);
        QCOMPARE(second->startMinute, 10 * 60);
        QCOMPARE(second->endMinute, 10 * 60 + 30);
        QVERIFY(!second->movesStaff); // Bruno's part: dragging it does not swap staff
        QVERIFY(second->resizable); // it holds the visit's last service

        // Working hours as local minutes, lunch cut out; Sunday off.
        const QList<std::pair<int, int>> hours { { 9 * 60, 12 * 60 }, { 13 * 60, 18 * 60 } };
        QCOMPARE(model.workingMinutes(0, 0), hours);
        QCOMPARE(model.workingMinutes(5, 1), hours);
        QVERIFY(model.workingMinutes(6, 0).isEmpty());
        QVERIFY(model.isIdle(6));
        QVERIFY(!model.isIdle(0));
        QCOMPARE(model.firstMinute(), 8 * 60);
        QCOMPARE(model.lastMinute(), 19 * 60);
        QCOMPARE(model.utcAt(0, 10 * 60), cut.time.from);
        QCOMPARE(model.appointment(cut.id)->clientName, QStringLiteral("Joana Silva"));
    }

    void testDayViewShowsOneDay()
    {
        TestStore store;
        SchedulingFixture f(*store);
        const QDate monday(2026, 3, 9);
        const Appointment cut
            = book(*store, f, monday, QStringLiteral("10:00"), { line(f.cut, f.ana) });
        book(*store, f, monday.addDays(1), QStringLiteral("10:00"), { line(f.cut, f.ana) });
        AgendaModel model(*store);
        model.setLocation(location(*store, f));
        model.setSpan(AgendaModel::Span::Day);
        model.setDate(monday);
        model.reload();
        QCOMPARE(model.days(), QList<QDate> { monday });
        QCOMPARE(model.blocks().size(), 1);
        QCOMPARE(model.blocks().first().appointmentId, cut.id);
    }

    // A week with the change to daylight saving time (New York, Sunday
    // 8 March 2026, 02:00 -> 03:00): 10:00 stays 10:00 on the grid on both
    // sides, though it is 15:00 UTC before and 14:00 UTC after.
    void testDstWeekInNewYork()
    {
        TestStore store;
        SchedulingFixture f(*store, QStringLiteral("America/New_York"));
        const QDate saturday(2026, 3, 7);
        const QDate sunday(2026, 3, 8);
        const Appointment before
            = book(*store, f, saturday, QStringLiteral("10:00"), { line(f.cut, f.ana) });
        // Sunday is a day off: booked over the warning by the manager.
        const Appointment after
            = book(*store, f, sunday, QStringLiteral("10:00"), { line(f.cut, f.bruno) }, {}, true);
        // Straddling the gap: 01:30 to 03:30 local is one hour long.
        const Appointment night = book(*store, f, sunday, QStringLiteral("01:30"),
                                       { BookingLine { f.cut, f.ana, Id(), 60 } }, {}, true);
        QCOMPARE(before.time.from,
                 QDateTime(saturday, QTime(15, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(after.time.from,
                 QDateTime(sunday, QTime(14, 0), QTimeZone::utc()).toMSecsSinceEpoch());

        AgendaModel model(*store);
        model.setLocation(location(*store, f));
        model.setSpan(AgendaModel::Span::Week);
        model.setDate(sunday);
        model.reload();
        QCOMPARE(model.days().first(), QDate(2026, 3, 2));
        QCOMPARE(model.days().last(), sunday);

        const AgendaBlock *sat = blockOf(model, before.id, f.ana);
        const AgendaBlock *sun = blockOf(model, after.id, f.bruno);
        QVERIFY(sat && sun);
        QCOMPARE(sat->day, 5);
        QCOMPARE(sun->day, 6);
        QCOMPARE(sat->startMinute, 10 * 60);
        QCOMPARE(sun->startMinute, 10 * 60);
        QCOMPARE(sat->endMinute, 11 * 60);
        QCOMPARE(sun->endMinute, 11 * 60);
        const AgendaBlock *gap = blockOf(model, night.id, f.ana);
        QVERIFY(gap);
        QCOMPARE(gap->startMinute, 60 + 30);
        QCOMPARE(gap->endMinute, 3 * 60 + 30); // an hour of time, two on the clock
        // Grid minutes back to UTC, on each side of the change.
        QCOMPARE(model.utcAt(5, 10 * 60), before.time.from);
        QCOMPARE(model.utcAt(6, 10 * 60), after.time.from);
        QCOMPARE(model.utcAt(6, 24 * 60) - model.utcAt(6, 0), qint64(23) * 3600 * 1000);
        // Hours are wall-clock on both sides.
        const QList<std::pair<int, int>> hours { { 9 * 60, 12 * 60 }, { 13 * 60, 18 * 60 } };
        QCOMPARE(model.workingMinutes(5, 0), hours);
        QCOMPARE(model.workingMinutes(0, 1), hours);
        // The axis grew to show the night visit.
        QCOMPARE(model.firstMinute(), 0);
    }

    void testOverlappingVisitsShareTheColumnInLanes()
    {
        TestStore store;
        SchedulingFixture f(*store);
        const QDate monday(2026, 3, 9);
        const Appointment one
            = book(*store, f, monday, QStringLiteral("10:00"), { line(f.cut, f.ana) });
        const Appointment two
            = book(*store, f, monday, QStringLiteral("10:30"), { line(f.cut, f.ana) }, {}, true);
        const Appointment later
            = book(*store, f, monday, QStringLiteral("14:00"), { line(f.cut, f.ana) });
        AgendaModel model(*store);
        model.setLocation(location(*store, f));
        model.setSpan(AgendaModel::Span::Day);
        model.setDate(monday);
        model.reload();
        const AgendaBlock *a = blockOf(model, one.id, f.ana);
        const AgendaBlock *b = blockOf(model, two.id, f.ana);
        const AgendaBlock *c = blockOf(model, later.id, f.ana);
        QVERIFY(a && b && c);
        QCOMPARE(a->lanes, 2);
        QCOMPARE(b->lanes, 2);
        QVERIFY(a->lane != b->lane);
        QCOMPARE(c->lanes, 1); // alone: the whole width
        QCOMPARE(c->lane, 0);
    }

    void testResourceColumns()
    {
        TestStore store;
        SchedulingFixture f(*store);
        const QDate monday(2026, 3, 9);
        const Appointment visit = book(*store, f, monday, QStringLiteral("09:00"),
                                       { line(f.wash, f.ana), line(f.cut, f.ana) });
        AgendaModel model(*store);
        model.setLocation(location(*store, f));
        model.setSpan(AgendaModel::Span::Day);
        model.setColumnKind(AgendaModel::ColumnKind::Resources);
        model.setDate(monday);
        model.reload();
        QCOMPARE(model.columns().size(), 1);
        QCOMPARE(model.columns().first().id, f.basin);
        QCOMPARE(model.blocks().size(), 1);
        const AgendaBlock &b = model.blocks().first();
        QCOMPARE(b.appointmentId, visit.id);
        QCOMPARE(b.startMinute, 9 * 60);
        QCOMPARE(b.endMinute, 9 * 60 + 30); // only the wash uses the basin
        QVERIFY(!b.movesStaff);
        // The basin is open while anyone works.
        QCOMPARE(model.workingMinutes(0, 0),
                 (QList<std::pair<int, int>> { { 9 * 60, 12 * 60 }, { 13 * 60, 18 * 60 } }));
    }

    void testCancelledVisitsStayVisibleWithTheirStatus()
    {
        TestStore store;
        SchedulingFixture f(*store);
        const QDate monday(2026, 3, 9);
        const Appointment cut
            = book(*store, f, monday, QStringLiteral("10:00"), { line(f.cut, f.ana) });
        QVERIFY(AppointmentBook(*store).cancel(cut.id, QStringLiteral("ill")));
        AgendaModel model(*store);
        model.setLocation(location(*store, f));
        model.setSpan(AgendaModel::Span::Day);
        model.setDate(monday);
        model.reload();
        QCOMPARE(model.blocks().size(), 1);
        QCOMPARE(model.blocks().first().status, AppointmentStatus::Cancelled);
    }
};

QTEST_MAIN(TestAgendaModel)
#include "TestAgendaModel.moc"
