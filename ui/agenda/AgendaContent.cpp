// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaContent.h"

#include "AgendaLayout.h"
#include "AppointmentWording.h"
#include "scheduling/StaffSchedule.h"

#include <QDateTime>

#include <algorithm>

namespace Balcao {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

} // namespace

AgendaContent::AgendaContent(const AgendaRequest &request)
    : m_request(request)
{
    for (QDate day = request.period.first; day.isValid() && day <= request.period.last;
         day = day.addDays(1))
        m_days << day;
    m_idle = QList<bool>(m_days.size(), true);
}

AgendaContent AgendaContent::arrange(const AgendaRequest &request, AgendaData data)
{
    AgendaContent content(request);
    content.m_data = std::move(data);
    content.arrangeAll();
    return content;
}

AgendaContent AgendaContent::withAppointment(const Appointment &changed) const
{
    AgendaContent next(m_request);
    next.m_data = m_data;
    QList<Appointment> &appointments = next.m_data.appointments;
    appointments.removeIf([&](const Appointment &a) { return a.id == changed.id; });
    // What the agenda lists: live visits of this location in the period.
    if (changed.locationId == m_request.period.locationId && changed.time.overlaps(range())) {
        const auto at = std::upper_bound(
            appointments.begin(), appointments.end(), changed,
            [](const Appointment &a, const Appointment &b) { return a.time.from < b.time.from; });
        appointments.insert(at, changed);
    }
    next.arrangeAll();
    return next;
}

const Appointment *AgendaContent::appointment(const Id &id) const
{
    const auto found = m_appointmentIndex.constFind(id);
    return found == m_appointmentIndex.cend() ? nullptr : &m_data.appointments.at(*found);
}

int AgendaContent::columnOf(const Id &id) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).id == id)
            return c;
    }
    return -1;
}

QStringList AgendaContent::servicesIn(const Appointment &appointment, int column) const
{
    QStringList out;
    const Id owner = m_columns.value(column).id;
    for (const AppointmentItem &item : appointment.items) {
        const Id of
            = m_request.columnKind == AgendaColumnKind::Staff ? item.staffId : item.resourceId;
        if (!owner.isNull() && of == owner)
            out << item.serviceName;
    }
    return out;
}

QString AgendaContent::servicesSeparator()
{
    return tr(" + ", "between the services of one visit");
}

AgendaContent::Spans AgendaContent::workingMinutes(int day, int column) const
{
    const qsizetype index = day * m_columns.size() + column;
    if (day < 0 || column < 0 || column >= m_columns.size() || index >= m_working.size())
        return {};
    return m_working.at(index);
}

qint64 AgendaContent::utcAt(int day, int minute) const
{
    // Minutes past midnight roll over into the next days.
    const int extraDays = minute >= 0 ? minute / kMinutesPerDay
                                      : -((-minute + kMinutesPerDay - 1) / kMinutesPerDay);
    const QDate date = m_days.value(day).addDays(extraDays);
    return WorkingTime::utcMsecs(date, minute - extraDays * kMinutesPerDay, timeZone());
}

int AgendaContent::localMinute(int day, qint64 msecs) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msecs, timeZone());
    const qint64 days = m_days.value(day).daysTo(local.date());
    const QTime t = local.time();
    return static_cast<int>(days * kMinutesPerDay + t.hour() * 60 + t.minute());
}

AgendaContent::Spans AgendaContent::localSpans(int day, const IntervalSet &set) const
{
    Spans spans;
    for (const TimeInterval &i : set.intervals())
        spans.append({ std::max(0, localMinute(day, i.from)),
                       std::min(kMinutesPerDay, localMinute(day, i.to)) });
    return spans;
}

