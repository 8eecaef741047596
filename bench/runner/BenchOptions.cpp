// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchOptions.h"

#include "Samples.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace Balcao::Bench {

namespace {

Error usage(const QString &message)
{
    return Error::invalid(QStringLiteral("bench.usage"), message);
}

Result<qint64> positive(const QCommandLineParser &parser, const QString &name, qint64 minimum = 1)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum)
        return usage(
            QStringLiteral("--%1 must be an integer of at least %2.").arg(name).arg(minimum));
    return value;
}

} // namespace

QStringList BenchOptions::allMeasures()
{
    return { QStringLiteral("generation"), QStringLiteral("open"),     QStringLiteral("insert"),
             QStringLiteral("scheduling"), QStringLiteral("checkout"), QStringLiteral("agenda"),
             QStringLiteral("sync") };
}

QStringList BenchOptions::defaultMeasures()
{
    return { QStringLiteral("generation"), QStringLiteral("open"), QStringLiteral("insert"),
             QStringLiteral("scheduling"), QStringLiteral("checkout") };
}

Result<BenchOptions> BenchOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Balcão benchmarks. Prints one JSON object with the figures on stdout and progress on "
        "stderr.\n"
        "generation: builds a business database from --seed and --scale through the service "
        "layer.\n"
        "open: median time of LocalStore::open on that database (needs generation).\n"
        "insert: client inserts through ClientService against bare SQLCipher calls, per "
        "transaction and batched.\n"
        "scheduling: free-slot search, week view, client search and booking commits on the "
        "generated business (needs generation).\n"
        "checkout: sale commits through CheckoutService against bare SQLCipher calls, the sales "
        "history's first screen and stock on hand on the generated business (needs generation).\n"
        "agenda: the agenda page paged week by week on the generated business, with the longest "
        "stall of the UI thread (needs generation and a build with the UI).\n"
        "sync: push, pull and apply, bootstrap, A-to-B latency and server memory against a real "
        "balcaod on loopback, from the generated database (needs generation)."));
    parser.addHelpOption();
    const QList<QCommandLineOption> options {
        { QStringLiteral("seed"), QStringLiteral("Seed of the generated data."),
          QStringLiteral("n"), QStringLiteral("42") },
        { QStringLiteral("scale"),
          QStringLiteral("1 = 100,000 clients (see bench/generator/EntityPlan.cpp)."),
          QStringLiteral("x"), QStringLiteral("1") },
        { QStringLiteral("measure"),
          QStringLiteral("Comma-separated: generation,open,insert,scheduling,checkout,agenda,"
                         "sync (default: all but agenda and sync)."),
          QStringLiteral("list"), defaultMeasures().join(u',') },
        { QStringLiteral("generation-batch"),
          QStringLiteral("Service calls per transaction when generating."), QStringLiteral("n"),
          QStringLiteral("1000") },
        { QStringLiteral("opens"), QStringLiteral("Opens of the generated database to time."),
          QStringLiteral("n"), QStringLiteral("20") },
        { QStringLiteral("inserts"),
          QStringLiteral("Client inserts per side, one transaction each."), QStringLiteral("n"),
          QStringLiteral("2000") },
        { QStringLiteral("batched-inserts"),
          QStringLiteral("Client inserts per side in batched transactions."), QStringLiteral("n"),
          QStringLiteral("20000") },
        { QStringLiteral("batch"),
          QStringLiteral("Inserts per transaction in the batched variant."), QStringLiteral("n"),
          QStringLiteral("1000") },
        { QStringLiteral("warmup"), QStringLiteral("Untimed inserts on each side before timing."),
          QStringLiteral("n"), QStringLiteral("20") },
        { QStringLiteral("scheduling-runs"),
          QStringLiteral("Runs of each scheduling figure (its p99 is over these)."),
          QStringLiteral("n"), QStringLiteral("200") },
        { QStringLiteral("wal-checkpoints"),
          QStringLiteral("How the scheduling figures' store checkpoints its log: \"thread\" "
                         "(the default, on a thread of its own), \"thread:N\" (the same, past N "
                         "frames) or \"commit\" (SQLite's own, inside the commit)."),
          QStringLiteral("mode"), QStringLiteral("thread") },
        { QStringLiteral("checkout-runs"),
          QStringLiteral("Timed sales per side, and runs of the other checkout figures."),
          QStringLiteral("n"), QStringLiteral("500") },
        { QStringLiteral("page-cache-mib"),
          QStringLiteral("Page cache of the scheduling figures' store, in MiB (default: the "
                         "store's own)."),
          QStringLiteral("n"), QStringLiteral("0") },
        { QStringLiteral("agenda-weeks"),
          QStringLiteral("Weeks the agenda pages forward, then back, in each phase (agenda)."),
          QStringLiteral("n"), QStringLiteral("50") },
        { QStringLiteral("latency-changes"),
          QStringLiteral("Timed changes from terminal A to terminal B (sync)."),
          QStringLiteral("n"), QStringLiteral("200") },
        { QStringLiteral("latency-warmup"),
          QStringLiteral("Untimed A-to-B changes before timing (sync)."), QStringLiteral("n"),
          QStringLiteral("5") },
        { QStringLiteral("pull-runs"),
          QStringLiteral("Pull-and-apply runs, each by a new terminal (sync)."),
          QStringLiteral("n"), QStringLiteral("1") },
        { QStringLiteral("reader-rounds"),
          QStringLiteral("Rounds of reading every pulled page again, without applying (sync)."),
          QStringLiteral("n"), QStringLiteral("5") },
        { QStringLiteral("balcaod"), QStringLiteral("The balcaod binary run as the server (sync)."),
          QStringLiteral("path"), QStringLiteral(BALCAO_BENCH_BALCAOD) },
        { QStringLiteral("dir"),
          QStringLiteral("Folder for the temporary database files (default: the system's)."),
          QStringLiteral("path"), QDir::tempPath() },
        { QStringLiteral("reuse-data"),
          QStringLiteral("Keep the generated database in this folder and, when it was made from "
                         "the same seed, scale, generator and schema, measure it instead of "
                         "generating again."),
          QStringLiteral("path") },
    };
    parser.addOptions(options);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        return Error::invalid(QStringLiteral("bench.help"), parser.helpText());
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("Unexpected argument: %1")
                         .arg(parser.positionalArguments().constFirst()));

    BenchOptions out;
    bool ok = false;
    out.generator.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usage(QStringLiteral("--seed must be a non-negative integer."));
    out.generator.scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
    if (!ok || !(out.generator.scale > 0) || out.generator.scale > 100)
        return usage(QStringLiteral("--scale must be a number above 0 and at most 100."));

    struct IntOption
    {
        const char *name;
        int *target;
        qint64 minimum;
    };
    const IntOption ints[] = { { "generation-batch", &out.generator.batchSize, 1 },
                               { "opens", &out.opens, 1 },
                               { "scheduling-runs", &out.scheduling.runs, 1 },
                               { "checkout-runs", &out.checkout.runs, 1 },
                               { "agenda-weeks", &out.agenda.weeks, 1 },
                               { "page-cache-mib", &out.scheduling.pageCacheKiB, 0 },
                               { "inserts", &out.inserts.inserts, 1 },
                               { "batched-inserts", &out.inserts.batchedInserts, 1 },
                               { "batch", &out.inserts.batchSize, 1 },
                               { "warmup", &out.inserts.warmup, 0 },
                               { "latency-changes", &out.sync.latencyChanges, 1 },
                               { "latency-warmup", &out.sync.latencyWarmup, 0 },
                               { "pull-runs", &out.sync.pullRuns, 1 },
                               { "reader-rounds", &out.sync.readerRounds, 1 } };
    for (const IntOption &option : ints) {
        auto value = positive(parser, QString::fromLatin1(option.name), option.minimum);
        if (!value)
            return value.error();
        *option.target = static_cast<int>(std::min<qint64>(*value, 100'000'000));
    }
    out.inserts.seed = out.generator.seed;
    out.scheduling.seed = out.generator.seed;
    out.checkout.seed = out.generator.seed;
    out.scheduling.pageCacheKiB = std::min(out.scheduling.pageCacheKiB, 1 << 20) * 1024;
    const QString checkpoints = parser.value(QStringLiteral("wal-checkpoints"));
    if (checkpoints == QStringLiteral("commit")) {
        out.scheduling.checkpoints.reset();
    } else if (checkpoints.startsWith(QStringLiteral("thread:"))) {
        const int frames = checkpoints.mid(7).toInt(&ok);
        if (!ok || frames < 1)
            return usage(QStringLiteral("--wal-checkpoints thread:N needs N of at least 1."));
        out.scheduling.checkpoints->thresholdFrames = frames;
    } else if (checkpoints != QStringLiteral("thread")) {
        return usage(QStringLiteral("--wal-checkpoints is thread, thread:N or commit."));
    }
    out.sync.seed = out.generator.seed;
    out.sync.balcaod = QFileInfo(parser.value(QStringLiteral("balcaod"))).absoluteFilePath();

    for (const QString &measure :
         parser.value(QStringLiteral("measure")).split(u',', Qt::SkipEmptyParts)) {
        if (!allMeasures().contains(measure.trimmed()))
            return usage(QStringLiteral("Unknown measure \"%1\"; use %2.")
                             .arg(measure, allMeasures().join(u',')));
        out.measures.insert(measure.trimmed());
    }
