// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimeInterval.h"
#include "common/Id.h"
#include "common/Money.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

namespace Balcao {

enum class AppointmentStatus { Booked, Confirmed, CheckedIn, Completed, Cancelled, NoShow };
QString appointmentStatusName(AppointmentStatus status); // stable: "booked", "no_show"...
std::optional<AppointmentStatus> appointmentStatusFromName(const QString &name);
// Cancelled and no-show visits do not hold their time: the slot is free again.
inline bool holdsTime(AppointmentStatus s)
{
    return s != AppointmentStatus::Cancelled && s != AppointmentStatus::NoShow;
}

// One service of a visit, with who performs it and where.
struct AppointmentItem
{
    Id id;
    Id serviceId;
    Id staffId;
    Id resourceId;
    TimeInterval time; // the service itself
    TimeInterval busy; // with the buffers: what nobody else may book
    Money price; // the service's when booked: what the client was told
    int position = 0;
    QString serviceName; // for display; not stored on the item
};

struct Appointment
{
    Id id;
    Id locationId;
    Id clientId;
    Id staffId; // of the first item: the column the agenda shows it in
    TimeInterval time;
    AppointmentStatus status = AppointmentStatus::Booked;
    QString cancelReason;
    QString source = QStringLiteral("front_desk");
    QString notes;
    QString internalNotes;
    Id seriesId;
    int seriesIndex = 0;
    qint64 createdAtMsecs = 0;
    QList<AppointmentItem> items;
    QString clientName; // for display
};

// One service asked for. A null staff id means "anyone who performs it and
// is free"; a null resource id means "any free one of the kind it needs".
struct BookingLine
{
    Id serviceId;
    Id staffId;
    Id resourceId;
    std::optional<int> durationMinutes; // default: the service's
};

struct BookingRequest
{
    Id locationId;
    Id clientId; // may be null for a walk-in without a record
    qint64 startsAtMsecs = 0;
    QList<BookingLine> lines; // performed one after the other
    QString source = QStringLiteral("front_desk");
    QString notes;
    QString internalNotes;
    bool overrideConflicts = false;
    Id overriddenBy; // a manager's or admin's user id, needed to override
};

// Something wrong with a booking or a move that a manager may still accept.
struct BookingIssue
{
    enum class Kind {
        StaffBusy,
        ResourceBusy,
        ClientBusy,
        OutsideWorkingHours,
        CannotPerform,
        NoResource
    };
    Kind kind;
    Id staffId;
    Id resourceId;
    Id otherAppointmentId;
    QString message; // translated, for people
};

QString bookingIssueKindName(BookingIssue::Kind kind);

// The visit spans its services; the agenda shows it in the column of the
// first service's staff member.
inline void settleSpan(Appointment &a)
{
    if (a.items.isEmpty())
        return;
    a.time = a.items.first().time;
    for (const AppointmentItem &i : std::as_const(a.items))
        a.time = { std::min(a.time.from, i.time.from), std::max(a.time.to, i.time.to) };
    a.staffId = a.items.first().staffId;
}

} // namespace Balcao
