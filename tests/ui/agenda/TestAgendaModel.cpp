// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulingFixture.h"
#include "TestStore.h"
#include "agenda/AgendaModel.h"
#include "agenda/AgendaView.h"
#include "locations/LocationService.h"
#include "scheduling/AgendaQuery.h"
#include "scheduling/AppointmentBook.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <mutex>

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
    // The model answers later, from its reader thread.
    // The model loaded with `span` around `date` at the fixture's location.
    static void show(AgendaModel &model, LocalStore &store, const SchedulingFixture &f,
                     AgendaModel::Span span, const QDate &date)
    {
        model.setLocation(location(store, f));
        model.setSpan(span);
        model.setDate(date);
        reload(model);
    }
    static void reload(AgendaModel &model)
    {
        QSignalSpy reloaded(&model, &AgendaModel::reloaded);
        model.reload();
        QVERIFY(model.isLoading());
        QVERIFY(reloaded.wait(10'000));
        QCOMPARE(reloaded.size(), 1);
        QVERIFY(!model.isLoading());
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
        QCOMPARE(reloaded.size(), 0); // not on this thread
        QVERIFY(reloaded.wait(10'000));
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
        show(model, *store, f, AgendaModel::Span::Day, monday);
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
        show(model, *store, f, AgendaModel::Span::Week, sunday);
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
        show(model, *store, f, AgendaModel::Span::Day, monday);
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
        reload(model);
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
        show(model, *store, f, AgendaModel::Span::Day, monday);
        QCOMPARE(model.blocks().size(), 1);
        QCOMPARE(model.blocks().first().status, AppointmentStatus::Cancelled);
    }

    // Item 9 of issue 11: the store is read on the reader's thread, through
    // a connection of its own, never on the UI thread or its connection.
    void testReadsRunOffTheUiThreadOnTheirOwnConnection()
    {
        TestStore store;
        SchedulingFixture f(*store);
        const QDate monday(2026, 3, 9);
        book(*store, f, monday, QStringLiteral("10:00"), { line(f.cut, f.ana) });
        std::mutex mutex;
        QList<QThread *> threads;
        QList<LocalStore *> stores;
        QStringList connections;
        AgendaModel model(*store, [&](LocalStore &reader, const AgendaPeriod &period) {
            {
                const std::lock_guard lock(mutex);
                threads << QThread::currentThread();
                stores << &reader;
                connections << reader.database().connection().connectionName();
            }
            return AgendaQuery(reader).read(period);
        });
        model.setLocation(location(*store, f));
        model.setDate(monday);
        reload(model);
        model.setSpan(AgendaModel::Span::Day);
        reload(model);
        model.setDate(monday.addDays(1));
        reload(model);
        const std::lock_guard lock(mutex);
        QCOMPARE(threads.size(), 3);
        for (qsizetype i = 0; i < threads.size(); ++i) {
            QVERIFY(threads.at(i) != QCoreApplication::instance()->thread());
            QVERIFY(threads.at(i) != QThread::currentThread());
            QVERIFY(stores.at(i) != &*store);
            QVERIFY(connections.at(i) != store->database().connection().connectionName());
        }
        // One thread, one connection, kept between reads.
        QCOMPARE(threads.count(threads.first()), 3);
        QCOMPARE(connections.count(connections.first()), 3);
        QCOMPARE(model.days(), QList<QDate> { monday.addDays(1) });
    }

    // Paging on while a read is under way: the answer to an older request
    // never replaces the newer week, and requests overtaken while waiting
    // are not read at all.
    void testAStaleAnswerNeverReplacesANewerWeek()
    {
        TestStore store;
        SchedulingFixture f(*store);
        const QDate monday(2026, 3, 9);
        const Appointment first
            = book(*store, f, monday, QStringLiteral("10:00"), { line(f.cut, f.ana) });
        const Appointment third = book(*store, f, monday.addDays(14), QStringLiteral("11:00"),
                                       { line(f.cut, f.bruno) });
        QSemaphore entered;
        QSemaphore proceed;
        std::atomic<bool> holdNext { false };
        std::mutex mutex;
        QList<QDate> read;
        AgendaModel model(*store, [&](LocalStore &reader, const AgendaPeriod &period) {
            {
                const std::lock_guard lock(mutex);
                read << period.first;
            }
            if (holdNext.exchange(false)) {
                entered.release();
                proceed.acquire(); // the UI thread goes on meanwhile
            }
            return AgendaQuery(reader).read(period);
        });
        show(model, *store, f, AgendaModel::Span::Week, monday);
        QList<QList<QDate>> shown;
        connect(&model, &AgendaModel::reloaded, this, [&] { shown << model.days(); });

        // The week of 9 March, held in the reader; then two weeks on, one
        // after the other, while it waits.
        holdNext = true;
        model.setDate(monday.addDays(7));
        model.reload();
        QVERIFY(entered.tryAcquire(1, 10'000));
        model.setDate(monday.addDays(14));
        model.reload();
        model.setDate(monday.addDays(21));
        model.reload();
        model.setDate(monday.addDays(14));
        model.reload();
        QVERIFY(model.isLoading());
        proceed.release();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);

        // Only the last request was shown, with its visit.
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().first(), monday.addDays(14));
        QCOMPARE(model.days().first(), monday.addDays(14));
        QCOMPARE(model.blocks().size(), 1);
        QCOMPARE(model.blocks().first().appointmentId, third.id);
        QVERIFY(!model.appointment(first.id));
        // The held week was read (it had started); of the three asked for
        // while it waited only the last one was.
        const std::lock_guard lock(mutex);
        QCOMPARE(read, (QList<QDate> { monday, monday.addDays(7), monday.addDays(14) }));
    }

    // A read that fails says why and leaves the agenda as it was.
    void testAFailedReadKeepsWhatIsShown()
    {
        TestStore store;
        SchedulingFixture f(*store);
        const QDate monday(2026, 3, 9);
        book(*store, f, monday, QStringLiteral("10:00"), { line(f.cut, f.ana) });
        std::atomic<bool> fail { false };
        AgendaModel model(*store, [&](LocalStore &reader, const AgendaPeriod &period) {
            if (fail)
                return Result<AgendaData>(
                    Error::storage(QStringLiteral("test.read"), QStringLiteral("Disk on fire.")));
            return AgendaQuery(reader).read(period);
        });
        model.setLocation(location(*store, f));
        model.setDate(monday);
        reload(model);
        QCOMPARE(model.blocks().size(), 1);
        fail = true;
        QSignalSpy failed(&model, &AgendaModel::readFailed);
        QSignalSpy reloaded(&model, &AgendaModel::reloaded);
        model.setDate(monday.addDays(7));
        model.reload();
        QVERIFY(failed.wait(10'000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("Disk on fire."));
        QCOMPARE(reloaded.size(), 0);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.days().first(), monday);
        QCOMPARE(model.blocks().size(), 1);
    }

    // A change made here is shown at once, from what AppointmentBook
    // returned, before the reload that confirms it.
    void testALocalChangeIsShownAtOnce()
    {
        TestStore store;
        SchedulingFixture f(*store);
        const QDate monday(2026, 3, 9);
        const Appointment cut
            = book(*store, f, monday, QStringLiteral("10:00"), { line(f.cut, f.ana) });
        AgendaModel model(*store);
        model.setLocation(location(*store, f));
        model.setDate(monday);
        reload(model);
        auto moved = AppointmentBook(*store).move(
            cut.id, f.at(monday.addDays(2), QStringLiteral("15:00")), f.bruno, {});
        QVERIFY(moved);
        QSignalSpy reloaded(&model, &AgendaModel::reloaded);
        model.showChanged(*moved);
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(model.blocks().size(), 1);
        const AgendaBlock &b = model.blocks().first();
        QCOMPARE(b.day, 2);
        QCOMPARE(model.columns().at(b.column).id, f.bruno);
        QCOMPARE(b.startMinute, 15 * 60);
        // Moved out of the week: gone from it.
        auto away = AppointmentBook(*store).move(
            cut.id, f.at(monday.addDays(7), QStringLiteral("15:00")), Id(), {});
        QVERIFY(away);
        model.showChanged(*away);
        QVERIFY(model.blocks().isEmpty());
        // The reload agrees.
        reload(model);
        QVERIFY(model.blocks().isEmpty());
    }

    // The model can go while a read is under way: it waits for it and drops
    // the answer.
    void testDestroyedWhileReading()
    {
        TestStore store;
        SchedulingFixture f(*store);
        QSemaphore entered;
        {
            AgendaModel model(*store, [&](LocalStore &reader, const AgendaPeriod &period) {
                entered.release();
                return AgendaQuery(reader).read(period);
            });
            model.setLocation(location(*store, f));
            model.setDate(QDate(2026, 3, 9));
            model.reload();
            QVERIFY(entered.tryAcquire(1, 10'000));
        }
        QCoreApplication::processEvents(); // nothing left to deliver to it
    }

    // A read that takes long veils the grid after a moment, and the answer
    // takes the veil away.
    void testTheViewVeilsASlowRead()
    {
        TestStore store;
        SchedulingFixture f(*store);
        QSemaphore entered;
        QSemaphore proceed;
        std::atomic<bool> hold { false };
        AgendaModel model(*store, [&](LocalStore &reader, const AgendaPeriod &period) {
            if (hold.exchange(false)) {
                entered.release();
                proceed.acquire();
            }
            return AgendaQuery(reader).read(period);
        });
        model.setLocation(location(*store, f));
        model.setDate(QDate(2026, 3, 9));
        reload(model);
        AgendaView view(&model);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.isShowingLoading());
        hold = true;
        model.setDate(QDate(2026, 3, 16));
        model.reload();
        QVERIFY(entered.tryAcquire(1, 10'000));
        QVERIFY(!view.isShowingLoading()); // not at once
        QTRY_VERIFY_WITH_TIMEOUT(view.isShowingLoading(), 10'000);
        proceed.release();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
        QVERIFY(!view.isShowingLoading());
        QCOMPARE(model.days().first(), QDate(2026, 3, 16));
    }
};

QTEST_MAIN(TestAgendaModel)
#include "TestAgendaModel.moc"
