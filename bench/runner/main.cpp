// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchOptions.h"
#include "Environment.h"
#include "GenerationBenchmark.h"
#include "InsertBenchmark.h"
#include "Log.h"
#include "OpenBenchmark.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Balcao;
using namespace Balcao::Bench;

namespace {

// Issue 2: client inserts through the service layer at no more than 3x the
// raw-engine baseline.
constexpr double kMaxRatio = 3.0;

QJsonObject targets(const QJsonObject &inserts)
{
    QJsonObject out { { QStringLiteral("max_ratio_service_to_raw"), kMaxRatio } };
    for (const QString &mode : { QStringLiteral("per_transaction"), QStringLiteral("batched") }) {
        const double ratio = inserts.value(mode)
                                 .toObject()
                                 .value(QStringLiteral("ratio_service_to_raw"))
                                 .toDouble();
        out.insert(mode,
                   QJsonObject { { QStringLiteral("ratio"), ratio },
                                 { QStringLiteral("pass"), ratio <= kMaxRatio } });
    }
    return out;
}

int fail(const Error &error)
{
    QTextStream(stderr) << "balcao-bench: " << error.message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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

    const QString generated = folder.filePath(QStringLiteral("generated.db"));
    if (options->measures.contains(QStringLiteral("generation"))) {
        auto generation = GenerationBenchmark(options->generator, generated, key).run();
        if (!generation)
            return fail(generation.error());
        report.insert(QStringLiteral("generation"), *generation);
    }
    if (options->measures.contains(QStringLiteral("open"))) {
        auto open = OpenBenchmark(generated, key, options->opens).run();
        if (!open)
            return fail(open.error());
        report.insert(QStringLiteral("open"), *open);
    }
    if (options->measures.contains(QStringLiteral("insert"))) {
        auto inserts = InsertBenchmark(options->inserts, QDir(folder.path()), key).run();
        if (!inserts)
            return fail(inserts.error());
        report.insert(QStringLiteral("client_insert"), *inserts);
        report.insert(QStringLiteral("targets"), targets(*inserts));
    }

    QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Indented);
    return 0;
}
