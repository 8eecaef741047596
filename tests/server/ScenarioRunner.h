// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScenarioActions.h"

#include <QMap>
#include <QStringList>

namespace Balcao::Test {

struct ScenarioOutcome
{
    int terminals = 0;
    int steps = 0;
    QStringList problems; // empty: every check held
    QStringList trace; // one line per step
    ActionRecord record;
    QMap<QString, int> conflicts; // "kind status" → how many at the end
};

// One seeded scenario from start to end: the plan is drawn from the seed,
// the business opened, every step run (data steps through ScenarioActions,
// the weather here), the network healed, and ConvergenceChecks run.
class ScenarioRunner
{
public:
    static ScenarioOutcome run(quint32 seed, const QString &backend);
};

} // namespace Balcao::Test
