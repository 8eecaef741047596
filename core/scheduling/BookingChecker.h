// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Appointment.h"
#include "Occupancy.h"
#include "StaffSchedule.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

namespace Balcao {

class LocalStore;

// The rules a booking or a move is checked against: the staff member
// performs the service and works then (breaks and time off excluded), and
// neither they, the resource nor the client is already booked. Findings are
// warnings a manager may override, not hard errors.
class BookingChecker
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::BookingChecker)
public:
    BookingChecker(LocalStore &store, const Id &locationId, const QTimeZone &zone);

    // Loads what is booked around `items` (ignoring the appointments in
    // `ignore`), then checks them. Items of the same visit never clash with
    // each other. A store that cannot be read is an error, never "no issue".
    Result<QList<BookingIssue>> check(const QList<AppointmentItem> &items, const Id &clientId,
                                      const QSet<Id> &ignore);

    // For planners that try candidates against the same loaded state.
    Result<void> prepare(const QList<Id> &staffIds, const QList<Id> &resourceIds,
                         const Id &clientId, const TimeInterval &range, const QSet<Id> &ignore);
    // `self`: the appointment the item belongs to.
    Result<QList<BookingIssue>> checkItem(const AppointmentItem &item, const QString &resourceKind,
                                          const Id &self = {}) const;
    std::optional<BookingIssue> checkClient(const TimeInterval &visit, const Id &self = {}) const;
    // Marks an item as taken, so the next items of a series see it.
    void take(const AppointmentItem &item, const Id &appointmentId, const Id &clientId);

private:
    Result<bool> performs(const Id &staffId, const Id &serviceId) const;
    bool works(const Id &staffId, const TimeInterval &busy) const;
    Result<QString> staffName(const Id &staffId) const;
    QString when(const TimeInterval &time) const;

    LocalStore &m_store;
    Id m_locationId;
    QTimeZone m_zone;
    Occupancy m_taken;
    StaffSchedule::Snapshot m_schedule;
};

} // namespace Balcao
