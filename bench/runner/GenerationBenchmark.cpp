// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerationBenchmark.h"

#include "Log.h"
#include "Samples.h"
#include "storage/LocalStore.h"
#include "storage/Schema.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>

namespace Balcao::Bench {

namespace {

qint64 count(LocalStore &store, const QString &table)
{
    QSqlQuery query(store.database().connection());
    if (query.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

qint64 fileBytes(const QString &path)
{
    qint64 total = 0;
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        total += QFileInfo(path + suffix).size();
    return total;
}

} // namespace

GenerationBenchmark::GenerationBenchmark(GeneratorOptions options, QString path, DatabaseKey key)
    : m_options(options)
    , m_path(std::move(path))
    , m_key(std::move(key))
{ }

Result<QJsonObject> GenerationBenchmark::run() const
{
    logLine(
        QStringLiteral("generating seed %1 scale %2 (batches of %3 service calls per transaction)")
            .arg(m_options.seed)
            .arg(m_options.scale)
            .arg(m_options.batchSize));
    auto outcome = DataGenerator(m_options).generate(m_path, m_key, logLine);
    if (!outcome)
        return outcome.error();

    QJsonArray entities;
    for (const EntityOutcome &e : outcome->entities) {
        QJsonObject entity { { QStringLiteral("name"), e.name },
                             { QStringLiteral("at_scale_1"), e.countAtScale1 },
                             { QStringLiteral("planned"), e.planned },
                             { QStringLiteral("generated"), e.generated },
                             { QStringLiteral("status"),
                               e.pendingNote.isEmpty() ? QStringLiteral("generated")
                                                       : e.pendingNote } };
        if (e.pendingNote.isEmpty())
            entity.insert(QStringLiteral("seconds"), rounded(e.seconds, 3));
        entities.append(entity);
    }

    // Everything written, counted on the finished file: the records of every
    // synced table (settings, device and audit too), their versions, the outbox.
    LocalStore::Options options;
    options.mode = Database::OpenMode::MustExist;
    auto store = LocalStore::open(m_path, m_key, options);
    if (!store)
        return store.error();
    qint64 rows = count(**store, QStringLiteral("column_versions"))
        + count(**store, QStringLiteral("change_log"));
    QJsonObject tables;
    for (const TableSchema &table : Schema::syncedTables()) {
        const qint64 n = count(**store, table.name);
        tables.insert(table.name, n);
        rows += n;
    }
    tables.insert(QStringLiteral("column_versions"),
                  count(**store, QStringLiteral("column_versions")));
    tables.insert(QStringLiteral("change_log"), count(**store, QStringLiteral("change_log")));
    store->reset();

    const double seconds = outcome->seconds;
    const qint64 made = outcome->entitiesGenerated();
    logLine(QStringLiteral("generated %1 entities (%2 rows) in %3 s")
                .arg(made)
                .arg(rows)
                .arg(seconds, 0, 'f', 1));
    return QJsonObject {
        { QStringLiteral("seconds"), rounded(seconds, 3) },
        { QStringLiteral("entities_generated"), made },
        { QStringLiteral("entities_per_second"), rounded(static_cast<double>(made) / seconds, 0) },
        { QStringLiteral("rows_written"), rows },
        { QStringLiteral("rows_per_second"), rounded(static_cast<double>(rows) / seconds, 0) },
        { QStringLiteral("database_bytes"), fileBytes(m_path) },
        { QStringLiteral("tables"), tables },
        { QStringLiteral("entities"), entities }
    };
}

} // namespace Balcao::Bench
