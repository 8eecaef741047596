// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenBenchmark.h"

#include "Log.h"
#include "Samples.h"
#include "storage/LocalStore.h"

namespace Balcao::Bench {

OpenBenchmark::OpenBenchmark(QString path, DatabaseKey key, int runs)
    : m_path(std::move(path))
    , m_key(std::move(key))
    , m_runs(runs)
{ }

Result<QJsonObject> OpenBenchmark::run() const
{
    LocalStore::Options options;
    options.mode = Database::OpenMode::MustExist;
    Samples opens;
    for (int i = 0; i < m_runs; ++i) {
        const auto start = SteadyClock::now();
        auto store = LocalStore::open(m_path, m_key, options);
        opens.add(nanosecondsSince(start));
        if (!store)
            return store.error();
        if (store->get()->migration().fromVersion != store->get()->migration().toVersion)
            return Error::storage(QStringLiteral("bench.migrated"),
                                  QStringLiteral("The open ran a migration."));
    }
    QJsonObject json = opens.toMillisJson();
    json.insert(QStringLiteral("runs"), m_runs);
    logLine(QStringLiteral("open: median %1 ms over %2 runs")
                .arg(static_cast<double>(opens.median()) / 1e6, 0, 'f', 2)
                .arg(m_runs));
    return json;
}

} // namespace Balcao::Bench
