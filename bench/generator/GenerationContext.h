// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimulatedClock.h"
#include "common/Id.h"

#include <QList>
#include <QString>

#include <functional>

namespace Balcao {
class LocalStore;
}

namespace Balcao::Bench {

using ProgressSink = std::function<void(const QString &line)>;

// What the entity generators share: the store they write to through the
// services, the simulated clock, the seed for their own random streams, and
// the ids of what was made before them (appointments will need clients,
// staff and locations).
struct GenerationContext
{
    LocalStore &store;
    SimulatedClock &clock;
    quint64 seed = 0;
    int batchSize = 1000;
    ProgressSink progress;

    QList<Id> locationIds;
    QList<Id> staffIds;
    QList<Id> clientIds;
    QList<Id> serviceIds;
    QList<Id> appointmentIds;
    QList<Id> productIds;

    void report(const QString &line) const
    {
        if (progress)
            progress(line);
    }
};

} // namespace Balcao::Bench