void AgendaContent::arrangeAll()
{
    m_columns.clear();
    m_blocks.clear();
    m_working.clear();
    m_appointmentIndex.clear();
    for (qsizetype i = 0; i < m_data.appointments.size(); ++i)
        m_appointmentIndex.insert(m_data.appointments.at(i).id, i);

    const int days = static_cast<int>(m_days.size());
    const auto workingOf = [&](const Id &staffId, int day) {
        const QList<IntervalSet> sets = m_data.workingTime.value(staffId);
        return day < sets.size() ? sets.at(day) : IntervalSet();
    };
    if (m_request.columnKind == AgendaColumnKind::Staff) {
        for (const Id &id : std::as_const(m_data.staff))
            m_columns << AgendaColumn { id,
                                        m_data.staffNames.value(id, tr("Unknown staff member")) };
        std::stable_sort(m_columns.begin(), m_columns.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        for (int d = 0; d < days; ++d) {
            for (const AgendaColumn &column : std::as_const(m_columns))
                m_working << localSpans(d, workingOf(column.id, d));
        }
    } else {
        for (const Resource &r : std::as_const(m_data.resources))
            m_columns << AgendaColumn { r.id, r.name };
        for (int d = 0; d < days; ++d) {
            // A room is open while anyone works: the union of everyone's hours.
            IntervalSet open;
            for (const Id &id : std::as_const(m_data.staff)) {
                for (const TimeInterval &i : workingOf(id, d).intervals())
                    open.add(i);
            }
            const Spans spans = localSpans(d, open);
            for (qsizetype c = 0; c < m_columns.size(); ++c)
                m_working << spans;
        }
    }
    for (const Appointment &a : std::as_const(m_data.appointments))
        addBlocks(a);
    AgendaLayout::placeSideBySide(m_blocks);
    computeIdleAndAxis();
}

// One block per staff member (or resource) of a visit, spanning that
// person's services.
void AgendaContent::addBlocks(const Appointment &a)
{
    const bool staffColumns = m_request.columnKind == AgendaColumnKind::Staff;
    const TimeInterval shown = range();
    QList<Id> owners;
    QHash<Id, TimeInterval> spans;
    QHash<Id, bool> holdsLast;
    const AppointmentItem *last = nullptr;
    for (const AppointmentItem &item : a.items) {
        if (!last || item.time.to >= last->time.to)
            last = &item;
    }
    for (const AppointmentItem &item : a.items) {
        const Id owner = staffColumns ? item.staffId : item.resourceId;
        if (owner.isNull())
            continue;
        if (!spans.contains(owner)) {
            owners << owner;
            spans.insert(owner, item.time);
        } else {
            TimeInterval &span = spans[owner];
            span = { std::min(span.from, item.time.from), std::max(span.to, item.time.to) };
        }
        if (&item == last)
            holdsLast.insert(owner, true);
    }
    if (a.items.isEmpty() && staffColumns && !a.staffId.isNull()) {
        owners << a.staffId;
        spans.insert(a.staffId, a.time);
    }
    for (const Id &owner : std::as_const(owners)) {
        const int column = columnOf(owner);
        const TimeInterval span = spans.value(owner);
        if (column < 0 || !span.overlaps(shown))
            continue;
        const QDate startDay
            = QDateTime::fromMSecsSinceEpoch(std::max(span.from, shown.from), timeZone()).date();
        const int day = dayOf(startDay);
        if (day < 0)
            continue;
        AgendaBlock block;
        block.appointmentId = a.id;
        block.day = day;
        block.column = column;
        block.startMsecs = span.from;
        block.endMsecs = span.to;
        block.startMinute = std::max(0, localMinute(day, span.from));
        block.endMinute = std::min(kMinutesPerDay, localMinute(day, span.to));
        if (block.endMinute <= block.startMinute) {
            // Within the hour that repeats when the clocks go back, the end
            // reads no later than the start: its real length, then.
            const qint64 minutes = std::max<qint64>(5, (span.to - span.from) / 60'000);
            block.endMinute
                = static_cast<int>(std::min<qint64>(kMinutesPerDay, block.startMinute + minutes));
        }
        block.movesStaff = staffColumns && owner == a.staffId;
        block.resizable = holdsLast.value(owner);
        block.status = a.status;
        block.client = AppointmentWording::client(a);
        block.time = AppointmentWording::timeRange(span.from, span.to, timeZone());
        block.services = servicesIn(a, column).join(servicesSeparator());
        m_blocks << block;
    }
}

void AgendaContent::computeIdleAndAxis()
{
    const int days = static_cast<int>(m_days.size());
    m_idle = QList<bool>(days, true);
    int first = kMinutesPerDay;
    int last = 0;
    for (int d = 0; d < days; ++d) {
        for (int c = 0; c < m_columns.size(); ++c) {
            for (const auto &[from, to] : workingMinutes(d, c)) {
                m_idle[d] = false;
                first = std::min(first, from);
                last = std::max(last, to);
            }
        }
    }
    for (const AgendaBlock &b : std::as_const(m_blocks)) {
        m_idle[b.day] = false;
        first = std::min(first, b.startMinute);
        last = std::max(last, b.endMinute);
    }
    if (last <= first) {
        first = kDefaultFirstMinute;
        last = kDefaultLastMinute;
    } else {
        // An hour either side shows where the working day starts and ends.
        first = std::max(0, (first / 60) * 60 - 60);
        last = std::min(kMinutesPerDay, ((last + 59) / 60) * 60 + 60);
    }
    m_firstMinute = first;
    m_lastMinute = last;
}

} // namespace Balcao
