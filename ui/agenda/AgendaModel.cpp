// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaModel.h"

#include "scheduling/AppointmentBook.h"
#include "scheduling/ResourceService.h"
#include "scheduling/StaffSchedule.h"
#include "staff/StaffService.h"
#include "storage/LocalStore.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace Balcao {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
// Without hours or bookings the axis shows a usual business day.
constexpr int kDefaultFirst = 8 * 60;
constexpr int kDefaultLast = 20 * 60;

int key(int day, int column)
{
    return day * 10000 + column;
}

} // namespace

AgendaModel::AgendaModel(LocalStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

void AgendaModel::setLocation(const Location &location)
{
    m_location = location;
    m_zone = location.timeZone().isValid() ? location.timeZone() : QTimeZone::utc();
}

void AgendaModel::setDate(const QDate &date)
{
    m_date = date;
}

void AgendaModel::setSpan(Span span)
{
    m_span = span;
}

void AgendaModel::setColumnKind(ColumnKind kind)
{
    m_columnKind = kind;
}

const Appointment *AgendaModel::appointment(const Id &id) const
{
    const auto found = m_appointmentIndex.constFind(id);
    return found == m_appointmentIndex.cend() ? nullptr : &m_appointments.at(*found);
}

int AgendaModel::columnOf(const Id &id) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).id == id)
            return c;
    }
    return -1;
}

QList<std::pair<int, int>> AgendaModel::workingMinutes(int day, int column) const
{
    return m_working.value(key(day, column));
}

bool AgendaModel::isIdle(int day) const
{
    return day >= 0 && day < m_idle.size() && m_idle.at(day);
}

qint64 AgendaModel::utcAt(int day, int minute) const
{
    // Minutes past midnight roll over into the next days.
    const int extraDays = minute >= 0 ? minute / kMinutesPerDay : -((-minute + 1439) / 1440);
    const QDate date = m_days.value(day).addDays(extraDays);
    return WorkingTime::utcMsecs(date, minute - extraDays * kMinutesPerDay, m_zone);
}

int AgendaModel::localMinute(int day, qint64 msecs) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msecs, m_zone);
    const qint64 days = m_days.value(day).daysTo(local.date());
    const QTime t = local.time();
    return static_cast<int>(days * kMinutesPerDay + t.hour() * 60 + t.minute());
}

TimeInterval AgendaModel::range() const
{
    if (m_days.isEmpty())
        return {};
    return { utcAt(0, 0), utcAt(static_cast<int>(m_days.size()) - 1, kMinutesPerDay) };
}

qint64 AgendaModel::nowMsecs() const
{
    return m_store.clock().nowMsecsSinceEpoch();
}

int AgendaModel::today() const
{
    return dayOf(QDateTime::fromMSecsSinceEpoch(nowMsecs(), m_zone).date());
}

