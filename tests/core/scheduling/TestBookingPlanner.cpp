// SPDX-License-Identifier: GPL-3.0-or-later
// Rule tables read better with plain literals; the product code keeps the
// strict string casts.
#undef QT_NO_CAST_FROM_ASCII
#include "BrokenTable.h"
#include "SchedulingFixture.h"
#include "TestStore.h"
#include "catalog/ServiceCatalog.h"
#include "locations/LocationService.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/BookingPlanner.h"
#include "scheduling/ResourceService.h"

#include <QTest>

#include <functional>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

const QDate kMonday(2026, 1, 5);

template<typename T> T must(Result<T> result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error().message));
    return std::move(result).value();
}

Id serviceNamed(const SchedulingFixture &f, const QString &name)
{
    if (name == "cut")
        return f.cut;
    if (name == "colour")
        return f.colour;
    if (name == "wash")
        return f.wash;
    qFatal("no service %s", qPrintable(name));
}

Id staffNamed(const SchedulingFixture &f, const QString &name)
{
    if (name.isEmpty())
        return {};
    if (name == "ana")
        return f.ana;
    if (name == "bruno")
        return f.bruno;
    qFatal("no staff member %s", qPrintable(name));
}

QString nameOf(const SchedulingFixture &f, const Id &staff)
{
    return staff == f.ana ? "ana" : staff == f.bruno ? "bruno" : staff.isNull() ? "" : "?";
}

// "cut", "cut@ana": a service, and who is asked for (nobody: anyone).
BookingLine line(const SchedulingFixture &f, const QString &text)
{
    return BookingLine {
        serviceNamed(f, text.section('@', 0, 0)), staffNamed(f, text.section('@', 1, 1)), {}, {}
    };
}

// A valid request: Joana, a cut with anyone, Monday 10:00.
BookingRequest valid(const SchedulingFixture &f)
{
    BookingRequest r;
    r.locationId = f.location;
    r.clientId = f.client;
    r.startsAtMsecs = f.at(kMonday, "10:00");
    r.lines = { line(f, "cut") };
    return r;
}

using Change = std::function<void(SchedulingFixture &, BookingRequest &)>;

} // namespace

Q_DECLARE_METATYPE(Change)

