// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimeInterval.h"
#include "common/Error.h"
#include "common/Id.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace Balcao {

class LocalStore;

struct SlotQuery
{
    Id serviceId;
    Id locationId;
    Id staffId; // null: anyone who performs the service
    Id clientId; // optional: skip times the client is already booked
    QDate firstDay; // local dates of the location
    QDate lastDay;
    int stepMinutes = 15;
    qint64 notBeforeMsecs = 0; // usually "now": no slots in the past
    int maxSlots = -1;
    std::optional<int> durationMinutes; // default: the service's
};

struct Slot
{
    TimeInterval time; // the service itself
    Id staffId;
    Id resourceId; // null when the service needs none
    bool operator==(const Slot &) const = default;
};

// Free-slot search: the times a service can start such that the service and
// its buffers fit the staff member's working hours (breaks and time off cut
// out), touch no other booking of that staff member, and find a free
// resource of the kind the service needs. Candidate starts are the step grid
// from local midnight plus the first moment after each booking ends.
class AvailabilityFinder
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::AvailabilityFinder)
public:
    static constexpr int kMaxDays = 92;

    explicit AvailabilityFinder(LocalStore &store);

    // Sorted by start, then staff id.
    Result<QList<Slot>> find(const SlotQuery &query) const;
    // The first free slot from `fromMsecs` on, looking up to `days` ahead.
    Result<std::optional<Slot>> next(const Id &serviceId, const Id &locationId, const Id &staffId,
                                     qint64 fromMsecs, int days = 31) const;

private:
    LocalStore &m_store;
};

} // namespace Balcao