#ifndef BALCAO_BENCH_UI
    if (out.measures.contains(QStringLiteral("agenda")))
        return usage(QStringLiteral("--measure agenda needs a build with the UI "
                                    "(BALCAO_BUILD_UI=ON)."));
#endif
    if (out.measures.isEmpty())
        return usage(
            QStringLiteral("--measure needs at least one of %1.").arg(allMeasures().join(u',')));
    // The open is timed on the generated database, and sync starts from it.
    if (out.measures.contains(QStringLiteral("open"))
        || out.measures.contains(QStringLiteral("scheduling"))
        || out.measures.contains(QStringLiteral("checkout"))
        || out.measures.contains(QStringLiteral("agenda"))
        || out.measures.contains(QStringLiteral("sync")))
        out.measures.insert(QStringLiteral("generation"));

    out.directory = QDir(parser.value(QStringLiteral("dir"))).absolutePath();
    if (!QDir(out.directory).exists())
        return usage(QStringLiteral("--dir %1 does not exist.").arg(out.directory));
    if (parser.isSet(QStringLiteral("reuse-data"))) {
        out.reuseData = QDir(parser.value(QStringLiteral("reuse-data"))).absolutePath();
        if (!QDir().mkpath(out.reuseData))
            return usage(QStringLiteral("--reuse-data %1 cannot be created.").arg(out.reuseData));
    }
    return out;
}

