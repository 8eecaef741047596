// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioRunner.h"
#include "SeedWatchdog.h"
#include "ServerFixture.h"

#include <QHashSeed>
#include <QTest>

#include <limits>

using namespace Balcao;
using namespace Balcao::Test;

// Seeded scenarios over the whole data model: 2–8 terminals sell with split
// payments, return (twice, offline), exchange, book (twice, offline), open
// the one drawer (twice, offline), count stock and resolve conflicts, over a
// network that loses, duplicates and reorders requests, with terminal and
// server restarts and skewed clocks. After healing, ConvergenceChecks must
// hold (one state, one inbox, every fact once, derived numbers equal to
// their ledgers). Real encrypted stores, a real balcaod on loopback, SQLite
// and (when BALCAO_TEST_POSTGRES_URI is set) PostgreSQL.
//
// BALCAO_SIM_SCENARIOS=N runs seeds 1..N per store (default kDefaultScenarios
// on SQLite, kDefaultPostgresScenarios on PostgreSQL, where every scenario sets
// its shop up anew), in rows of kBatch seeds, each seed within kSeedLimit
// (BALCAO_SIM_SEED_LIMIT seconds);
// BALCAO_SIM_SEED=N replays one seed and prints its steps.
class TestSyncSimulation : public QObject
{
    Q_OBJECT

    static constexpr int kDefaultScenarios = 30;
    static constexpr int kDefaultPostgresScenarios = 10;
    static constexpr int kBatch = 20;
    static constexpr std::chrono::seconds kSeedLimit { 300 };

    int m_scenarios = 0;
    int m_failed = 0;
    int m_steps = 0;
    QMap<int, int> m_terminalCounts;
    QMap<QString, int> m_done;
    QMap<QString, int> m_refused;
    QMap<QString, int> m_conflicts;

    static bool replaying() { return qEnvironmentVariableIsSet("BALCAO_SIM_SEED"); }

    void tally(const ScenarioOutcome &outcome)
    {
        ++m_scenarios;
        m_steps += outcome.steps;
        ++m_terminalCounts[outcome.terminals];
        for (auto it = outcome.record.done.cbegin(); it != outcome.record.done.cend(); ++it)
            m_done[it.key()] += it.value();
        for (auto it = outcome.record.refused.cbegin(); it != outcome.record.refused.cend(); ++it)
            m_refused[it.key()] += it.value();
        for (auto it = outcome.conflicts.cbegin(); it != outcome.conflicts.cend(); ++it)
            m_conflicts[it.key()] += it.value();
    }

    static void printMap(const char *title, const QMap<QString, int> &map)
    {
        qInfo("%s:", title);
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            qInfo("  %-48s %7d", qPrintable(it.key()), it.value());
    }

private slots:
    void initTestCase()
    {
        // Hash orders the same in every run, so that a seed replays exactly.
        QHashSeed::setDeterministicGlobalSeed();
    }

    void testSeededScenarios_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<quint32>("first");
        QTest::addColumn<int>("count");
        for (const QString &backend : { QStringLiteral("sqlite"), QStringLiteral("postgres") }) {
            if (replaying()) {
                const quint32 seed = qEnvironmentVariable("BALCAO_SIM_SEED").toUInt();
                QTest::addRow("%s seed %u", qPrintable(backend), seed) << backend << seed << 1;
                continue;
            }
            const int wanted = qEnvironmentVariableIntValue("BALCAO_SIM_SCENARIOS");
            const int total = wanted > 0               ? wanted
                : backend == QLatin1String("postgres") ? kDefaultPostgresScenarios
                                                       : kDefaultScenarios;
            for (int first = 1; first <= total; first += kBatch) {
                const int count = std::min(kBatch, total - first + 1);
                QTest::addRow("%s seeds %d-%d", qPrintable(backend), first, first + count - 1)
                    << backend << static_cast<quint32>(first) << count;
            }
        }
    }

    void testSeededScenarios()
    {
        BALCAO_FETCH_BACKEND();
        QFETCH(quint32, first);
        QFETCH(int, count);
        QStringList failed;
        const int limit = qEnvironmentVariableIntValue("BALCAO_SIM_SEED_LIMIT");
        SeedWatchdog watchdog(limit > 0 ? std::chrono::seconds(limit) : kSeedLimit);
        for (quint32 seed = first; seed < first + static_cast<quint32>(count); ++seed) {
            watchdog.started(seed);
            const ScenarioOutcome outcome = ScenarioRunner::run(seed, backend);
            watchdog.finished();
            tally(outcome);
            if (replaying()) {
                for (const QString &line : outcome.trace)
                    qInfo("%s", qPrintable(line));
            }
            if (outcome.problems.isEmpty())
                continue;
            ++m_failed;
            failed << QString::number(seed);
            // In full here: QtTest cuts a failure message short.
            qWarning("seed %u (%s, %d terminals, %d steps) failed:\n    %s", seed,
                     qPrintable(backend), outcome.terminals, outcome.steps,
                     qPrintable(outcome.problems.join(QStringLiteral("\n    "))));
        }
        QVERIFY2(failed.isEmpty(),
                 qPrintable(QStringLiteral("seeds %1 failed; replay one with BALCAO_SIM_SEED=%2 %3")
                                .arg(failed.join(QStringLiteral(", ")), failed.value(0),
                                     QCoreApplication::applicationFilePath())));
    }

    void cleanupTestCase()
    {
        if (m_scenarios > 0) {
            QMap<QString, int> terminals;
            for (auto it = m_terminalCounts.cbegin(); it != m_terminalCounts.cend(); ++it)
                terminals[QStringLiteral("%1 terminals").arg(it.key())] = it.value();
            printMap("scenarios by terminals", terminals);
            printMap("steps done", m_done);
            printMap("steps refused (by the services, or nothing to act on)", m_refused);
            printMap("conflicts at the end", m_conflicts);
            qInfo("%d steps", m_steps);
        }
        qInfo("sync simulation: %d seeded scenarios, %d failed", m_scenarios, m_failed);
    }
};

int main(int argc, char *argv[])
{
    // QtTest 6.4 times a test function over all its rows together (5 minutes
    // by default), which would cut a long run short however small its
    // batches: each seed has its own limit here instead (SeedWatchdog).
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(std::numeric_limits<int>::max()));
    QCoreApplication app(argc, argv);
    TestSyncSimulation test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestSyncSimulation.moc"
