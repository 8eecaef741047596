// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "security/DatabaseKey.h"

#include <QJsonObject>

namespace Balcao::Bench {

// Issue 4's figures on the generated business (100,000 clients and
// 1,000,000 appointments at scale 1): free-slot search for one service
// across all staff of a location over 7 days, the week view of a location,
// client search by 3 characters, and booking commits with their checks,
// versions and change log. Runs on a copy so the generated file is left
// as it was for the measures after it.
class SchedulingBenchmark
{
public:
    SchedulingBenchmark(QString generatedPath, QString workPath, DatabaseKey key, int runs,
                        quint64 seed);
    Result<QJsonObject> run() const;

private:
    QString m_generated;
    QString m_work;
    DatabaseKey m_key;
    int m_runs;
    quint64 m_seed;
};

} // namespace Balcao::Bench
