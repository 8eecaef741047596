// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Appointment.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace Balcao {

class LocalStore;

// What a booking would be, with the issues found, before anything is saved:
// the UI shows the issues and asks a manager before booking with override.
struct BookingPlan
{
    Appointment appointment;
    QList<BookingIssue> issues;
};

// Plans one visit without writing anything (docs/scheduling.md, Booking):
// checks the request (services, source, notes, start, client, staff and
// rooms), lays the services one after the other from the start, and where
// the request says "anyone" or "any room" takes the first performer and
// room with no issue then — failing that the one with the fewest, so the
// issues say why nobody fits. AppointmentBook books what it plans; the
// booking dialog shows it as the form changes. It reads only what can be
// chosen: the staff and rooms asked for, or those who perform the service
// and the rooms of its kind, around the visit's time.
class BookingPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::BookingPlanner)
public:
    static constexpr int kMaxServices = 20;
    static constexpr int kMaxNotesLength = 10000;

    explicit BookingPlanner(LocalStore &store);

    Result<BookingPlan> plan(const BookingRequest &request) const;

    // Where bookings come from.
    static const QStringList &sources();

private:
    LocalStore &m_store;
};

} // namespace Balcao
