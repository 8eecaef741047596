// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaBenchmark.h"
#include "BenchOptions.h"
#include "CheckoutBenchmark.h"
#include "Environment.h"
#include "GenerationBenchmark.h"
#include "InsertBenchmark.h"
#include "Log.h"
#include "OpenBenchmark.h"
#include "SavedGeneration.h"
#include "SchedulingBenchmark.h"
#include "SyncBenchmark.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#ifdef BALCAO_BENCH_UI
#include <QApplication>
#endif

using namespace Balcao;
using namespace Balcao::Bench;

namespace {

// Issue 2: client inserts through the service layer at no more than 3x the
// raw-engine baseline.
constexpr double kMaxRatio = 3.0;
// Issue 3: pull-and-apply on the client, bootstrap of a scale-1 business,
// A-to-B latency while both terminals are online.
constexpr double kMinPullApplyPerSecond = 20'000;
constexpr double kMaxBootstrapSeconds = 60;
constexpr double kMaxLatencyP99Ms = 1000;

void addInsertTargets(QJsonObject &out, const QJsonObject &inserts)
{
    out.insert(QStringLiteral("max_ratio_service_to_raw"), kMaxRatio);
    for (const QString &mode : { QStringLiteral("per_transaction"), QStringLiteral("batched") }) {
        const double ratio = inserts.value(mode)
                                 .toObject()
                                 .value(QStringLiteral("ratio_service_to_raw"))
                                 .toDouble();
        out.insert(mode,
                   QJsonObject { { QStringLiteral("ratio"), ratio },
                                 { QStringLiteral("pass"), ratio <= kMaxRatio } });
    }
}

void addSyncTargets(QJsonObject &out, const QJsonObject &sync)
{
    const auto figure = [&](const char *part, const char *key) {
        return sync.value(QLatin1String(part)).toObject().value(QLatin1String(key)).toDouble();
    };
    const double pullRate = figure("pull_apply", "changes_per_second");
    out.insert(QStringLiteral("pull_apply"),
               QJsonObject { { QStringLiteral("min_changes_per_second"), kMinPullApplyPerSecond },
                             { QStringLiteral("changes_per_second"), pullRate },
                             { QStringLiteral("pass"), pullRate >= kMinPullApplyPerSecond } });
    const double bootstrap = figure("bootstrap", "seconds");
    out.insert(QStringLiteral("bootstrap"),
               QJsonObject { { QStringLiteral("max_seconds"), kMaxBootstrapSeconds },
                             { QStringLiteral("seconds"), bootstrap },
                             { QStringLiteral("pass"), bootstrap < kMaxBootstrapSeconds } });
    const double p99 = figure("latency_a_to_b", "p99_ms");
    out.insert(QStringLiteral("latency_a_to_b"),
               QJsonObject { { QStringLiteral("max_p99_ms"), kMaxLatencyP99Ms },
                             { QStringLiteral("p99_ms"), p99 },
                             { QStringLiteral("pass"), p99 < kMaxLatencyP99Ms } });
}

int fail(const Error &error)
{
    QTextStream(stderr) << "balcao-bench: " << error.message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef BALCAO_BENCH_UI
    // The agenda figure opens the real page; it needs no screen, and a
    // window on one would only add the compositor to what is measured.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("balcao-bench"));

    auto options = BenchOptions::parse(QCoreApplication::arguments());
    if (!options) {
        if (options.error().code == QStringLiteral("bench.help")) {
            QTextStream(stdout) << options.error().message;
            return 0;
        }
        QTextStream(stderr) << "balcao-bench: " << options.error().message << Qt::endl;
        return 2;
    }
    const QString buildType = QStringLiteral(BALCAO_BENCH_BUILD_TYPE);
    if (buildType != QStringLiteral("Release") && buildType != QStringLiteral("RelWithDebInfo"))
        logLine(
            QStringLiteral("warning: a %1 build; figures are only meaningful from a Release build")
                .arg(buildType));

    QTemporaryDir folder(options->directory + QStringLiteral("/balcao-bench-XXXXXX"));
    if (!folder.isValid())
        return fail(Error::storage(QStringLiteral("bench.dir"), folder.errorString()));
    logLine(QStringLiteral("database files in %1 (removed at the end)").arg(folder.path()));
    // One random key for every file of the run; it never leaves this process.
    const DatabaseKey key = DatabaseKey::generate();

    QJsonObject report { { QStringLiteral("benchmark"), QStringLiteral("balcao-bench") },
                         { QStringLiteral("format"), 1 },
                         { QStringLiteral("parameters"), options->toJson() },
                         { QStringLiteral("environment"),
                           describeEnvironment(options->directory) } };

    QString generated = folder.filePath(QStringLiteral("generated.db"));
    DatabaseKey generatedKey = key;
    QJsonObject targets;
    if (options->measures.contains(QStringLiteral("generation"))) {
        std::optional<QJsonObject> generation;
        std::optional<SavedGeneration> saved;
        if (!options->reuseData.isEmpty()) {
            saved.emplace(options->reuseData, options->generator);
            generated = saved->databasePath();
            generatedKey = saved->key();
            generation = saved->load();
            if (generation) {
                logLine(QStringLiteral("reusing %1 (generated in %2 s when it was made)")
                            .arg(generated)
                            .arg(generation->value(QStringLiteral("seconds")).toDouble()));
                generation->insert(QStringLiteral("reused"), true);
            } else {
                saved->discard();
            }
        }
        if (!generation) {
            auto made = GenerationBenchmark(options->generator, generated, generatedKey).run();
            if (!made)
                return fail(made.error());
            if (saved) {
                if (auto kept = saved->save(*made); !kept)
                    return fail(kept.error());
            }
            generation = *made;
            generation->insert(QStringLiteral("reused"), false);
        }
        report.insert(QStringLiteral("generation"), *generation);
    }
    if (!options->reuseData.isEmpty() && options->measures.contains(QStringLiteral("sync"))) {
        // The push empties the outbox of the database it starts from: a
        // copy, so the saved one stays as generated.
        const QString copy = folder.filePath(QStringLiteral("generated.db"));
        if (!QFile::copy(generated, copy))
            return fail(Error::storage(QStringLiteral("bench.copy"),
                                       QStringLiteral("cannot copy %1").arg(generated)));
        generated = copy;
    }
    if (options->measures.contains(QStringLiteral("open"))) {
        auto open = OpenBenchmark(generated, generatedKey, options->opens).run();
        if (!open)
            return fail(open.error());
        report.insert(QStringLiteral("open"), *open);
    }
    if (options->measures.contains(QStringLiteral("insert"))) {
        auto inserts = InsertBenchmark(options->inserts, QDir(folder.path()), key).run();
        if (!inserts)
            return fail(inserts.error());
        report.insert(QStringLiteral("client_insert"), *inserts);
        addInsertTargets(targets, *inserts);
    }
    if (options->measures.contains(QStringLiteral("scheduling"))) {
        auto scheduling
            = SchedulingBenchmark(generated, folder.filePath(QStringLiteral("scheduling.db")),
                                  generatedKey, options->scheduling)
                  .run();
        if (!scheduling)
            return fail(scheduling.error());
        report.insert(QStringLiteral("scheduling"), *scheduling);
        for (const QString &figure :
             { QStringLiteral("free_slot_search_7_days"), QStringLiteral("week_view"),
               QStringLiteral("client_search_3_chars"), QStringLiteral("booking_commit") })
            targets.insert(figure, scheduling->value(figure));
    }
    if (options->measures.contains(QStringLiteral("checkout"))) {
        auto checkout = CheckoutBenchmark(generated, folder.filePath(QStringLiteral("checkout.db")),
                                          generatedKey, options->checkout)
                            .run();
        if (!checkout)
            return fail(checkout.error());
        report.insert(QStringLiteral("checkout"), *checkout);
        for (const QString &figure :
             { QStringLiteral("sale_commit"), QStringLiteral("sales_history_first_screen"),
               QStringLiteral("stock_on_hand") })
            targets.insert(figure, checkout->value(figure));
    }
#ifdef BALCAO_BENCH_UI
    if (options->measures.contains(QStringLiteral("agenda"))) {
        auto agenda = AgendaBenchmark(generated, generatedKey, options->agenda).run();
        if (!agenda)
            return fail(agenda.error());
        report.insert(QStringLiteral("agenda"), *agenda);
        targets.insert(
            QStringLiteral("agenda_longest_stall"),
            QJsonObject { { QStringLiteral("max_ms"), AgendaBenchmark::kMaxStallMs },
                          { QStringLiteral("longest_stall_ms"),
                            agenda->value(QStringLiteral("longest_stall_ms")) },
                          { QStringLiteral("pass"), agenda->value(QStringLiteral("pass")) } });
    }
#endif
    if (options->measures.contains(QStringLiteral("sync"))) {
        // Last: the push empties the generated database's outbox.
        auto sync
            = SyncBenchmark(options->sync, generated, QDir(folder.path()), generatedKey).run();
        if (!sync)
            return fail(sync.error());
        report.insert(QStringLiteral("sync"), *sync);
        addSyncTargets(targets, *sync);
    }
    if (!targets.isEmpty())
        report.insert(QStringLiteral("targets"), targets);

    QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Indented);
    return 0;
}
