// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "security/DatabaseKey.h"

#include <QDir>
#include <QJsonObject>

namespace Balcao::Bench {

struct InsertOptions
{
    quint64 seed = 42;
    int inserts = 2000; // one transaction each
    int batchedInserts = 20000; // batchSize per transaction
    int batchSize = 1000;
    int warmup = 20; // untimed inserts first, on each side
};

// Client inserts through the service layer against the raw-engine
// baseline, in the same run, on four fresh database files (one per side and
// mode). The sides take turns, so a slow spell of the disk hits both.
class InsertBenchmark
{
public:
    InsertBenchmark(InsertOptions options, QDir directory, DatabaseKey key);
    // {"per_transaction": {...}, "batched": {...}}, each with "service",
    // "raw", "ratio_service_to_raw" and the rows each side wrote.
    Result<QJsonObject> run() const;

private:
    Result<QJsonObject> runPerTransaction() const;
    Result<QJsonObject> runBatched() const;

    InsertOptions m_options;
    QDir m_directory;
    DatabaseKey m_key;
};

} // namespace Balcao::Bench
