// SPDX-License-Identifier: GPL-3.0-or-later
#include "InsertBenchmark.h"

#include "Log.h"
#include "PersonFactory.h"
#include "RawInserter.h"
#include "Samples.h"
#include "ServiceInserter.h"

#include <algorithm>

namespace Balcao::Bench {

namespace {

QList<Person> people(quint64 seed, std::string_view stream, qsizetype count)
{
    PersonFactory factory(seed, stream);
    QList<Person> list;
    list.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        list << factory.client();
    return list;
}

struct Side
{
    const char *name;
    ClientInserter *inserter;
    Samples perInsert;
    Samples perBatch;
};

QJsonObject sideJson(const Side &side, qint64 inserts, qint64 totalNs)
{
    QJsonObject json = side.perInsert.toMicrosJson();
    // The mean includes begin and commit; p50/p99 are of the timed calls.
    const double meanUs = static_cast<double>(totalNs) / 1000.0 / static_cast<double>(inserts);
    json.insert(QStringLiteral("mean_us"), rounded(meanUs, 1));
    json.insert(QStringLiteral("inserts_per_second"), rounded(1e6 / meanUs, 0));
    json.insert(QStringLiteral("rows_written"), side.inserter->rowCounts());
    return json;
}

double ratio(qint64 serviceNs, qint64 rawNs)
{
    return rawNs > 0 ? rounded(static_cast<double>(serviceNs) / static_cast<double>(rawNs), 2)
                     : 0.0;
}

} // namespace

InsertBenchmark::InsertBenchmark(InsertOptions options, QDir directory, DatabaseKey key)
    : m_options(options)
    , m_directory(std::move(directory))
    , m_key(std::move(key))
{ }

Result<QJsonObject> InsertBenchmark::run() const
{
    auto single = runPerTransaction();
    if (!single)
        return single.error();
    auto batched = runBatched();
    if (!batched)
        return batched.error();
    return QJsonObject { { QStringLiteral("per_transaction"), *single },
                         { QStringLiteral("batched"), *batched } };
}

Result<QJsonObject> InsertBenchmark::runPerTransaction() const
{
    const int warmup = m_options.warmup;
    const int n = m_options.inserts;
    const QList<Person> input = people(m_options.seed, "bench-per-transaction", warmup + n);
    auto service = ServiceInserter::open(
        m_directory.filePath(QStringLiteral("service-per-transaction.db")), m_key, input);
    if (!service)
        return service.error();
    auto raw = RawInserter::open(m_directory.filePath(QStringLiteral("raw-per-transaction.db")),
                                 m_key, input);
    if (!raw)
        return raw.error();
    Side sides[] = { { "raw", raw->get(), {}, {} }, { "service", service->get(), {}, {} } };

    for (Side &side : sides) {
        for (int i = 0; i < warmup; ++i) {
            if (auto ok = side.inserter->insertAlone(i); !ok)
                return ok.error();
        }
        side.perInsert.reserve(n);
    }
    // The sides alternate insert by insert (raw, service, service, raw, ...):
    // the fsync that dominates these figures varies a lot over seconds on a
    // shared disk, and both sides must sample the same disk.
    logLine(QStringLiteral("per-transaction inserts: %1 per side, sides alternating").arg(n));
    const int step = std::max(1, n / 4);
    for (int k = 0; k < n; ++k) {
        for (int turn = 0; turn < 2; ++turn) {
            Side &side = sides[(k + turn) % 2];
            const auto start = SteadyClock::now();
            auto ok = side.inserter->insertAlone(warmup + k);
            side.perInsert.add(nanosecondsSince(start));
            if (!ok)
                return ok.error();
        }
        if ((k + 1) % step == 0 || k + 1 == n) {
            logLine(QStringLiteral("  %1/%2: raw mean %3 us, service mean %4 us")
                        .arg(k + 1)
                        .arg(n)
                        .arg(sides[0].perInsert.mean() / 1000.0, 0, 'f', 1)
                        .arg(sides[1].perInsert.mean() / 1000.0, 0, 'f', 1));
        }
    }
    const qint64 rawNs = sides[0].perInsert.total();
    const qint64 serviceNs = sides[1].perInsert.total();
    return QJsonObject { { QStringLiteral("inserts"), n },
                         { QStringLiteral("transactions"), n },
                         { QStringLiteral("raw"), sideJson(sides[0], n, rawNs) },
                         { QStringLiteral("service"), sideJson(sides[1], n, serviceNs) },
                         { QStringLiteral("ratio_service_to_raw"), ratio(serviceNs, rawNs) },
                         { QStringLiteral("ratio_p50_service_to_raw"),
                           ratio(sides[1].perInsert.median(), sides[0].perInsert.median()) } };
}

Result<QJsonObject> InsertBenchmark::runBatched() const
{
    const int warmup = m_options.warmup;
    const int n = m_options.batchedInserts;
    const int batch = std::max(1, m_options.batchSize);
    const QList<Person> input = people(m_options.seed, "bench-batched", warmup + n);
    auto service = ServiceInserter::open(m_directory.filePath(QStringLiteral("service-batched.db")),
                                         m_key, input);
    if (!service)
        return service.error();
    auto raw
        = RawInserter::open(m_directory.filePath(QStringLiteral("raw-batched.db")), m_key, input);
    if (!raw)
        return raw.error();
    Side sides[] = { { "raw", raw->get(), {}, {} }, { "service", service->get(), {}, {} } };

    for (Side &side : sides) {
        Samples ignored;
        if (auto ok = side.inserter->insertBatch(0, warmup, ignored); !ok)
            return ok.error();
        side.perInsert.reserve(n);
    }
    const int batches = (n + batch - 1) / batch;
    logLine(QStringLiteral(
                "batched inserts: %1 per side in %2 transactions of up to %3, sides alternating")
                .arg(n)
                .arg(batches)
                .arg(batch));
    for (int b = 0; b < batches; ++b) {
        const int first = warmup + b * batch;
        const int count = std::min(batch, warmup + n - first);
        for (int turn = 0; turn < 2; ++turn) {
            Side &side = sides[(b + turn) % 2];
            const auto start = SteadyClock::now();
            auto ok = side.inserter->insertBatch(first, count, side.perInsert);
            side.perBatch.add(nanosecondsSince(start));
            if (!ok)
                return ok.error();
        }
    }
    for (const Side &side : sides) {
        logLine(QStringLiteral("  %1: mean %2 us per insert, %3 ms per transaction")
                    .arg(QString::fromLatin1(side.name))
                    .arg(static_cast<double>(side.perBatch.total()) / 1000.0 / n, 0, 'f', 1)
                    .arg(side.perBatch.mean() / 1e6, 0, 'f', 1));
    }
    const auto batchedSide = [&](const Side &side) {
        QJsonObject json = sideJson(side, n, side.perBatch.total());
        json.insert(QStringLiteral("transaction_ms"), side.perBatch.toMillisJson());
        // Begin + commit (the fsync) per transaction: the batch's time not spent in inserts.
        const double overheadNs
            = static_cast<double>(side.perBatch.total() - side.perInsert.total())
            / static_cast<double>(batches);
        json.insert(QStringLiteral("begin_commit_mean_ms"), rounded(overheadNs / 1e6, 3));
        return json;
    };
    const qint64 rawNs = sides[0].perBatch.total();
    const qint64 serviceNs = sides[1].perBatch.total();
    return QJsonObject { { QStringLiteral("inserts"), n },
                         { QStringLiteral("transactions"), batches },
                         { QStringLiteral("batch_size"), batch },
                         { QStringLiteral("raw"), batchedSide(sides[0]) },
                         { QStringLiteral("service"), batchedSide(sides[1]) },
                         { QStringLiteral("ratio_service_to_raw"), ratio(serviceNs, rawNs) },
                         { QStringLiteral("ratio_p50_service_to_raw"),
                           ratio(sides[1].perInsert.median(), sides[0].perInsert.median()) } };
}

} // namespace Balcao::Bench
