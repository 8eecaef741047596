// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScenarioActions.h"
#include "SimulatedBusiness.h"

#include <QStringList>

namespace Balcao::Test {

// What must hold once the network has healed and every terminal has synced
// until quiet. Each check returns what is wrong, in words, or nothing.
class ConvergenceChecks
{
public:
    ConvergenceChecks(SimulatedBusiness &business, const ActionRecord &record);

    QStringList run();

private:
    // Every outbox empty, and one state hash everywhere.
    QStringList sameState();
    // The same open conflicts everywhere, and each inbox in step with what
    // the checks find in the data: nothing found is missing, nothing open is
    // stale.
    QStringList sameConflicts();
    // Every ledger fact (sale, line, payment, return, stock and cash movement,
    // account entry, audit fact) exactly once on every terminal and on the
    // server: no fact lost, none doubled, none made up.
    QStringList factsOnce();
    // Stock on hand, what clients owe and what drawers should hold equal
    // their recomputation from the ledgers, on every terminal.
    QStringList stockFromMovements(SimulatedTerminal &t);
    QStringList dueFromLedgers(SimulatedTerminal &t);
    QStringList shiftsFromCash(SimulatedTerminal &t);
    // The latest edit of every client field survived the merge.
    QStringList latestClientEdits(SimulatedTerminal &t);
    // A terminal bootstrapped now from the server has the terminals' state.
    QStringList serverState();

    SimulatedBusiness &m_business;
    const ActionRecord &m_record;
    QString m_hash;
};

} // namespace Balcao::Test
