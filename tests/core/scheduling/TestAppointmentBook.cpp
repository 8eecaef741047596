// SPDX-License-Identifier: GPL-3.0-or-later
// Rule tables read better with plain literals; the product code keeps the
// strict string casts.
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "BrokenTable.h"
#include "SchedulingFixture.h"
#include "TestStore.h"
#include "conflicts/ConflictInbox.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/AppointmentOverlapCheck.h"
#include "scheduling/ReminderScheduler.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

Q_DECLARE_METATYPE(Balcao::AppointmentStatus)

namespace {

const QDate kMonday(2026, 1, 5);

BookingRequest request(const SchedulingFixture &f, const Id &service, const Id &staff,
                       const QString &hhmm, const QDate &day = kMonday)
{
    BookingRequest r;
    r.locationId = f.location;
    r.clientId = f.client;
    r.startsAtMsecs = f.at(day, hhmm);
    r.lines = { BookingLine { service, staff, {}, {} } };
    return r;
}

QStringList issueKinds(const QList<BookingIssue> &issues)
{
    QStringList out;
    for (const BookingIssue &i : issues)
        out << bookingIssueKindName(i.kind);
    return out;
}

} // namespace

class TestAppointmentBook : public QObject
{
    Q_OBJECT

private slots:
    void testBookAVisitOfTwoServices()
    {
        TestStore t;
        SchedulingFixture f(*t);
        AppointmentBook book(*t);
        BookingRequest r = request(f, f.cut, {}, "10:00");
        r.lines << BookingLine { f.wash, {}, {}, {} };
        r.source = QStringLiteral("phone");
        r.notes = QStringLiteral("  Primeira vez  ");
        const int changesBefore = scalar(*t, "SELECT count(*) FROM change_log");
        auto booked = book.book(r);
        QVERIFY2(booked.ok(), qPrintable(booked.ok() ? QString() : booked.error().message));
        QCOMPARE(booked->items.size(), 2);
        // "Anyone": the first who performs it and is free.
        QCOMPARE(booked->items.at(0).staffId, f.ana);
        QCOMPARE(booked->items.at(1).time.from, f.at(kMonday, "11:00"));
        QCOMPARE(booked->items.at(1).resourceId, f.basin);
        QCOMPARE(booked->time, (TimeInterval { f.at(kMonday, "10:00"), f.at(kMonday, "11:30") }));

        auto found = book.find(booked->id);
        QVERIFY(found.ok());
        QCOMPARE(found->notes, QStringLiteral("Primeira vez"));
        QCOMPARE(found->source, QStringLiteral("phone"));
        QCOMPARE(found->clientName, QStringLiteral("Joana Silva"));
        QCOMPARE(found->items.at(0).serviceName, QStringLiteral("Corte"));
        QCOMPARE(found->items.at(1).price, reais(3000));
        // Row, two items and three messages, each with its change-log entry.
        QCOMPARE(scalar(*t, "SELECT count(*) FROM change_log") - changesBefore, 6);
        QCOMPARE(ReminderScheduler(*t).forAppointment(booked->id).value().size(), 3);
        QCOMPARE(
            book.list(f.location, { f.at(kMonday, "00:00"), f.at(kMonday.addDays(1), "00:00") })
                .size(),
            1);
        QCOMPARE(book.forClient(f.client).value().size(), 1);
    }

