// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimeInterval.h"
#include "common/Error.h"
#include "common/Id.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace Balcao {

class LocalStore;

// Who and what is already booked in a span of time: the busy intervals
// (buffers included) of staff members, resources and one client, read from
// appointments that still hold their time. The booking checks and the
// availability search both start from it.
class Occupancy
{
public:
    struct Entry
    {
        TimeInterval busy;
        Id appointmentId;
    };

    // `ignore`: appointments being moved or edited, which must not collide
    // with themselves.
    // A read that fails is an error: an empty occupancy would let anything
    // be booked over anything.
    static Result<Occupancy> load(LocalStore &store, const QList<Id> &staffIds,
                                  const QList<Id> &resourceIds, const Id &clientId,
                                  const TimeInterval &range, const QSet<Id> &ignore = {});

    // `self`: entries of this appointment never clash (the services of one
    // visit, each with its buffers, may overlap each other).
    std::optional<Entry> staffClash(const Id &staffId, const TimeInterval &busy,
                                    const Id &self = {}) const;
    std::optional<Entry> resourceClash(const Id &resourceId, const TimeInterval &busy,
                                       const Id &self = {}) const;
    std::optional<Entry> clientClash(const TimeInterval &time, const Id &self = {}) const;
    IntervalSet staffBusy(const Id &staffId) const;

    // Adds time taken by a booking being planned (several items of one
    // visit, or the occurrences of a series).
    void addStaff(const Id &staffId, const Entry &entry) { m_staff[staffId] << entry; }
    void addResource(const Id &resourceId, const Entry &entry) { m_resources[resourceId] << entry; }
    void addClient(const Entry &entry) { m_client << entry; }

    // The longest a busy interval can be (a day-long service and two
    // four-hour buffers): lets the queries use the (id, busy_from) indexes.
    static constexpr qint64 kMaxBusyMsecs = (24 + 8) * 3600 * 1000LL;

private:
    QHash<Id, QList<Entry>> m_staff;
    QHash<Id, QList<Entry>> m_resources;
    QList<Entry> m_client;
};

} // namespace Balcao
