// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "locations/LocationService.h"
#include "scheduling/Appointment.h"

#include <QDate>
#include <QHash>
#include <QObject>

namespace Balcao {

class LocalStore;

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
    int day = 0; // index into AgendaModel::days()
    int column = 0; // index into AgendaModel::columns()
    int startMinute = 0; // from the local midnight of the day
    int endMinute = 0;
    qint64 startMsecs = 0; // UTC span of the block
    qint64 endMsecs = 0;
    // Side by side when blocks overlap in one column (an overridden double
    // booking, a cancelled visit and its replacement).
    int lane = 0;
    int lanes = 1;
    // The first staff member's part: dragging it to another staff column
    // gives the visit to that person (AppointmentBook::move's staff id).
    bool movesStaff = false;
    // Holds the visit's last service, whose end a resize changes.
    bool resizable = false;
    AppointmentStatus status = AppointmentStatus::Booked;
};

// The day or week of one location the agenda shows: its days, one column per
// staff member (or resource), the appointments laid out as blocks in local
// wall-clock time, and each column's working hours. Reads through
// AppointmentBook, StaffSchedule, StaffService and ResourceService; decides
// nothing about what may be booked.
class AgendaModel : public QObject
{
    Q_OBJECT
public:
    enum class Span { Day, Week };
    enum class ColumnKind { Staff, Resources };
    Q_ENUM(Span)
    Q_ENUM(ColumnKind)

    explicit AgendaModel(LocalStore &store, QObject *parent = nullptr);

    void setLocation(const Location &location);
    const Location &location() const { return m_location; }
    QTimeZone timeZone() const { return m_zone; }
    // Any day of the period: a week view starts on the locale's first day
    // of the week.
    void setDate(const QDate &date);
    QDate date() const { return m_date; }
    void setSpan(Span span);
    Span span() const { return m_span; }
    void setColumnKind(ColumnKind kind);
    ColumnKind columnKind() const { return m_columnKind; }
    // Reads everything again (after a change here or a sync round).
    void reload();

    const QList<QDate> &days() const { return m_days; }
    const QList<AgendaColumn> &columns() const { return m_columns; }
    const QList<AgendaBlock> &blocks() const { return m_blocks; }
    const QList<Appointment> &appointments() const { return m_appointments; }
    const Appointment *appointment(const Id &id) const;
    int dayOf(const QDate &date) const { return static_cast<int>(m_days.indexOf(date)); }
    int columnOf(const Id &id) const;
    QString staffName(const Id &staffId) const { return m_staffNames.value(staffId); }
    QString resourceName(const Id &resourceId) const { return m_resourceNames.value(resourceId); }

    // Working spans of a column on a day, in local minutes [start, end).
    // Resources "work" when any staff member does.
    QList<std::pair<int, int>> workingMinutes(int day, int column) const;
    // Nobody works and nothing is booked: the week view narrows the day.
    bool isIdle(int day) const;
    // The hours the time axis shows (whole hours around work and bookings).
    int firstMinute() const { return m_firstMinute; }
    int lastMinute() const { return m_lastMinute; }

    // The UTC instant of a local wall-clock minute of a day (DST-safe).
    qint64 utcAt(int day, int minute) const;
    // Minutes from the day's local midnight to `msecs` (beyond 1440 when
    // it falls on a later date).
    int localMinute(int day, qint64 msecs) const;
    TimeInterval range() const;
    // "Now" by the store's clock (the fake one in tests).
    qint64 nowMsecs() const;
    int today() const;

signals:
    void reloaded();

private:
    void layOutLanes();
    void computeAxis();

    LocalStore &m_store;
    Location m_location;
    QTimeZone m_zone = QTimeZone::utc();
    QDate m_date = QDate::currentDate();
    Span m_span = Span::Week;
    ColumnKind m_columnKind = ColumnKind::Staff;

    QList<QDate> m_days;
    QList<AgendaColumn> m_columns;
    QList<AgendaBlock> m_blocks;
    QList<Appointment> m_appointments;
    QHash<Id, qsizetype> m_appointmentIndex;
    QHash<Id, QString> m_staffNames;
    QHash<Id, QString> m_resourceNames;
    QHash<int, QList<std::pair<int, int>>> m_working; // key: day * 10000 + column
    QList<bool> m_idle;
    int m_firstMinute = 8 * 60;
    int m_lastMinute = 20 * 60;
};

} // namespace Balcao