// BookingPlanner's rules: what a request must be, and whom and which room
// "anyone" gets, one row each, on the salon of SchedulingFixture (Ana and
// Bruno 09:00–18:00 with lunch at 12:00; a cut both do, a colour only Ana
// does with 15 minutes of cleaning after, a wash that needs the one basin).
class TestBookingPlanner : public QObject
{
    Q_OBJECT

private slots:
    void refuses_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("code");
        QTest::addRow("no service")
            << Change([](SchedulingFixture &, BookingRequest &r) { r.lines.clear(); })
            << "appointment.noServices";
        QTest::addRow("more than twenty services")
            << Change([](SchedulingFixture &f, BookingRequest &r) {
                   while (r.lines.size() <= BookingPlanner::kMaxServices)
                       r.lines << line(f, "cut");
               })
            << "appointment.noServices";
        QTest::addRow("an unknown source")
            << Change([](SchedulingFixture &, BookingRequest &r) { r.source = "fax"; })
            << "appointment.sourceInvalid";
        QTest::addRow("notes too long") << Change([](SchedulingFixture &, BookingRequest &r) {
            r.notes = QString(BookingPlanner::kMaxNotesLength + 1, 'x');
        }) << "appointment.notesTooLong";
        QTest::addRow("internal notes too long")
            << Change([](SchedulingFixture &, BookingRequest &r) {
                   r.internalNotes = QString(BookingPlanner::kMaxNotesLength + 1, 'x');
               })
            << "appointment.notesTooLong";
        QTest::addRow("no start") << Change([](SchedulingFixture &, BookingRequest &r) {
            r.startsAtMsecs = 0;
        }) << "appointment.timeInvalid";
        QTest::addRow("an unknown location")
            << Change([](SchedulingFixture &, BookingRequest &r) { r.locationId = Id::generate(); })
            << "location.notFound";
        QTest::addRow("an unknown client")
            << Change([](SchedulingFixture &, BookingRequest &r) { r.clientId = Id::generate(); })
            << "client.notFound";
        QTest::addRow("an unknown service") << Change([](SchedulingFixture &, BookingRequest &r) {
            r.lines.first().serviceId = Id::generate();
        }) << "service.notFound";
        QTest::addRow("a service not offered any more")
            << Change([](SchedulingFixture &f, BookingRequest &) {
                   ServiceDraft off;
                   off.active = false;
                   must(ServiceCatalog(f.store).update(f.cut, off), "cut off");
               })
            << "service.inactive";
        QTest::addRow("no minutes") << Change([](SchedulingFixture &, BookingRequest &r) {
            r.lines.first().durationMinutes = 0;
        }) << "service.durationInvalid";
        QTest::addRow("longer than a day") << Change([](SchedulingFixture &, BookingRequest &r) {
            r.lines.first().durationMinutes = ServiceCatalog::kMaxDurationMinutes + 1;
        }) << "service.durationInvalid";
        QTest::addRow("an unknown staff member")
            << Change([](SchedulingFixture &, BookingRequest &r) {
                   r.lines.first().staffId = Id::generate();
               })
            << "staff.notFound";
        QTest::addRow("a room at another location") << Change([](SchedulingFixture &f,
                                                                 BookingRequest &r) {
            const Id other = must(LocationService(f.store).create("Salão Sul", "America/Sao_Paulo"),
                                  "other location")
                                 .id;
            r.lines = { line(f, "wash") };
            r.lines.first().resourceId
                = must(ResourceService(f.store).create(other, "Lavatório Sul", "basin"),
                       "basin there")
                      .id;
        }) << "resource.otherLocation";
        QTest::addRow("nobody performs it") << Change([](SchedulingFixture &f, BookingRequest &) {
            ServiceDraft nobody;
            nobody.staffIds = QList<Id> {};
            must(ServiceCatalog(f.store).update(f.cut, nobody), "cut without staff");
        }) << "appointment.noStaff";
    }
    void refuses()
    {
        QFETCH(Change, change);
        QFETCH(QString, code);
        TestStore t;
        SchedulingFixture f(*t);
        QVERIFY(BookingPlanner(*t).plan(valid(f)).ok());
        BookingRequest r = valid(f);
        change(f, r);
        const auto planned = BookingPlanner(*t).plan(r);
        QVERIFY(!planned.ok());
        QCOMPARE(planned.error().code, code);
        QVERIFY(!planned.error().message.isEmpty());
    }

    void chooses_data()
    {
        QTest::addColumn<QStringList>("booked"); // "service@staff@HH:mm", walk-ins
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QStringList>("staff"); // per item, as planned
        QTest::addColumn<QStringList>("rooms"); // per item: "basin" or ""
        QTest::addColumn<QStringList>("starts"); // per item
        QTest::addColumn<QStringList>("issues");
        QTest::addRow("anyone: the first who performs it")
            << QStringList {} << QStringList { "cut" } << "10:00" << QStringList { "ana" }
            << QStringList { "" } << QStringList { "10:00" } << QStringList {};
        QTest::addRow("anyone: the next when the first is busy")
            << QStringList { "cut@ana@10:00" } << QStringList { "cut" } << "10:30"
            << QStringList { "bruno" } << QStringList { "" } << QStringList { "10:30" }
            << QStringList {};
        QTest::addRow("anyone, nobody free: the first, and why")
            << QStringList { "cut@ana@10:00", "cut@bruno@10:00" } << QStringList { "cut" }
            << "10:30" << QStringList { "ana" } << QStringList { "" } << QStringList { "10:30" }
            << QStringList { "staffBusy" };
        QTest::addRow("only whom it was asked for")
            << QStringList {} << QStringList { "cut@bruno" } << "10:00" << QStringList { "bruno" }
            << QStringList { "" } << QStringList { "10:00" } << QStringList {};
        QTest::addRow("asked for someone who does not perform it")
            << QStringList {} << QStringList { "colour@bruno" } << "10:00"
            << QStringList { "bruno" } << QStringList { "" } << QStringList { "10:00" }
            << QStringList { "cannotPerform" };
        QTest::addRow("a room of the kind it needs")
            << QStringList {} << QStringList { "wash" } << "10:00" << QStringList { "ana" }
            << QStringList { "basin" } << QStringList { "10:00" } << QStringList {};
        QTest::addRow("the only room taken: whoever has fewest issues")
            << QStringList { "wash@ana@10:00" } << QStringList { "wash" } << "10:00"
            << QStringList { "bruno" } << QStringList { "basin" } << QStringList { "10:00" }
            << QStringList { "resourceBusy" };
        QTest::addRow("services one after the other")
            << QStringList {} << QStringList { "cut", "wash" } << "10:00"
            << QStringList { "ana", "ana" } << QStringList { "", "basin" }
            << QStringList { "10:00", "11:00" } << QStringList {};
        QTest::addRow("a visit's own services never clash")
            << QStringList {} << QStringList { "cut@ana", "cut@ana" } << "09:00"
            << QStringList { "ana", "ana" } << QStringList { "", "" }
            << QStringList { "09:00", "10:00" } << QStringList {};
        QTest::addRow("the cleaning after runs into lunch")
            << QStringList {} << QStringList { "colour" } << "10:30" << QStringList { "ana" }
            << QStringList { "" } << QStringList { "10:30" }
            << QStringList { "outsideWorkingHours" };
        QTest::addRow("lunch for everyone")
            << QStringList {} << QStringList { "cut" } << "12:00" << QStringList { "ana" }
            << QStringList { "" } << QStringList { "12:00" }
            << QStringList { "outsideWorkingHours" };
        QTest::addRow("touching the end of another visit is free")
            << QStringList { "cut@ana@09:00" } << QStringList { "cut" } << "10:00"
            << QStringList { "ana" } << QStringList { "" } << QStringList { "10:00" }
            << QStringList {};
    }
    void chooses()
    {
        QFETCH(QStringList, booked);
        QFETCH(QStringList, lines);
        QFETCH(QString, start);
        QFETCH(QStringList, staff);
        QFETCH(QStringList, rooms);
        QFETCH(QStringList, starts);
        QFETCH(QStringList, issues);
        TestStore t;
        SchedulingFixture f(*t);
        AppointmentBook book(*t);
        for (const QString &b : booked) {
            BookingRequest other;
            other.locationId = f.location;
            other.startsAtMsecs = f.at(kMonday, b.section('@', 2, 2));
            other.lines = { line(f, b.section('@', 0, 1)) };
            QVERIFY(book.book(other).ok());
        }
        BookingRequest r = valid(f);
        r.startsAtMsecs = f.at(kMonday, start);
        r.lines.clear();
        for (const QString &l : lines)
            r.lines << line(f, l);
        const auto planned = BookingPlanner(*t).plan(r);
        QVERIFY2(planned.ok(), qPrintable(planned.ok() ? QString() : planned.error().message));
        QStringList gotStaff, gotRooms, gotStarts, gotIssues;
        for (const AppointmentItem &item : planned->appointment.items) {
            gotStaff << nameOf(f, item.staffId);
            gotRooms << (item.resourceId == f.basin     ? "basin"
                             : item.resourceId.isNull() ? ""
                                                        : "?");
            gotStarts << QDateTime::fromMSecsSinceEpoch(item.time.from, f.zone).toString("HH:mm");
        }
        for (const BookingIssue &issue : planned->issues) {
            gotIssues << bookingIssueKindName(issue.kind);
            QVERIFY(!issue.message.isEmpty());
        }
        QCOMPARE(gotStaff, staff);
        QCOMPARE(gotRooms, rooms);
        QCOMPARE(gotStarts, starts);
        QCOMPARE(gotIssues, issues);
        // The visit spans its services and shows in the first one's column.
        QCOMPARE(planned->appointment.time.from, planned->appointment.items.first().time.from);
        QCOMPARE(planned->appointment.time.to, planned->appointment.items.last().time.to);
        QCOMPARE(planned->appointment.staffId, planned->appointment.items.first().staffId);
        // Planning writes nothing: the same plan books.
        QCOMPARE(
            book.list(f.location, { f.at(kMonday, "00:00"), f.at(kMonday.addDays(1), "00:00") })
                .size(),
            booked.size());
    }

    // What the planner reads to find clashes and working hours: when it
    // cannot read them it says so, instead of finding "no issue" in an
    // empty agenda.
    void unreadableAgendaIsAnError_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addRow("booked items") << "appointment_items";
        QTest::addRow("the client's visits") << "appointments";
        QTest::addRow("working hours") << "staff_hours";
        QTest::addRow("who performs what") << "service_staff";
        QTest::addRow("rooms") << "resources";
        QTest::addRow("the client") << "clients";
        QTest::addRow("the location") << "locations";
    }
    void unreadableAgendaIsAnError()
    {
        QFETCH(QString, table);
        TestStore t;
        SchedulingFixture f(*t);
        BookingRequest r = valid(f);
        r.lines = { line(f, "wash") };
        QVERIFY(BookingPlanner(*t).plan(r).ok());
        BrokenTable broken(*t, table);
        QVERIFY(broken.isBroken());
        const auto planned = BookingPlanner(*t).plan(r);
        QVERIFY(!planned.ok());
        QCOMPARE(planned.error().kind, Error::Kind::Storage);
    }
};

QTEST_GUILESS_MAIN(TestBookingPlanner)
#include "TestBookingPlanner.moc"
