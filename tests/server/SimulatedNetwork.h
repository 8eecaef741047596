// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncTransport.h"

#include <QRandomGenerator>

namespace Balcao::Test {

// The network between one terminal and the server, with faults drawn from
// the scenario's seed: requests lost before or after the server acted,
// requests delivered twice, requests held back and delivered later
// (reordered), and partitions during which nothing gets through. Pages come
// short (1 to 60 rows, as a server may serve fewer than asked for), so that
// pulls and bootstraps span many pages and break off between them.
class SimulatedNetwork final : public SyncTransport
{
public:
    SimulatedNetwork(SyncTransport &server, quint32 seed);

    Result<PushAck> push(const QString &batchId, const QList<Change> &changes) override;
    Result<PullPage> pull(const QString &after, int limit) override;
    Result<BootstrapPage> bootstrap(const QString &page, int limit) override;

    // Held-back requests finally arrive; their replies go nowhere.
    void deliverHeld();
    // Healing: no more faults, nothing held back, whole pages.
    void heal();

    bool partitioned = false;

private:
    static Error lost();
    int dice();
    int shorter(int limit);

    SyncTransport &m_server;
    QRandomGenerator m_random;
    bool m_faults = true;
    QList<std::pair<QString, QList<Change>>> m_held;
};

} // namespace Balcao::Test
