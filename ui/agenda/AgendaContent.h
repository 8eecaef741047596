// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/AgendaQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <utility>

namespace Balcao {

enum class AgendaSpan { Day, Week };
enum class AgendaColumnKind { Staff, Resources };

// A column of the agenda: a staff member or a resource (room, chair...).
struct AgendaColumn
{
    Id id;
    QString name;
};

// Where one appointment (or the part of it one staff member or resource
// performs) sits in the grid, in the location's wall-clock minutes.
struct AgendaBlock
{
    Id appointmentId;
    int day = 0; // index into AgendaContent::days()
    int column = 0; // index into AgendaContent::columns()
    int startMinute = 0; // from the local midnight of the day
    int endMinute = 0;
    qint64 startMsecs = 0; // UTC span of the block
    qint64 endMsecs = 0;
    // Side by side when blocks overlap in one column (an overridden double
    // booking, a cancelled visit and its replacement): AgendaLayout places
    // them.
    int lane = 0;
    int lanes = 1;
    // The first staff member's part: dragging it to another staff column
    // gives the visit to that person (AppointmentBook::move's staff id).
    bool movesStaff = false;
    // Holds the visit's last service, whose end a resize changes.
    bool resizable = false;
    AppointmentStatus status = AppointmentStatus::Booked;
    // What the block says, worded where the content is arranged (on the
    // reader's thread), so painting a week only draws.
    QString client;
    QString time; // its span, in the location's wall-clock time
    QString services; // those this column performs
};

// What the agenda asks for: a location's day or week, in staff or resource
// columns.
struct AgendaRequest
{
    AgendaPeriod period;
    AgendaSpan span = AgendaSpan::Week;
    AgendaColumnKind columnKind = AgendaColumnKind::Staff;
};

// One period of the agenda as the grid shows it: its days, one column per
// staff member (or resource), the appointments as blocks in local wall-clock
// minutes, each column's working hours and the hours the time axis spans.
// A value built from an AgendaData by arrange(), which reads nothing, so the
// agenda's reader thread builds it and hands it to the UI thread whole.
class AgendaContent
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::AgendaContent)
public:
    using Spans = QList<std::pair<int, int>>; // local minutes [start, end)

    // Without hours or bookings the axis shows a usual business day.
    static constexpr int kDefaultFirstMinute = 8 * 60;
    static constexpr int kDefaultLastMinute = 20 * 60;

    AgendaContent() = default;
    // The days of `request` and nothing in them (no location, or not read yet).
    explicit AgendaContent(const AgendaRequest &request);
    static AgendaContent arrange(const AgendaRequest &request, AgendaData data);
    // The same period with one appointment as it is now (after a change made
    // here), arranged again without reading: it leaves the period if it
    // moved out of it, and joins it if it moved in.
    AgendaContent withAppointment(const Appointment &changed) const;

    const AgendaRequest &request() const { return m_request; }
    AgendaSpan span() const { return m_request.span; }
    AgendaColumnKind columnKind() const { return m_request.columnKind; }
    const QTimeZone &timeZone() const { return m_request.period.zone; }
    const QList<QDate> &days() const { return m_days; }
    const QList<AgendaColumn> &columns() const { return m_columns; }
    const QList<AgendaBlock> &blocks() const { return m_blocks; }
    const QList<Appointment> &appointments() const { return m_data.appointments; }
    const Appointment *appointment(const Id &id) const;
    int dayOf(const QDate &date) const { return static_cast<int>(m_days.indexOf(date)); }
    int columnOf(const Id &id) const;
    QString staffName(const Id &staffId) const { return m_data.staffNames.value(staffId); }
    QString resourceName(const Id &id) const { return m_data.resourceNames.value(id); }
    // The services of a visit that a column's staff member or resource
    // performs.
    QStringList servicesIn(const Appointment &appointment, int column) const;
    // In the current language and locale; a change of either needs the
    // content arranged again (the page reloads).
    static QString servicesSeparator();

    // Working spans of a column on a day. Resources "work" when any staff
    // member does.
    Spans workingMinutes(int day, int column) const;
    // Nobody works and nothing is booked: the week view narrows the day.
    bool isIdle(int day) const { return m_idle.value(day, false); }
    // The hours the time axis shows (whole hours around work and bookings).
    int firstMinute() const { return m_firstMinute; }
    int lastMinute() const { return m_lastMinute; }

    // The UTC instant of a local wall-clock minute of a day (DST-safe;
    // minutes past 1440 fall on the next days).
    qint64 utcAt(int day, int minute) const;
    // Minutes from the day's local midnight to `msecs` (beyond 1440 when
    // it falls on a later date).
    int localMinute(int day, qint64 msecs) const;
    TimeInterval range() const { return m_request.period.range(); }

private:
    void arrangeAll();
    Spans localSpans(int day, const IntervalSet &set) const;
    void addBlocks(const Appointment &appointment);
    void computeIdleAndAxis();

    AgendaRequest m_request;
    AgendaData m_data;
    QList<QDate> m_days;
    QList<AgendaColumn> m_columns;
    QList<AgendaBlock> m_blocks;
    QHash<Id, qsizetype> m_appointmentIndex;
    QList<Spans> m_working; // [day * columns + column]
    QList<bool> m_idle;
    int m_firstMinute = kDefaultFirstMinute;
    int m_lastMinute = kDefaultLastMinute;
};

} // namespace Balcao
