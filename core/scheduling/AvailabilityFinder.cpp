// SPDX-License-Identifier: GPL-3.0-or-later
#include "AvailabilityFinder.h"

#include "Occupancy.h"
#include "ResourceService.h"
#include "StaffSchedule.h"
#include "catalog/ServiceCatalog.h"
#include "locations/LocationService.h"
#include "storage/LocalStore.h"

#include <algorithm>

namespace Balcao {

AvailabilityFinder::AvailabilityFinder(LocalStore &store)
    : m_store(store)
{ }

Result<QList<Slot>> AvailabilityFinder::find(const SlotQuery &query) const
{
    auto service = ServiceCatalog(m_store).find(query.serviceId);
    if (!service)
        return service.error();
    auto location = LocationService(m_store).find(query.locationId);
    if (!location)
        return location.error();
    if (!query.firstDay.isValid() || !query.lastDay.isValid() || query.lastDay < query.firstDay
        || query.firstDay.daysTo(query.lastDay) >= kMaxDays)
        return Error::invalid(
            QStringLiteral("availability.rangeInvalid"),
            tr("Search from one date to a later one, at most %1 days.").arg(kMaxDays));
    if (query.stepMinutes < 5 || query.stepMinutes > 240)
        return Error::invalid(QStringLiteral("availability.stepInvalid"),
                              tr("The step between found must be 5 to 240 minutes."));
    QList<Id> staff = service->staffIds;
    if (!query.staffId.isNull()) {
        if (!staff.contains(query.staffId))
            return Error::invalid(
                QStringLiteral("availability.cannotPerform"),
                tr("That staff member does not perform \"%1\".").arg(service->name));
        staff = { query.staffId };
    }
    const int duration = query.durationMinutes.value_or(service->durationMinutes);
    if (duration < 1 || duration > ServiceCatalog::kMaxDurationMinutes)
        return Error::invalid(QStringLiteral("service.durationInvalid"),
                              tr("The duration must be between 1 and %1 minutes.")
                                  .arg(ServiceCatalog::kMaxDurationMinutes));
    const QTimeZone zone = location->timeZone();
    const qint64 before = qint64(service->bufferBeforeMinutes) * 60000;
    const qint64 length = qint64(duration) * 60000;
    const qint64 after = qint64(service->bufferAfterMinutes) * 60000;
    const qint64 step = qint64(query.stepMinutes) * 60000;

    QList<Resource> resources;
    if (!service->resourceKind.isEmpty()) {
        auto ofKind = ResourceService(m_store).inLocation(query.locationId, service->resourceKind);
        if (!ofKind)
            return ofKind.error();
        resources = *ofKind;
        if (resources.isEmpty())
            return QList<Slot> {};
    }
    QList<Id> resourceIds;
    for (const Resource &r : resources)
        resourceIds << r.id;

    const TimeInterval range { WorkingTime::utcMsecs(query.firstDay, 0, zone),
                               WorkingTime::utcMsecs(query.lastDay, 1440, zone) };
    auto loaded = StaffSchedule(m_store).loadSnapshot(staff, query.locationId, query.firstDay,
                                                      query.lastDay, zone);
    if (!loaded)
        return loaded.error();
    const StaffSchedule::Snapshot &schedule = *loaded;
    // Who performs a service is one list for every location: those with no
    // hours here in these days have no slot, and their appointments (at
    // scale 1, two of every three performers) need not be read.
    QList<Id> working;
    for (const Id &staffId : std::as_const(staff)) {
        for (QDate day = query.firstDay; day <= query.lastDay; day = day.addDays(1)) {
            if (!schedule.workingTime(staffId, day, zone).isEmpty()) {
                working << staffId;
                break;
            }
        }
    }
    if (working.isEmpty())
        return QList<Slot> {};
    auto occupancy = Occupancy::load(
        m_store, working, resourceIds, query.clientId,
        { range.from - Occupancy::kMaxBusyMsecs, range.to + Occupancy::kMaxBusyMsecs });
    if (!occupancy)
        return occupancy.error();
    const Occupancy &taken = *occupancy;

    QList<Slot> found;
    for (QDate day = query.firstDay; day <= query.lastDay; day = day.addDays(1)) {
        const qint64 midnight = WorkingTime::utcMsecs(day, 0, zone);
        for (const Id &staffId : std::as_const(working)) {
            IntervalSet free = schedule.workingTime(staffId, day, zone);
            free.subtract(taken.staffBusy(staffId));
            for (const TimeInterval &span : free.intervals()) {
                // The grid from local midnight, and the first start that fits
                // right after the previous booking or the start of work.
                QList<qint64> starts { span.from + before };
                qint64 t = midnight + ((span.from + before - midnight + step - 1) / step) * step;
                for (; t + length + after <= span.to; t += step)
                    starts << t;
                std::sort(starts.begin(), starts.end());
                starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
                for (qint64 start : std::as_const(starts)) {
                    const TimeInterval busy { start - before, start + length + after };
                    if (start < query.notBeforeMsecs || !span.contains(busy))
                        continue;
                    if (!query.clientId.isNull() && taken.clientClash({ start, start + length }))
                        continue;
                    Id resourceId;
                    if (!resources.isEmpty()) {
                        const auto freeOne = std::find_if(
                            resources.begin(), resources.end(),
                            [&](const Resource &r) { return !taken.resourceClash(r.id, busy); });
                        if (freeOne == resources.end())
                            continue;
                        resourceId = freeOne->id;
                    }
                    found << Slot { { start, start + length }, staffId, resourceId };
                }
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const Slot &a, const Slot &b) {
        return a.time.from != b.time.from ? a.time.from < b.time.from : a.staffId < b.staffId;
    });
    if (query.maxSlots >= 0 && found.size() > query.maxSlots)
        found.resize(query.maxSlots);
    return found;
}

Result<std::optional<Slot>> AvailabilityFinder::next(const Id &serviceId, const Id &locationId,
                                                     const Id &staffId, qint64 fromMsecs,
                                                     int days) const
{
    auto location = LocationService(m_store).find(locationId);
    if (!location)
        return location.error();
    const QDate first = QDateTime::fromMSecsSinceEpoch(fromMsecs, location->timeZone()).date();
    // A week at a time: the next slot is usually close, and a short range is
    // what the search is fast for.
    for (int offset = 0; offset < days; offset += 7) {
        SlotQuery query;
        query.serviceId = serviceId;
        query.locationId = locationId;
        query.staffId = staffId;
        query.firstDay = first.addDays(offset);
        query.lastDay = first.addDays(std::min(offset + 6, days - 1));
        query.notBeforeMsecs = fromMsecs;
        query.maxSlots = 1;
        auto found = find(query);
        if (!found)
            return found.error();
        if (!found->isEmpty())
            return std::optional<Slot>(found->first());
    }
    return std::optional<Slot>();
}

} // namespace Balcao
