// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatedNetwork.h"

namespace Balcao::Test {

SimulatedNetwork::SimulatedNetwork(SyncTransport &server, quint32 seed)
    : m_server(server)
    , m_random(seed)
{ }

Error SimulatedNetwork::lost()
{
    return Error { Error::Kind::NotFound, QStringLiteral("sync.unreachable"),
                   QStringLiteral("lost (simulated)") };
}

int SimulatedNetwork::dice()
{
    return m_faults ? static_cast<int>(m_random.bounded(100)) : 99;
}

Result<PushAck> SimulatedNetwork::push(const QString &batchId, const QList<Change> &changes)
{
    if (partitioned)
        return lost();
    const int roll = dice();
    if (roll < 8)
        return lost(); // lost on the way
    if (roll < 12) {
        m_held.append({ batchId, changes }); // delivered later, after newer ones
        return lost();
    }
    auto ack = m_server.push(batchId, changes);
    if (roll < 20)
        return lost(); // the server stored it; the reply is lost
    if (roll < 26)
        ack = m_server.push(batchId, changes); // delivered twice
    return ack;
}

int SimulatedNetwork::shorter(int limit)
{
    return m_faults ? std::min(limit, 1 + static_cast<int>(m_random.bounded(60))) : limit;
}

Result<PullPage> SimulatedNetwork::pull(const QString &after, int limit)
{
    if (partitioned || dice() < 8)
        return lost();
    return m_server.pull(after, shorter(limit));
}

Result<BootstrapPage> SimulatedNetwork::bootstrap(const QString &page, int limit)
{
    if (partitioned || dice() < 8)
        return lost();
    return m_server.bootstrap(page, shorter(limit));
}

void SimulatedNetwork::deliverHeld()
{
    if (partitioned)
        return;
    for (const auto &[batchId, changes] : std::as_const(m_held))
        (void)m_server.push(batchId, changes);
    m_held.clear();
}

void SimulatedNetwork::heal()
{
    partitioned = false;
    deliverHeld();
    m_faults = false;
}

} // namespace Balcao::Test
