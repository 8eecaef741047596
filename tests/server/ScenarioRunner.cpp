// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioRunner.h"

#include "ConvergenceChecks.h"

#include <QSqlQuery>

namespace Balcao::Test {

namespace {

// Runs a weather step; false when the scenario cannot go on.
bool weather(SimulatedBusiness &business, const Step &step, QRandomGenerator &random, QString &line)
{
    SimulatedTerminal &t = business.terminal(step.terminal);
    switch (step.kind) {
    case StepKind::Join: {
        auto joined = business.join(step.terminal);
        line += joined ? QStringLiteral("joined")
                       : QStringLiteral("not yet: ") + joined.error().code;
        return true;
    }
    case StepKind::Sync: {
        auto report = business.sync(step.terminal); // failures are the point
        line += report ? QStringLiteral("pushed %1, pulled %2, %3 conflicts opened")
                             .arg(report->pushed)
                             .arg(report->pulled)
                             .arg(report->conflictsOpened)
                       : QStringLiteral("failed: ") + report.error().code;
        return true;
    }
    case StepKind::RestartTerminal:
        t.store->reopen();
        return true;
    case StepKind::RestartServer:
        return business.restartServer();
    case StepKind::TogglePartition:
        t.network->partitioned = !t.network->partitioned;
        line += t.network->partitioned ? QStringLiteral("cut off") : QStringLiteral("back");
        return true;
    case StepKind::DeliverHeld:
        t.network->deliverHeld();
        return true;
    case StepKind::AdvanceTime: {
        const qint64 delta = random.bounded(0, 5000);
        business.advanceTime(delta);
        line += QString::number(delta);
        return true;
    }
    default:
        return true;
    }
}

bool isWeather(StepKind kind)
{
    return kind >= StepKind::Sync;
}

} // namespace

ScenarioOutcome ScenarioRunner::run(quint32 seed, const QString &backend)
{
    ScenarioOutcome out;
    const ScenarioPlan plan = ScenarioGenerator::generate(seed);
    out.terminals = plan.terminals;
    SimulatedBusiness business(plan, backend);
    if (auto opened = business.open(); !opened) {
        out.problems << QStringLiteral("could not set up: ") + opened.error().message;
        return out;
    }
    ScenarioActions actions(business, out.record, seed);
    QRandomGenerator random(seed ^ 0x7ea7u);
    for (const Step &step : plan.steps) {
        // A terminal whose join failed tries again instead.
        Step effective = step;
        for (const int index : { step.terminal, step.other }) {
            if (index >= 0 && !business.terminal(index).joined)
                effective = Step { StepKind::Join, index, -1 };
        }
        if (isWeather(effective.kind)) {
            QString line = business.terminal(effective.terminal).name + QLatin1Char(' ')
                + stepKindName(effective.kind) + QStringLiteral(": ");
            if (!weather(business, effective, random, line)) {
                out.problems << QStringLiteral("the server did not come back after a restart");
                return out;
            }
            out.trace << line;
        } else {
            out.trace << actions.run(step);
        }
        ++out.steps;
        business.advanceTime(10);
    }

    if (auto healed = business.heal(); !healed) {
        out.problems << healed.error().message;
        return out;
    }
    out.problems << ConvergenceChecks(business, out.record).run();

    QSqlQuery q(business.terminal(0).local().database().connection());
    if (q.exec(QStringLiteral("SELECT kind, status, count(*) FROM conflicts WHERE deleted = 0"
                              " GROUP BY kind, status"))) {
        while (q.next())
            out.conflicts[q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString()]
                += q.value(2).toInt();
    }
    return out;
}

} // namespace Balcao::Test
