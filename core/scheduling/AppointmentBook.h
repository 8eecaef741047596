// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Appointment.h"
#include "BookingPlanner.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

class QSqlQuery;

namespace Balcao {

class LocalStore;
struct Location;

// Weekly (or every N weeks) repetition of a booking, until a date or for a
// number of times. Occurrences keep the local wall-clock time across DST.
struct Recurrence
{
    int intervalWeeks = 1;
    std::optional<QDate> until; // inclusive, local date
    std::optional<int> count;
};

enum class SeriesScope { ThisOnly, ThisAndFollowing };

// Books, moves, resizes, cancels and advances appointments. Every change is
// one transaction through the ChangeWriter that also rewrites the
// appointment's reminders, so the outbox never disagrees with the agenda.
class AppointmentBook
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::AppointmentBook)
public:
    static constexpr int kMaxOccurrences = 104;
    static constexpr int kMaxNotesLength = BookingPlanner::kMaxNotesLength;

    explicit AppointmentBook(LocalStore &store);

    // What BookingPlanner plans, once a manager accepted its issues.
    Result<Appointment> book(const BookingRequest &request);
    // Books every occurrence or none. Issues of any occurrence refuse the
    // whole series unless overridden.
    Result<QList<Appointment>> bookSeries(const BookingRequest &request,
                                          const Recurrence &recurrence);

    // Moves the visit to start at `startsAtMsecs` (all its services shift
    // together); a non-null `staffId` also gives the first staff member's
    // services to someone else. With ThisAndFollowing, later occurrences of
    // the series move to the same weekday shift and local time.
    struct Change
    {
        bool overrideConflicts = false;
        Id overriddenBy;
        SeriesScope scope = SeriesScope::ThisOnly;
    };
    Result<Appointment> move(const Id &id, qint64 startsAtMsecs, const Id &staffId,
                             const Change &change);
    // Changes when the visit ends (the last service gets longer or shorter).
    Result<Appointment> resize(const Id &id, qint64 endsAtMsecs, const Change &change);
    Result<QList<Appointment>> cancel(const Id &id, const QString &reason,
                                      SeriesScope scope = SeriesScope::ThisOnly);
    Result<Appointment> setStatus(const Id &id, AppointmentStatus status);
    Result<Appointment> setNotes(const Id &id, const std::optional<QString> &notes,
                                 const std::optional<QString> &internalNotes);

    Result<Appointment> find(const Id &id) const;
    // Live appointments of a location overlapping `range`, by start time:
    // what the day and week views show.
    Result<QList<Appointment>> atLocation(const Id &locationId, const TimeInterval &range) const;
    // The same for the agenda's display (AgendaModel), which shows none when
    // the store cannot be read; everything else uses atLocation.
    QList<Appointment> list(const Id &locationId, const TimeInterval &range) const;
    // Newest first.
    Result<QList<Appointment>> forClient(const Id &clientId) const;

    static bool canChangeStatus(AppointmentStatus from, AppointmentStatus to);

private:
    Result<Location> locationOf(const Id &id) const;
    // The occurrences after `appointment` in its series that still hold
    // their time (booked or confirmed), in series order.
    Result<QList<Id>> laterOccurrences(const Appointment &appointment) const;
    Result<void> checkOverride(const QList<BookingIssue> &issues, bool overrideConflicts,
                               const Id &overriddenBy) const;
    // The conflicts the appointment's time has with the others; an error
    // when there are some and they are not overridden.
    Result<QList<BookingIssue>> checkTime(const Appointment &appointment, bool overrideConflicts,
                                          const Id &overriddenBy) const;
    // Writes a moved or resized appointment, auditing the conflicts it was
    // allowed over.
    Result<void> writeMove(const Appointment &moved, const Appointment &before,
                           const QList<BookingIssue> &overridden, const Id &overriddenBy);
    Result<void> write(const Appointment &appointment, const Appointment *before);
    Result<void> audit(const QString &action, const Appointment &appointment,
                       const QList<BookingIssue> &overridden, const Id &by);
    Result<Appointment> applyMove(const Appointment &current, qint64 startsAtMsecs,
                                  const Id &staffId, const Change &change);
    Result<void> loadItems(QList<Appointment> &appointments) const;
    // Runs a query that selects kAppointmentColumns and reads the
    // appointments with their items.
    Result<QList<Appointment>> readAppointments(QSqlQuery &query) const;

    LocalStore &m_store;
};

} // namespace Balcao