void AgendaModel::reload()
{
    m_days.clear();
    m_columns.clear();
    m_blocks.clear();
    m_appointments.clear();
    m_appointmentIndex.clear();
    m_staffNames.clear();
    m_resourceNames.clear();
    m_working.clear();
    m_idle.clear();

    QDate first = m_date;
    int count = 1;
    if (m_span == Span::Week) {
        const int weekStart = QLocale().firstDayOfWeek();
        first = m_date.addDays(-((m_date.dayOfWeek() - weekStart + 7) % 7));
        count = 7;
    }
    for (int d = 0; d < count; ++d)
        m_days << first.addDays(d);

    if (m_location.id.isNull()) {
        computeAxis();
        emit reloaded();
        return;
    }

    m_appointments = AppointmentBook(m_store).list(m_location.id, range());
    for (qsizetype i = 0; i < m_appointments.size(); ++i)
        m_appointmentIndex.insert(m_appointments.at(i).id, i);

    // Staff of this location, and anyone else the shown visits name, so a
    // booking never disappears from the agenda because of who performs it.
    const QList<StaffMember> members = StaffService(m_store).members();
    QList<Id> staffIds;
    for (const StaffMember &m : members) {
        m_staffNames.insert(m.id, m.displayName);
        if (m.active && m.locationId == m_location.id)
            staffIds << m.id;
    }
    for (const Appointment &a : std::as_const(m_appointments)) {
        for (const AppointmentItem &item : a.items) {
            if (!item.staffId.isNull() && !staffIds.contains(item.staffId))
                staffIds << item.staffId;
        }
    }
    for (const Resource &r : ResourceService(m_store).list(m_location.id, {}, false))
        m_resourceNames.insert(r.id, r.name);

    const StaffSchedule::Snapshot schedule = StaffSchedule(m_store).snapshot(
        staffIds, m_location.id, m_days.first(), m_days.last(), m_zone);
    const auto spansOf = [&](const Id &staffId, int day) {
        QList<std::pair<int, int>> spans;
        const IntervalSet set = schedule.workingTime(staffId, m_days.at(day), m_zone);
        for (const TimeInterval &i : set.intervals())
            spans.append({ std::max(0, localMinute(day, i.from)),
                           std::min(kMinutesPerDay, localMinute(day, i.to)) });
        return spans;
    };

    if (m_columnKind == ColumnKind::Staff) {
        for (const Id &id : std::as_const(staffIds))
            m_columns << AgendaColumn { id, m_staffNames.value(id, tr("Unknown staff member")) };
        std::stable_sort(m_columns.begin(), m_columns.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        for (int d = 0; d < m_days.size(); ++d) {
            for (int c = 0; c < m_columns.size(); ++c)
                m_working.insert(key(d, c), spansOf(m_columns.at(c).id, d));
        }
    } else {
        for (const Resource &r : ResourceService(m_store).list(m_location.id))
            m_columns << AgendaColumn { r.id, r.name };
        for (int d = 0; d < m_days.size(); ++d) {
            // A room is open while anyone works: the union of everyone's hours.
            IntervalSet open;
            for (const Id &id : std::as_const(staffIds)) {
                for (const TimeInterval &i :
                     schedule.workingTime(id, m_days.at(d), m_zone).intervals())
                    open.add(i);
            }
            QList<std::pair<int, int>> spans;
            for (const TimeInterval &i : open.intervals())
                spans.append({ std::max(0, localMinute(d, i.from)),
                               std::min(kMinutesPerDay, localMinute(d, i.to)) });
            for (int c = 0; c < m_columns.size(); ++c)
                m_working.insert(key(d, c), spans);
        }
    }

    // One block per staff member (or resource) of each visit, spanning that
    // person's services.
    const TimeInterval shown = range();
    for (const Appointment &a : std::as_const(m_appointments)) {
        QList<Id> owners;
        QHash<Id, TimeInterval> spans;
        QHash<Id, bool> holdsLast;
        const AppointmentItem *last = nullptr;
        for (const AppointmentItem &item : a.items) {
            if (!last || item.time.to >= last->time.to)
                last = &item;
        }
        for (const AppointmentItem &item : a.items) {
            const Id owner = m_columnKind == ColumnKind::Staff ? item.staffId : item.resourceId;
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
        if (a.items.isEmpty() && m_columnKind == ColumnKind::Staff && !a.staffId.isNull()) {
            owners << a.staffId;
            spans.insert(a.staffId, a.time);
        }
        for (const Id &owner : std::as_const(owners)) {
            const int column = columnOf(owner);
            const TimeInterval span = spans.value(owner);
            if (column < 0 || !span.overlaps(shown))
                continue;
            const QDate startDay
                = QDateTime::fromMSecsSinceEpoch(std::max(span.from, shown.from), m_zone).date();
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
            if (block.endMinute <= block.startMinute)
                block.endMinute = std::min(kMinutesPerDay, block.startMinute + 5);
            block.movesStaff = m_columnKind == ColumnKind::Staff && owner == a.staffId;
            block.resizable = holdsLast.value(owner);
            block.status = a.status;
            m_blocks << block;
        }
    }
    layOutLanes();

    for (int d = 0; d < m_days.size(); ++d) {
        bool idle = true;
        for (int c = 0; c < m_columns.size() && idle; ++c)
            idle = m_working.value(key(d, c)).isEmpty();
        for (const AgendaBlock &b : std::as_const(m_blocks)) {
            if (b.day == d)
                idle = false;
        }
        m_idle << idle;
    }
    computeAxis();
    emit reloaded();
}

void AgendaModel::layOutLanes()
{
    std::stable_sort(m_blocks.begin(), m_blocks.end(), [](const auto &a, const auto &b) {
        if (a.day != b.day)
            return a.day < b.day;
        if (a.column != b.column)
            return a.column < b.column;
        if (a.startMinute != b.startMinute)
            return a.startMinute < b.startMinute;
        return a.endMinute > b.endMinute;
    });
    // Greedy lanes per cluster of blocks that overlap one another, so a
    // lone block keeps the column's whole width.
    qsizetype clusterStart = 0;
    QList<int> laneEnds;
    int clusterEnd = -1;
    const auto closeCluster = [&](qsizetype end) {
        for (qsizetype i = clusterStart; i < end; ++i)
            m_blocks[i].lanes = static_cast<int>(laneEnds.size());
        laneEnds.clear();
        clusterStart = end;
    };
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        AgendaBlock &b = m_blocks[i];
        const bool sameColumn
            = i > 0 && m_blocks.at(i - 1).day == b.day && m_blocks.at(i - 1).column == b.column;
        if (i > clusterStart && (!sameColumn || b.startMinute >= clusterEnd))
            closeCluster(i);
        if (i == clusterStart)
            clusterEnd = b.endMinute;
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > b.startMinute)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds << b.endMinute;
        else
            laneEnds[lane] = b.endMinute;
        b.lane = lane;
        clusterEnd = std::max(clusterEnd, b.endMinute);
    }
    closeCluster(m_blocks.size());
}

void AgendaModel::computeAxis()
{
    int first = kMinutesPerDay;
    int last = 0;
    for (auto it = m_working.cbegin(); it != m_working.cend(); ++it) {
        for (const auto &[from, to] : *it) {
            first = std::min(first, from);
            last = std::max(last, to);
        }
    }
    for (const AgendaBlock &b : std::as_const(m_blocks)) {
        first = std::min(first, b.startMinute);
        last = std::max(last, b.endMinute);
    }
    if (last <= first) {
        first = kDefaultFirst;
        last = kDefaultLast;
    } else {
        // An hour either side shows where the working day starts and ends.
        first = std::max(0, (first / 60) * 60 - 60);
        last = std::min(kMinutesPerDay, ((last + 59) / 60) * 60 + 60);
    }
    m_firstMinute = first;
    m_lastMinute = last;
}

} // namespace Balcao
