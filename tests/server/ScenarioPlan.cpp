// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioPlan.h"

#include <QRandomGenerator>

#include <utility>

namespace Balcao::Test {

namespace {

// How often each kind of step comes up, out of the sum of the weights.
constexpr std::pair<StepKind, int> kWeights[] = {
    { StepKind::AddClient, 3 },
    { StepKind::EditClient, 4 },
    { StepKind::DeleteClient, 1 },
    { StepKind::Sell, 10 },
    { StepKind::ReturnGoods, 4 },
    { StepKind::ExchangeGoods, 2 },
    { StepKind::PayDue, 2 },
    { StepKind::Book, 6 },
    { StepKind::ChangeBooking, 3 },
    { StepKind::ChargeAppointment, 2 },
    { StepKind::OpenShift, 3 },
    { StepKind::MoveCash, 2 },
    { StepKind::CloseShift, 2 },
    { StepKind::CountStock, 2 },
    { StepKind::ResolveConflict, 5 },
    { StepKind::ReturnTwice, 2 },
    { StepKind::BookTwice, 2 },
    { StepKind::OpenDrawerTwice, 1 },
    { StepKind::SellLastUnitsTwice, 1 },
    { StepKind::ResolveTwice, 2 },
    { StepKind::Sync, 24 },
    { StepKind::RestartTerminal, 3 },
    { StepKind::RestartServer, 1 },
    { StepKind::TogglePartition, 4 },
    { StepKind::DeliverHeld, 3 },
    { StepKind::AdvanceTime, 2 },
};

bool isRace(StepKind kind)
{
    return kind == StepKind::ReturnTwice || kind == StepKind::BookTwice
        || kind == StepKind::OpenDrawerTwice || kind == StepKind::SellLastUnitsTwice
        || kind == StepKind::ResolveTwice;
}

StepKind drawKind(QRandomGenerator &random)
{
    int total = 0;
    for (const auto &[kind, weight] : kWeights)
        total += weight;
    int roll = static_cast<int>(random.bounded(total));
    for (const auto &[kind, weight] : kWeights) {
        if (roll < weight)
            return kind;
        roll -= weight;
    }
    return StepKind::Sync;
}

} // namespace

QString stepKindName(StepKind kind)
{
    switch (kind) {
    case StepKind::AddClient:
        return QStringLiteral("add client");
    case StepKind::EditClient:
        return QStringLiteral("edit client");
    case StepKind::DeleteClient:
        return QStringLiteral("delete client");
    case StepKind::Sell:
        return QStringLiteral("sell");
    case StepKind::ReturnGoods:
        return QStringLiteral("return");
    case StepKind::ExchangeGoods:
        return QStringLiteral("exchange");
    case StepKind::PayDue:
        return QStringLiteral("pay due");
    case StepKind::Book:
        return QStringLiteral("book");
    case StepKind::ChangeBooking:
        return QStringLiteral("change booking");
    case StepKind::ChargeAppointment:
        return QStringLiteral("charge appointment");
    case StepKind::OpenShift:
        return QStringLiteral("open shift");
    case StepKind::MoveCash:
        return QStringLiteral("cash in/out");
    case StepKind::CloseShift:
        return QStringLiteral("close shift");
    case StepKind::CountStock:
        return QStringLiteral("stock movement");
    case StepKind::ResolveConflict:
        return QStringLiteral("resolve conflict");
    case StepKind::ReturnTwice:
        return QStringLiteral("race: return twice");
    case StepKind::BookTwice:
        return QStringLiteral("race: book twice");
    case StepKind::OpenDrawerTwice:
        return QStringLiteral("race: open drawer twice");
    case StepKind::SellLastUnitsTwice:
        return QStringLiteral("race: sell last units twice");
    case StepKind::ResolveTwice:
        return QStringLiteral("race: resolve twice");
    case StepKind::Sync:
        return QStringLiteral("sync");
    case StepKind::RestartTerminal:
        return QStringLiteral("restart terminal");
    case StepKind::RestartServer:
        return QStringLiteral("restart server");
    case StepKind::TogglePartition:
        return QStringLiteral("toggle partition");
    case StepKind::DeliverHeld:
        return QStringLiteral("deliver held");
    case StepKind::AdvanceTime:
        return QStringLiteral("advance time");
    case StepKind::Join:
        return QStringLiteral("join");
    }
    return QStringLiteral("?");
}

ScenarioPlan ScenarioGenerator::generate(quint32 seed)
{
    QRandomGenerator random(seed);
    ScenarioPlan plan;
    plan.seed = seed;
    plan.terminals = 2 + static_cast<int>(random.bounded(7));
    // Most terminals are there from the start; the others join on the way.
    plan.joinedAtStart = 2 + static_cast<int>(random.bounded(plan.terminals - 1));
    for (int t = 0; t < plan.terminals; ++t)
        plan.clockSkews << random.bounded(-90'000, 90'000);

    const int count = 60 + static_cast<int>(random.bounded(60));
    // Late terminals join at random points of the first half.
    QList<int> joinAt;
    for (int t = plan.joinedAtStart; t < plan.terminals; ++t)
        joinAt << static_cast<int>(random.bounded(count / 2));
    int joined = plan.joinedAtStart;
    for (int i = 0; i < count; ++i) {
        for (int t = plan.joinedAtStart; t < plan.terminals; ++t) {
            if (joinAt.at(t - plan.joinedAtStart) == i) {
                plan.steps << Step { StepKind::Join, joined, -1 };
                ++joined;
            }
        }
        Step step;
        step.kind = drawKind(random);
        step.terminal = static_cast<int>(random.bounded(joined));
        if (isRace(step.kind)) {
            step.other = static_cast<int>(random.bounded(joined - 1));
            if (step.other >= step.terminal)
                ++step.other;
        }
        plan.steps << step;
    }
    return plan;
}

} // namespace Balcao::Test
