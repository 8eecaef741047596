// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaQuery.h"

#include "AppointmentBook.h"
#include "StaffSchedule.h"
#include "staff/StaffService.h"

namespace Balcao {

TimeInterval AgendaPeriod::range() const
{
    if (!first.isValid() || !last.isValid())
        return {};
    return { WorkingTime::utcMsecs(first, 0, zone), WorkingTime::utcMsecs(last, 24 * 60, zone) };
}

AgendaQuery::AgendaQuery(LocalStore &store)
    : m_store(store)
{ }

Result<AgendaData> AgendaQuery::read(const AgendaPeriod &period) const
{
    if (period.locationId.isNull() || !period.first.isValid() || !period.last.isValid()
        || period.last < period.first)
        return Error::invalid(QStringLiteral("agenda.period"),
                              tr("The agenda needs a location and a valid range of days."));
    AgendaData data;
    data.appointments = AppointmentBook(m_store).list(period.locationId, period.range());

    for (const StaffMember &m : StaffService(m_store).members()) {
        data.staffNames.insert(m.id, m.displayName);
        if (m.active && m.locationId == period.locationId)
            data.staff << m.id;
    }
    for (const Appointment &a : std::as_const(data.appointments)) {
        for (const AppointmentItem &item : a.items) {
            if (!item.staffId.isNull() && !data.staff.contains(item.staffId))
                data.staff << item.staffId;
        }
        if (!a.staffId.isNull() && !data.staff.contains(a.staffId))
            data.staff << a.staffId;
    }

    for (const Resource &r : ResourceService(m_store).list(period.locationId, {}, false)) {
        data.resourceNames.insert(r.id, r.name);
        if (r.active)
            data.resources << r;
    }

    const StaffSchedule::Snapshot schedule = StaffSchedule(m_store).snapshot(
        data.staff, period.locationId, period.first, period.last, period.zone);
    for (const Id &id : std::as_const(data.staff)) {
        QList<IntervalSet> days;
        days.reserve(period.dayCount());
        for (QDate day = period.first; day <= period.last; day = day.addDays(1))
            days << schedule.workingTime(id, day, period.zone);
        data.workingTime.insert(id, days);
    }
    return data;
}

} // namespace Balcao