    void testIssuesFound_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QStringList>("expected");
        // Ana already has a cut for Joana at 10:00.
        QTest::newRow("free") << "cut"
                              << "bruno"
                              << "14:00" << QStringList {};
        QTest::newRow("staff and client busy")
            << "cut"
            << "ana"
            << "10:30" << QStringList { "staffBusy", "clientBusy" };
        QTest::newRow("touching is not busy") << "cut"
                                              << "ana"
                                              << "11:00" << QStringList {};
        QTest::newRow("client busy with someone else") << "cut"
                                                       << "bruno"
                                                       << "10:30" << QStringList { "clientBusy" };
        QTest::newRow("into the break") << "cut"
                                        << "bruno"
                                        << "11:30" << QStringList { "outsideWorkingHours" };
        QTest::newRow("before opening") << "cut"
                                        << "bruno"
                                        << "08:00" << QStringList { "outsideWorkingHours" };
        QTest::newRow("buffer into closing") << "colour"
                                             << "ana"
                                             << "16:30" << QStringList { "outsideWorkingHours" };
        QTest::newRow("does not perform it") << "colour"
                                             << "bruno"
                                             << "14:00" << QStringList { "cannotPerform" };
    }
    void testIssuesFound()
    {
        QFETCH(QString, service);
        QFETCH(QString, who);
        QFETCH(QString, time);
        QFETCH(QStringList, expected);
        TestStore t;
        SchedulingFixture f(*t);
        AppointmentBook book(*t);
        QVERIFY(book.book(request(f, f.cut, f.ana, "10:00")).ok());
        const auto planned = BookingPlanner(*t).plan(
            request(f, service == "cut" ? f.cut : f.colour, who == "ana" ? f.ana : f.bruno, time));
        QVERIFY(planned.ok());
        QCOMPARE(issueKinds(planned->issues), expected);
        for (const BookingIssue &i : planned->issues)
            QVERIFY(!i.message.isEmpty());
    }

    void testOnlyAManagerOverrides()
    {
        TestStore t;
        SchedulingFixture f(*t);
        AppointmentBook book(*t);
        auto first = book.book(request(f, f.cut, f.ana, "10:00"));
        QVERIFY(first.ok());
        BookingRequest clash = request(f, f.cut, f.ana, "10:30");
        clash.clientId = f.otherClient;
        const int before = scalar(*t, "SELECT count(*) FROM appointments");
        QCOMPARE(book.book(clash).error().code, QStringLiteral("appointment.conflicts"));
        clash.overrideConflicts = true;
        clash.overriddenBy = f.frontDesk;
        QCOMPARE(book.book(clash).error().code, QStringLiteral("appointment.overrideNotAllowed"));
        QCOMPARE(scalar(*t, "SELECT count(*) FROM appointments"), before);

        clash.overriddenBy = f.manager;
        auto second = book.book(clash);
        QVERIFY(second.ok());
        QCOMPARE(scalar(*t,
                        "SELECT count(*) FROM audit_events WHERE action ="
                        " 'appointment.bookedOverConflicts'"),
                 1);
        // The overlap was a decision: the inbox keeps it resolved.
        ConflictInbox inbox(*t);
        QVERIFY(inbox.refresh().ok());
        QVERIFY(inbox.open().isEmpty());
        QStringList ids { first->id.toString(), second->id.toString() };
        ids.sort();
        auto accepted = inbox.find(ConflictInbox::conflictId(AppointmentOverlapCheck::kKind, ids));
        QVERIFY(accepted.ok());
        QCOMPARE(accepted->status, Conflict::Status::Resolved);
    }

    void testMoveAndResize()
    {
        TestStore t;
        SchedulingFixture f(*t);
        AppointmentBook book(*t);
        auto a = book.book(request(f, f.cut, f.ana, "10:00"));
        auto b = book.book(request(f, f.cut, f.bruno, "14:00"));
        QVERIFY(a.ok() && b.ok());

        auto moved = book.move(a->id, f.at(kMonday, "15:00"), {}, {});
        QVERIFY(moved.ok());
        QCOMPARE(book.find(a->id)->time.from, f.at(kMonday, "15:00"));
        // Onto Bruno at his other client's time: the client is busy too.
        QCOMPARE(book.move(a->id, f.at(kMonday, "14:00"), f.bruno, {}).error().code,
                 QStringLiteral("appointment.conflicts"));
        QCOMPARE(book.find(a->id)->staffId, f.ana);
        auto reassigned = book.move(a->id, f.at(kMonday, "16:00"), f.bruno, {});
        QVERIFY(reassigned.ok());
        QCOMPARE(book.find(a->id)->items.first().staffId, f.bruno);

        auto longer = book.resize(a->id, f.at(kMonday, "17:30"), {});
        QVERIFY(longer.ok());
        QCOMPARE(book.find(a->id)->time.to, f.at(kMonday, "17:30"));
        QCOMPARE(book.resize(a->id, f.at(kMonday, "18:30"), {}).error().code,
                 QStringLiteral("appointment.conflicts"));
        QCOMPARE(book.resize(a->id, f.at(kMonday, "16:00"), {}).error().code,
                 QStringLiteral("service.durationInvalid"));
    }

    void testCancelFreesTheTime()
    {
        TestStore t;
        SchedulingFixture f(*t);
        AppointmentBook book(*t);
        auto a = book.book(request(f, f.cut, f.ana, "10:00"));
        QVERIFY(a.ok());
        QCOMPARE(book.cancel(a->id, QStringLiteral("  ")).error().code,
                 QStringLiteral("appointment.reasonRequired"));
        auto cancelled = book.cancel(a->id, QStringLiteral("Cliente pediu"));
        QVERIFY(cancelled.ok());
        QCOMPARE(book.find(a->id)->status, AppointmentStatus::Cancelled);
        QCOMPARE(book.find(a->id)->cancelReason, QStringLiteral("Cliente pediu"));
        BookingRequest again = request(f, f.cut, f.ana, "10:00");
        again.clientId = f.otherClient;
        QVERIFY(BookingPlanner(*t).plan(again)->issues.isEmpty());
        QVERIFY(book.book(again).ok());
        // Restoring the cancelled one would take the time twice.
        QCOMPARE(book.setStatus(a->id, AppointmentStatus::Booked).error().code,
                 QStringLiteral("appointment.conflicts"));
    }

    void testStatusChanges_data()
    {
        using S = AppointmentStatus;
        QTest::addColumn<S>("from");
        QTest::addColumn<S>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("booked → confirmed") << S::Booked << S::Confirmed << true;
        QTest::newRow("confirmed → checked in") << S::Confirmed << S::CheckedIn << true;
        QTest::newRow("checked in → completed") << S::CheckedIn << S::Completed << true;
        QTest::newRow("booked → no-show") << S::Booked << S::NoShow << true;
        QTest::newRow("confirmed → booked") << S::Confirmed << S::Booked << false;
        QTest::newRow("checked in → no-show") << S::CheckedIn << S::NoShow << false;
        QTest::newRow("completed → cancelled") << S::Completed << S::Cancelled << false;
        QTest::newRow("completed → booked") << S::Completed << S::Booked << false;
        QTest::newRow("cancelled → booked (restore)") << S::Cancelled << S::Booked << true;
        QTest::newRow("no-show → completed") << S::NoShow << S::Completed << false;
    }
    void testStatusChanges()
    {
        QFETCH(AppointmentStatus, from);
        QFETCH(AppointmentStatus, to);
        QFETCH(bool, allowed);
        QCOMPARE(AppointmentBook::canChangeStatus(from, to), allowed);
    }

    void testStatusFlowWritesTheOutbox()
    {
        TestStore t;
        SchedulingFixture f(*t);
        AppointmentBook book(*t);
        auto a = book.book(request(f, f.cut, f.ana, "10:00"));
        QVERIFY(book.setStatus(a->id, AppointmentStatus::Confirmed).ok());
        QVERIFY(book.setStatus(a->id, AppointmentStatus::CheckedIn).ok());
        QCOMPARE(book.setStatus(a->id, AppointmentStatus::NoShow).error().code,
                 QStringLiteral("appointment.statusChangeRefused"));
        QVERIFY(book.setStatus(a->id, AppointmentStatus::Completed).ok());
        QCOMPARE(book.move(a->id, f.at(kMonday, "15:00"), {}, {}).error().code,
                 QStringLiteral("appointment.notMovable"));
        QHash<QString, QString> status;
        const QList<ReminderMessage> messages = ReminderScheduler(*t).forAppointment(a->id).value();
        for (const ReminderMessage &m : messages)
            status.insert(m.kind, m.status);
        QCOMPARE(status.value("reminder"), QStringLiteral("cancelled"));
        QCOMPARE(status.value("follow_up"), QStringLiteral("scheduled"));
    }

    void testWeeklySeriesKeepsLocalTimeAcrossDst()
    {
        TestStore t;
        SchedulingFixture f(*t, QStringLiteral("America/New_York"));
        AppointmentBook book(*t);
        // Mondays at 10:00 from 2 March; DST starts on Sunday 8 March.
        BookingRequest r = request(f, f.cut, f.ana, "10:00", QDate(2026, 3, 2));
        auto series = book.bookSeries(r, Recurrence { 1, std::nullopt, 4 });
        QVERIFY2(series.ok(), qPrintable(series.ok() ? QString() : series.error().message));
        QCOMPARE(series->size(), 4);
        for (int i = 0; i < 4; ++i) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(series->at(i).time.from, f.zone);
            QCOMPARE(local.date(), QDate(2026, 3, 2).addDays(7 * i));
            QCOMPARE(local.time(), QTime(10, 0));
            QCOMPARE(series->at(i).seriesIndex, i);
        }
        QCOMPARE(series->at(1).time.from - series->at(0).time.from, (7 * 24 - 1) * 3600000LL);

        // Edit this and following: the third and fourth move to Tuesday 15:00.
        AppointmentBook::Change change;
        change.scope = SeriesScope::ThisAndFollowing;
        QVERIFY(book.move(series->at(2).id, f.at(QDate(2026, 3, 17), "15:00"), {}, change).ok());
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(book.find(series->at(1).id)->time.from, f.zone)
                     .toString("ddd HH:mm"),
                 QStringLiteral("Mon 10:00"));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(book.find(series->at(3).id)->time.from, f.zone),
                 QDateTime(QDate(2026, 3, 24), QTime(15, 0), f.zone));

        auto cancelled = book.cancel(series->at(1).id, QStringLiteral("Mudou-se"),
                                     SeriesScope::ThisAndFollowing);
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled->size(), 3);
        QCOMPARE(book.find(series->at(0).id)->status, AppointmentStatus::Booked);
    }

    void testSeriesIsAllOrNothing()
    {
        TestStore t;
        SchedulingFixture f(*t);
        AppointmentBook book(*t);
        BookingRequest other = request(f, f.cut, f.ana, "10:00", kMonday.addDays(14));
        other.clientId = f.otherClient;
        QVERIFY(book.book(other).ok());
        const int before = scalar(*t, "SELECT count(*) FROM appointments");
        auto series = book.bookSeries(request(f, f.cut, f.ana, "10:00"),
                                      Recurrence { 1, kMonday.addDays(28), std::nullopt });
        QVERIFY(!series.ok());
        QCOMPARE(series.error().code, QStringLiteral("appointment.conflicts"));
        QCOMPARE(scalar(*t, "SELECT count(*) FROM appointments"), before);
        QCOMPARE(book.bookSeries(request(f, f.cut, f.ana, "10:00"), Recurrence { 1, {}, {} })
                     .error()
                     .code,
                 QStringLiteral("series.endMissing"));
        QCOMPARE(book.bookSeries(request(f, f.cut, f.ana, "10:00"), Recurrence { 0, {}, 3 })
                     .error()
                     .code,
                 QStringLiteral("series.intervalInvalid"));
        // Every three weeks (days 0 and 21) misses the clash on day 14.
        auto sparse = book.bookSeries(request(f, f.cut, f.ana, "10:00"),
                                      Recurrence { 3, kMonday.addDays(28), std::nullopt });
        QVERIFY(sparse.ok());
        QCOMPARE(sparse->size(), 2);
    }

    void testBadRequestsChangeNothing()
    {
        TestStore t;
        SchedulingFixture f(*t);
        AppointmentBook book(*t);
        const int before = scalar(*t, "SELECT count(*) FROM change_log");
        BookingRequest r = request(f, f.cut, f.ana, "10:00");
        r.lines.clear();
        QCOMPARE(book.book(r).error().code, QStringLiteral("appointment.noServices"));
        r = request(f, Id::generate(), f.ana, "10:00");
        QCOMPARE(book.book(r).error().code, QStringLiteral("service.notFound"));
        r = request(f, f.cut, f.ana, "10:00");
        r.clientId = Id::generate();
        QCOMPARE(book.book(r).error().code, QStringLiteral("client.notFound"));
        r = request(f, f.cut, f.ana, "10:00");
        r.source = QStringLiteral("carrier pigeon");
        QCOMPARE(book.book(r).error().code, QStringLiteral("appointment.sourceInvalid"));
        r = request(f, f.cut, f.ana, "10:00");
        r.lines.first().durationMinutes = 0;
        QCOMPARE(book.book(r).error().code, QStringLiteral("service.durationInvalid"));
        QCOMPARE(book.find(Id::generate()).error().code, QStringLiteral("appointment.notFound"));
        QCOMPARE(scalar(*t, "SELECT count(*) FROM change_log"), before);
    }

    // What a booking, a move or a restore reads besides the plan: reminders
    // already sent (which must not be sent again), the templates, the
    // client's contact, who may override. Unreadable, each stops the change.
    void testUnreadableStoreStopsTheChange_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("what");
        QTest::addRow("reminders sent") << "reminders"
                                        << "move";
        QTest::addRow("reminder templates") << "reminder_templates"
                                            << "book";
        QTest::addRow("the client's contact") << "clients"
                                              << "move";
        QTest::addRow("who may override") << "users"
                                          << "override";
        QTest::addRow("the visit's services") << "appointment_items"
                                              << "find";
    }
    void testUnreadableStoreStopsTheChange()
    {
        QFETCH(QString, table);
        QFETCH(QString, what);
        TestStore t;
        SchedulingFixture f(*t);
        AppointmentBook book(*t);
        const Appointment booked = book.book(request(f, f.cut, f.ana, "10:00")).value();
        const int before = scalar(*t, "SELECT count(*) FROM change_log");
        BrokenTable broken(*t, table);
        QVERIFY(broken.isBroken());
        Result<void> done;
        if (what == "move") {
            auto moved = book.move(booked.id, f.at(kMonday, "14:00"), {}, {});
            done = moved ? Result<void>() : Result<void>(moved.error());
        } else if (what == "book") {
            auto again = book.book(request(f, f.cut, f.bruno, "15:00"));
            done = again ? Result<void>() : Result<void>(again.error());
        } else if (what == "override") {
            BookingRequest over = request(f, f.cut, f.ana, "10:00");
            over.overrideConflicts = true;
            over.overriddenBy = f.manager;
            auto again = book.book(over);
            done = again ? Result<void>() : Result<void>(again.error());
        } else {
            auto found = book.find(booked.id);
            done = found ? Result<void>() : Result<void>(found.error());
        }
        QVERIFY(!done.ok());
        QCOMPARE(done.error().kind, Error::Kind::Storage);
        QCOMPARE(scalar(*t, "SELECT count(*) FROM change_log"), before);
    }
};

QTEST_GUILESS_MAIN(TestAppointmentBook)
#include "TestAppointmentBook.moc"
