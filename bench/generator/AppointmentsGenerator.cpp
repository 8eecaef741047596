// SPDX-License-Identifier: GPL-3.0-or-later
#include "Batches.h"
#include "EntityGenerators.h"
#include "Random.h"
#include "catalog/ServiceCatalog.h"
#include "locations/LocationService.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/ReminderScheduler.h"
#include "scheduling/ResourceService.h"
#include "scheduling/StaffSchedule.h"
#include "settings/BusinessSettings.h"

#include <QUuid>

namespace Balcao::Bench {

namespace {

struct ServiceShape
{
    const char *name;
    int minutes;
    int bufferAfter;
    qint64 price;
    const char *resourceKind;
};

// A salon's menu; every stylist performs the first three and two others.
constexpr ServiceShape kMenu[] = {
    { "Corte feminino", 60, 0, 9000, nullptr },
    { "Corte masculino", 30, 0, 5000, nullptr },
    { "Escova", 45, 0, 6000, nullptr },
    { "Coloração", 90, 15, 22000, nullptr },
    { "Manicure", 45, 0, 4000, nullptr },
    { "Pedicure", 60, 0, 5000, nullptr },
    { "Lavagem e hidratação", 30, 10, 7000, "lavatório" },
    { "Barba", 30, 0, 4000, nullptr },
};

struct Setup
{
    QList<Service> services;
    QHash<Id, QList<int>> servicesOf; // staff id → indexes into services
    QHash<Id, Id> locationOf; // staff id → location
    QHash<Id, QTimeZone> zoneOf; // location → zone
    QHash<Id, QList<Id>> resourcesOf; // location → basins
};

Result<Setup> prepare(GenerationContext &context, Random &random)
{
    Setup s;
    // The menu's prices are in the business's currency.
    auto currency = BusinessSettings(context.store).currency();
    if (!currency)
        return currency.error();
    ServiceCatalog catalog(context.store);
    StaffSchedule schedule(context.store);
    LocationService locations(context.store);
    ResourceService resources(context.store);
    auto made = context.store.transact([&]() -> Result<void> {
        for (const Id &location : std::as_const(context.locationIds)) {
            auto found = locations.find(location);
            if (!found)
                return found.error();
            s.zoneOf.insert(location, found->timeZone());
            for (int i = 1; i <= 2; ++i) {
                auto basin = resources.create(location, QStringLiteral("Lavatório %1").arg(i),
                                              QStringLiteral("lavatório"));
                if (!basin)
                    return basin.error();
                s.resourcesOf[location] << basin->id;
            }
        }
        for (qsizetype i = 0; i < context.staffIds.size(); ++i) {
            const Id staff = context.staffIds.at(i);
            const Id location = context.locationIds.at(i % context.locationIds.size());
            s.locationOf.insert(staff, location);
            QList<int> mine { 0, 1, 2 };
            while (mine.size() < 5) {
                const int extra = int(random.between(3, std::size(kMenu) - 1));
                if (!mine.contains(extra))
                    mine << extra;
            }
            s.servicesOf.insert(staff, mine);
            const QList<DayPart> day { { 9 * 60, 19 * 60, DayPart::Kind::Work },
                                       { 12 * 60, 13 * 60, DayPart::Kind::Break } };
            for (int weekday = 1; weekday <= 6; ++weekday) {
                if (auto set = schedule.setWeeklyHours(staff, location, weekday, day); !set)
                    return set;
            }
        }
        for (qsizetype m = 0; m < qsizetype(std::size(kMenu)); ++m) {
            ServiceDraft d;
            d.name = QString::fromUtf8(kMenu[m].name);
            d.durationMinutes = kMenu[m].minutes;
            d.bufferAfterMinutes = kMenu[m].bufferAfter;
            d.price = Money(kMenu[m].price, *currency);
            if (kMenu[m].resourceKind)
                d.resourceKind = QString::fromUtf8(kMenu[m].resourceKind);
            QList<Id> who;
            for (const Id &staff : std::as_const(context.staffIds)) {
                if (s.servicesOf.value(staff).contains(int(m)))
                    who << staff;
            }
            d.staffIds = who;
            auto service = catalog.create(d);
            if (!service)
                return service.error();
            s.services << *service;
        }
        return {};
    });
    if (!made)
        return made.error();
    return s;
}

// Where the next appointment goes: the staff member's day from opening,
// then the next staff member, then the next working day (Sundays closed).
// Every random draw of an appointment's layout happens here, in one order,
// so a dry run on a copy of the stream lays out exactly what the real one will.
struct AgendaCursor
{
    struct Place
    {
        Service service;
        qsizetype staffIndex = 0;
        int minute = 0;
        qint64 workingDay = 0; // counted from the first day of the agenda
        Id clientId;
        qint64 roll = 0; // 0-99: the status of a past or coming visit
    };

