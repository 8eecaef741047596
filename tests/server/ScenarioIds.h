// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Id.h"

#include <QMutex>
#include <QRandomGenerator>

namespace Balcao::Test {

// Ids drawn from the scenario's seed, so that a replayed seed makes the same
// ids, and with them the same device ids, tie-breaks and orders by id: a
// failure found once can be replayed. Stamped with the simulation's clock,
// never the machine's (the change log asks with the system clock), and kept
// in creation order within a millisecond like Id::generate's own. Installed
// while it lives; one made while another lives hands back to it at the end.
class ScenarioIds final : public IdSource
{
public:
    ScenarioIds(quint32 seed, const Clock &clock);
    ~ScenarioIds() override;
    ScenarioIds(const ScenarioIds &) = delete;
    ScenarioIds &operator=(const ScenarioIds &) = delete;

    QUuid next(const Clock &callerClock) override;

private:
    static ScenarioIds *s_current;
    ScenarioIds *m_previous = nullptr;
    QMutex m_mutex;
    QRandomGenerator m_random;
    const Clock &m_clock;
    qint64 m_lastMsecs = -1;
    quint16 m_sequence = 0;
};

} // namespace Balcao::Test