QJsonObject BenchOptions::toJson() const
{
    QStringList measureList;
    for (const QString &m : allMeasures()) {
        if (measures.contains(m))
            measureList << m;
    }
    return QJsonObject {
        { QStringLiteral("seed"), static_cast<qint64>(generator.seed) },
        { QStringLiteral("scale"), generator.scale },
        { QStringLiteral("measures"), QJsonArray::fromStringList(measureList) },
        { QStringLiteral("generation_batch"), generator.batchSize },
        { QStringLiteral("opens"), opens },
        { QStringLiteral("scheduling_runs"), scheduling.runs },
        { QStringLiteral("wal_checkpoints"),
          scheduling.checkpoints
              ? QStringLiteral("thread:%1").arg(scheduling.checkpoints->thresholdFrames)
              : QStringLiteral("commit") },
        { QStringLiteral("page_cache_mib"), scheduling.pageCacheKiB / 1024 },
        { QStringLiteral("checkout_runs"), checkout.runs },
        { QStringLiteral("agenda_weeks"), agenda.weeks },
        { QStringLiteral("inserts"), inserts.inserts },
        { QStringLiteral("batched_inserts"), inserts.batchedInserts },
        { QStringLiteral("batch"), inserts.batchSize },
        { QStringLiteral("warmup"), inserts.warmup },
        { QStringLiteral("latency_changes"), sync.latencyChanges },
        { QStringLiteral("latency_warmup"), sync.latencyWarmup },
        { QStringLiteral("pull_runs"), sync.pullRuns },
        { QStringLiteral("reader_rounds"), sync.readerRounds },
        { QStringLiteral("balcaod"), sync.balcaod },
        { QStringLiteral("reuse_data"), reuseData }
    };
}

} // namespace Balcao::Bench