    qsizetype staffIndex = 0;
    int minute = 9 * 60;
    qint64 workingDay = 0;

    Place place(const Setup &setup, const GenerationContext &context, Random &random)
    {
        Service service;
        for (;;) {
            const QList<int> mine = setup.servicesOf.value(context.staffIds.at(staffIndex));
            service = setup.services.at(mine.at(int(random.between(0, mine.size() - 1))));
            if (minute < 12 * 60 && minute + service.blockedMinutes() > 12 * 60)
                minute = 13 * 60;
            if (minute + service.blockedMinutes() <= 19 * 60)
                break;
            minute = 9 * 60;
            if (++staffIndex == context.staffIds.size()) {
                staffIndex = 0;
                ++workingDay;
            }
        }
        Place out { service, staffIndex, minute, workingDay, Id(), 0 };
        out.clientId = context.clientIds.isEmpty() ? Id() : random.pick(context.clientIds);
        out.roll = random.between(0, 99);
        minute += service.blockedMinutes() + int(random.between(0, 3)) * 15;
        return out;
    }
};

} // namespace

// Appointments as a busy salon fills its agenda: each stylist's working days
// packed from opening with a few gaps, most of them in the past (completed,
// some cancelled or missed) and the last month ahead (booked or confirmed,
// with their reminders in the outbox). Written through the ChangeWriter in
// batches, as an import of history would be: the booking checks are not
// needed for a schedule laid out without overlaps.
Result<qint64> generateAppointments(GenerationContext &context, qint64 count)
{
    if (context.staffIds.isEmpty() || context.locationIds.isEmpty())
        return Error::invalid(QStringLiteral("bench.noStaff"),
                              QStringLiteral("Appointments need staff and a location."));
    Random random(context.seed, "appointments");
    auto setup = prepare(context, random);
    if (!setup)
        return setup.error();
    context.serviceIds.clear();
    for (const Service &s : std::as_const(setup->services))
        context.serviceIds << s.id;

    // The agenda ends a month after "now". How many working days `count`
    // appointments fill depends on the services and gaps drawn, so the
    // layout runs once on copies of the cursor and the random stream to
    // count them, then for real from the day that makes it end there.
    const qint64 now = context.clock.nowMsecsSinceEpoch();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    AgendaCursor cursor;
    qint64 workingDays = 0;
    {
        AgendaCursor dryRun = cursor;
        Random draws = random;
        for (qint64 i = 0; i < count; ++i)
            workingDays = dryRun.place(*setup, context, draws).workingDay + 1;
    }
    QDate day = today.addDays(30);
    while (day.dayOfWeek() == 7)
        day = day.addDays(-1);
    for (qint64 left = workingDays - 1; left > 0; --left) {
        do
            day = day.addDays(-1);
        while (day.dayOfWeek() == 7);
    }
    qint64 dayIndex = 0;
    ReminderScheduler reminders(context.store);
    ChangeWriter &writer = context.store.writer();

    return inBatches(context, QStringLiteral("appointments"), count, [&](qint64) -> Result<void> {
        const AgendaCursor::Place place = cursor.place(*setup, context, random);
        for (; dayIndex < place.workingDay; ++dayIndex) {
            do
                day = day.addDays(1);
            while (day.dayOfWeek() == 7);
        }
        const Service &service = place.service;
        const qsizetype staffIndex = place.staffIndex;
        const int minute = place.minute;
        const Id who = context.staffIds.at(staffIndex);
        const Id location = setup->locationOf.value(who);
        const QTimeZone zone = setup->zoneOf.value(location);
        Appointment a;
        a.id = Id::generate(context.clock);
        a.locationId = location;
        a.clientId = place.clientId;
        a.staffId = who;
        AppointmentItem item;
        item.id = Id::generate(context.clock);
        item.serviceId = service.id;
        item.serviceName = service.name;
        item.staffId = who;
        item.time.from = WorkingTime::utcMsecs(day, minute, zone);
        item.time.to = item.time.from + qint64(service.durationMinutes) * 60000;
        item.busy = { item.time.from, item.time.to + qint64(service.bufferAfterMinutes) * 60000 };
        item.price = service.price;
        if (!service.resourceKind.isEmpty()) {
            const QList<Id> &basins = setup->resourcesOf[location];
            item.resourceId = basins.at(int(staffIndex % basins.size()));
        }
        a.items = { item };
        a.time = item.time;
        const qint64 roll = place.roll;
        if (item.time.from < now)
            a.status = roll < 88
                ? AppointmentStatus::Completed
                : (roll < 96 ? AppointmentStatus::Cancelled : AppointmentStatus::NoShow);
        else
            a.status = roll < 60 ? AppointmentStatus::Booked : AppointmentStatus::Confirmed;

        auto row = writer.writeRecord(
            QStringLiteral("appointments"), a.id,
            { { QStringLiteral("location_id"), location.toString() },
              { QStringLiteral("client_id"),
                a.clientId.isNull() ? QVariant() : QVariant(a.clientId.toString()) },
              { QStringLiteral("staff_id"), who.toString() },
              { QStringLiteral("starts_at"), a.time.from },
              { QStringLiteral("ends_at"), a.time.to },
              { QStringLiteral("status"), appointmentStatusName(a.status) },
              { QStringLiteral("cancel_reason"),
                a.status == AppointmentStatus::Cancelled ? QVariant(QStringLiteral("Imprevisto"))
                                                         : QVariant() },
              { QStringLiteral("source"), QStringLiteral("front_desk") },
              { QStringLiteral("created_at"), std::min(now, a.time.from) - 86400000LL },
              { QStringLiteral("deleted"), 0 } });
        if (!row)
            return row.error();
        auto itemRow = writer.writeRecord(
            QStringLiteral("appointment_items"), item.id,
            { { QStringLiteral("appointment_id"), a.id.toString() },
              { QStringLiteral("service_id"), service.id.toString() },
              { QStringLiteral("staff_id"), who.toString() },
              { QStringLiteral("resource_id"),
                item.resourceId.isNull() ? QVariant() : QVariant(item.resourceId.toString()) },
              { QStringLiteral("starts_at"), item.time.from },
              { QStringLiteral("ends_at"), item.time.to },
              { QStringLiteral("busy_from"), item.busy.from },
              { QStringLiteral("busy_to"), item.busy.to },
              { QStringLiteral("price_minor"), item.price.minorUnits() },
              { QStringLiteral("currency"), item.price.currency().code() },
              { QStringLiteral("position"), 0 },
              { QStringLiteral("deleted"), 0 } });
        if (!itemRow)
            return itemRow.error();
        if (item.time.from >= now) {
            if (auto r = reminders.reschedule(a); !r)
                return r;
        }
        context.appointmentIds << a.id;
        return {};
    });
}

} // namespace Balcao::Bench
