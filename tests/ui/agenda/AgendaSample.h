// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/AgendaContent.h"
#include "scheduling/StaffSchedule.h"

#include <QDate>
#include <QTimeZone>

#include <memory>

namespace Balcao::Test {

// An agenda's content made by hand, without a store: what AgendaQuery would
// have read (staff, hours, appointments) for the layout and painter tests.
class AgendaSample
{
public:
    AgendaSample(const QDate &first, AgendaSpan span,
                 const QTimeZone &zone = QTimeZone("America/Sao_Paulo"))
        : m_zone(zone)
    {
        m_request.period
            = AgendaPeriod { Id::generate(), first,
                             span == AgendaSpan::Week ? first.addDays(6) : first, zone };
        m_request.span = span;
    }

    // A staff member working `from`–`to` (local minutes) on the days of the
    // period whose index is in `days` (all when empty).
    Id addStaff(const QString &name, int from = 9 * 60, int to = 18 * 60, QList<int> days = {})
    {
        const Id id = Id::generate();
        m_data.staff << id;
        m_data.staffNames.insert(id, name);
        QList<IntervalSet> hours;
        int d = 0;
        for (QDate day = m_request.period.first; day <= m_request.period.last;
             day = day.addDays(1), ++d) {
            IntervalSet set;
            if (days.isEmpty() || days.contains(d))
                set.add({ WorkingTime::utcMsecs(day, from, m_zone),
                          WorkingTime::utcMsecs(day, to, m_zone) });
            hours << set;
        }
        m_data.workingTime.insert(id, hours);
        return id;
    }

    // A visit of one service with `staff`, from a local time for a number of
    // real minutes.
    Appointment &add(const Id &staff, int day, int startMinute, int minutes,
                     AppointmentStatus status = AppointmentStatus::Booked,
                     const QString &client = QStringLiteral("Joana Silva"))
    {
        const qint64 from
            = WorkingTime::utcMsecs(m_request.period.first.addDays(day), startMinute, m_zone);
        return addAt(staff, from, minutes, status, client);
    }

    Appointment &addAt(const Id &staff, qint64 fromMsecs, int minutes,
                       AppointmentStatus status = AppointmentStatus::Booked,
                       const QString &client = QStringLiteral("Joana Silva"))
    {
        Appointment a;
        a.id = Id::generate();
        a.locationId = m_request.period.locationId;
        a.clientId = Id::generate();
        a.clientName = client;
        a.staffId = staff;
        a.status = status;
        a.time = { fromMsecs, fromMsecs + minutes * 60'000LL };
        AppointmentItem item;
        item.id = Id::generate();
        item.serviceId = Id::generate();
        item.staffId = staff;
        item.time = a.time;
        item.busy = a.time;
        item.serviceName = QStringLiteral("Cut");
        a.items << item;
        m_data.appointments << a;
        return m_data.appointments.last();
    }

    AgendaRequest request() const { return m_request; }
    std::shared_ptr<const AgendaContent> content() const
    {
        return std::make_shared<const AgendaContent>(AgendaContent::arrange(m_request, m_data));
    }
    // The same hours and staff without any appointment.
    std::shared_ptr<const AgendaContent> emptied() const
    {
        AgendaData data = m_data;
        data.appointments.clear();
        return std::make_shared<const AgendaContent>(AgendaContent::arrange(m_request, data));
    }

private:
    QTimeZone m_zone;
    AgendaRequest m_request;
    AgendaData m_data;
};

} // namespace Balcao::Test
