// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "security/DatabaseKey.h"
#include "storage/WalCheckpointer.h"

#include <QJsonObject>

namespace Balcao::Bench {

// Issue 4's figures on the generated business (100,000 clients and
// 1,000,000 appointments at scale 1): free-slot search for one service
// across all staff of a location over 7 days, the week view of a location,
// client search by 3 characters, and booking commits with their checks,
// versions and change log. Runs on a copy so the generated file is left
// as it was for the measures after it.
struct SchedulingOptions
{
    int runs = 200; // of each figure
    quint64 seed = 42;
    // How the store checkpoints its log (LocalStore::Options::checkpoints):
    // the store's default, or none for SQLite's own inside the commit.
    std::optional<WalCheckpointer::Options> checkpoints = WalCheckpointer::Options {};
    int pageCacheKiB = 0; // 0: the store's default
};

class SchedulingBenchmark
{
public:
    SchedulingBenchmark(QString generatedPath, QString workPath, DatabaseKey key,
                        SchedulingOptions options);
    Result<QJsonObject> run() const;

private:
    QString m_generated;
    QString m_work;
    DatabaseKey m_key;
    SchedulingOptions m_options;
};

} // namespace Balcao::Bench
