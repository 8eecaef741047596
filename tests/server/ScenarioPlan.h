// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Balcao::Test {

// What a step of a scenario does. Data steps call the real core services on
// one terminal; races make two terminals that cannot see each other do the
// same thing; the rest is the weather (network, restarts, time).
enum class StepKind {
    AddClient,
    EditClient,
    DeleteClient,
    Sell,
    ReturnGoods,
    ExchangeGoods,
    PayDue,
    Book,
    ChangeBooking,
    ChargeAppointment,
    OpenShift,
    MoveCash,
    CloseShift,
    CountStock,
    ResolveConflict,
    // Races.
    ReturnTwice, // the same sale's units returned on two terminals
    BookTwice, // the same staff member and time booked on two terminals
    OpenDrawerTwice, // the same drawer opened on two terminals
    SellLastUnitsTwice, // the last units of a product sold on two terminals
    ResolveTwice, // the same conflict resolved on two terminals
    // Weather.
    Sync,
    RestartTerminal, // killed and started again
    RestartServer,
    TogglePartition,
    DeliverHeld, // held-back pushes arrive late
    AdvanceTime,
    Join, // a terminal that was not there yet joins the business
};
QString stepKindName(StepKind kind);

struct Step
{
    StepKind kind = StepKind::Sync;
    int terminal = 0;
    int other = -1; // the second terminal of a race
};

// A scenario, drawn from its seed: how many terminals (2–8), how many of
// them are there from the start, their clock skews and the steps.
struct ScenarioPlan
{
    quint32 seed = 0;
    int terminals = 2;
    int joinedAtStart = 2;
    QList<qint64> clockSkews; // per terminal, within the server's bound
    QList<Step> steps;
};

class ScenarioGenerator
{
public:
    static ScenarioPlan generate(quint32 seed);
};

} // namespace Balcao::Test
