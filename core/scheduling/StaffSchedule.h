// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimeInterval.h"
#include "common/Error.h"
#include "common/Id.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QTimeZone>

namespace Balcao {

class LocalStore;

// A part of a working day in the location's local time, in minutes from
// midnight (0..1440).
struct DayPart
{
    enum class Kind { Work, Break };
    int startMinute = 0;
    int endMinute = 0;
    Kind kind = Kind::Work;
    bool operator==(const DayPart &) const = default;
};

struct TimeOff
{
    Id id;
    Id staffId;
    TimeInterval span;
    QString reason;
};

// Turns the week's hours, a date's exception and time off into the UTC
// intervals a staff member can be booked on one local date. Pure: the
// availability search and the booking checks share it.
class WorkingTime
{
public:
    // `exception` set (even empty: a day off) replaces the weekly parts.
    static IntervalSet forDay(const QDate &day, const QTimeZone &zone, const QList<DayPart> &weekly,
                              const std::optional<QList<DayPart>> &exception,
                              const QList<TimeInterval> &timeOff);
    // The UTC instant of a local wall-clock minute of `day` (1440 = the next
    // midnight). In a DST gap the instant after the gap is used.
    static qint64 utcMsecs(const QDate &day, int minute, const QTimeZone &zone);
};

// Weekly hours, date exceptions and time off per staff member and location.
// Each setter replaces what was there through the ChangeWriter (old rows are
// tombstoned, so a concurrent edit elsewhere still merges row by row).
class StaffSchedule
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::StaffSchedule)
public:
    explicit StaffSchedule(LocalStore &store);

    // weekday: 1 = Monday ... 7 = Sunday (Qt's numbering).
    Result<void> setWeeklyHours(const Id &staffId, const Id &locationId, int weekday,
                                const QList<DayPart> &parts);
    QList<DayPart> weeklyHours(const Id &staffId, const Id &locationId, int weekday) const;

    // An empty list makes the date a day off.
    Result<void> setDateException(const Id &staffId, const Id &locationId, const QDate &day,
                                  const QList<DayPart> &parts);
    Result<void> clearDateException(const Id &staffId, const Id &locationId, const QDate &day);
    std::optional<QList<DayPart>> dateException(const Id &staffId, const Id &locationId,
                                                const QDate &day) const;

    Result<Id> addTimeOff(const Id &staffId, const TimeInterval &span, const QString &reason);
    Result<void> removeTimeOff(const Id &timeOffId);
    QList<TimeOff> timeOff(const Id &staffId, const TimeInterval &range) const;

    // Everything needed to compute working time for several staff members
    // over a date range, read in three queries.
    struct Snapshot
    {
        QHash<QString, QList<DayPart>> weekly; // key: staff id + '/' + weekday
        QHash<QString, QList<DayPart>> exceptions; // key: staff id + '/' + ISO date
        QHash<QString, QList<TimeInterval>> timeOff; // key: staff id
        IntervalSet workingTime(const Id &staffId, const QDate &day, const QTimeZone &zone) const;
    };
    // A read that fails is an error: an empty snapshot reads as "nobody
    // works", a full one as the wrong hours.
    Result<Snapshot> loadSnapshot(const QList<Id> &staffIds, const Id &locationId,
                                  const QDate &first, const QDate &last,
                                  const QTimeZone &zone) const;
    // For the agenda's display (AgendaModel), which shows no hours when the
    // store cannot be read; bookings and availability use loadSnapshot.
    Snapshot snapshot(const QList<Id> &staffIds, const Id &locationId, const QDate &first,
                      const QDate &last, const QTimeZone &zone) const;

    static Result<void> checkParts(const QList<DayPart> &parts);

private:
    Result<void> replaceRows(const QString &table, const QString &where,
                             const QVariantList &whereValues, const QList<QVariantMap> &rows);
    LocalStore &m_store;
};

} // namespace Balcao
