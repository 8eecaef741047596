// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalStore.h"

#include "common/Id.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Balcao {

LocalStore::LocalStore(std::unique_ptr<Database> database, const Clock &clock, qint64 maxDrift)
    : m_database(std::move(database))
    , m_maxDrift(maxDrift)
    , m_clock(clock)
    , m_hlc(clock, Hlc(), maxDrift)
{ }

LocalStore::~LocalStore()
{
    // The thread's connection closes first, so the writer's close is the
    // last and checkpoints what is left, as before.
    m_checkpointer.reset();
}

Result<std::unique_ptr<LocalStore>> LocalStore::open(const QString &path, const DatabaseKey &key,
                                                     Options options)
{
    auto database = Database::open(path, key, options.mode);
    if (!database)
        return database.error();
    const Clock &clock = options.clock ? *options.clock : SystemClock::instance();
    std::unique_ptr<LocalStore> store(
        new LocalStore(std::move(*database), clock, options.maxForwardDriftMsecs));
    store->m_key = key;
    store->m_pageCacheKiB = options.pageCacheKiB;
    if (options.mode != Database::OpenMode::ReadOnly) {
        auto migrated = Migrator().migrate(*store->m_database, key);
        if (!migrated)
            return migrated.error();
        store->m_migration = *migrated;
    } else if (store->m_database->schemaVersion() != Migrator().latestVersion()) {
        return Error::unsupported(
            QStringLiteral("database.schemaMismatch"),
            tr("The database must be opened for writing once to update its schema."));
    }
    if (auto identity = store->loadIdentity(); !identity)
        return identity.error();
    // Negative: in KiB. A failure would only cost speed, but there is none
    // to expect from an open connection.
    if (options.pageCacheKiB > 0) {
        if (auto sized = store->m_database->exec(
                QStringLiteral("PRAGMA cache_size = -%1").arg(options.pageCacheKiB));
            !sized)
            return sized.error();
    }
    if (options.mode != Database::OpenMode::ReadOnly && options.checkpoints) {
        store->m_checkpointOptions = options.checkpoints;
        store->m_checkpointer
            = std::make_unique<WalCheckpointer>(*store->m_database, key, *options.checkpoints);
    }
    return store;
}

Result<std::unique_ptr<LocalStore>>
LocalStore::openWithAnyKey(const QString &path, const QList<DatabaseKey> &keys, Options options)
{
    std::optional<Error> firstError;
    for (const DatabaseKey &key : keys) {
        auto store = open(path, key, options);
        if (store || store.error().code != QStringLiteral("database.wrongKey"))
            return store;
        if (!firstError)
            firstError = store.error();
    }
    if (firstError)
        return *firstError;
    return Error::security(QStringLiteral("database.noKey"),
                           tr("No encryption key is available for the database."));
}

Result<void> LocalStore::loadIdentity()
{
    QSqlQuery query(m_database->connection());
    query.exec(QStringLiteral("SELECT value FROM local_meta WHERE key = 'device.id'"));
    if (query.next()) {
        m_deviceId = query.value(0).toString();
    } else {
        m_deviceId = Id::generate(m_clock).toString();
        query.prepare(
            QStringLiteral("INSERT INTO local_meta (key, value) VALUES ('device.id', ?)"));
        query.addBindValue(m_deviceId);
        if (!query.exec())
            return Error::storage(
                QStringLiteral("storage.identity"),
                tr("Could not record this device's identity: %1").arg(query.lastError().text()));
    }
    // The clock resumes from the highest stamp this device has issued or
    // observed, so it never runs backwards across restarts even when the wall
    // clock does.
    quint64 last = 0;
    if (query.exec(QStringLiteral("SELECT hlc FROM change_log ORDER BY seq DESC LIMIT 1"))
        && query.next())
        last = static_cast<quint64>(query.value(0).toLongLong());
    if (query.exec(QStringLiteral("SELECT value FROM local_meta WHERE key = 'hlc.observed'"))
        && query.next())
        last = std::max(last, query.value(0).toString().toULongLong());
    m_hlc.advanceTo(Hlc::fromPacked(last));
    m_writer = std::make_unique<ChangeWriter>(*m_database, m_deviceId, m_hlc);
    return {};
}

bool LocalStore::isInitialised() const
{
    QSqlQuery query(m_database->connection());
    return query.exec(QStringLiteral(
               "SELECT 1 FROM settings WHERE name = 'business.name' AND deleted = 0"))
        && query.next();
}

Result<void> LocalStore::begin()
{
    if (!m_database->connection().transaction())
        return Error::storage(
            QStringLiteral("storage.busy"),
            tr("Could not start saving: %1").arg(m_database->connection().lastError().text()));
    return {};
}

Result<void> LocalStore::commit()
{
    if (!m_database->connection().commit()) {
        const QString detail = m_database->connection().lastError().text();
        rollback();
        return Error::storage(QStringLiteral("storage.commitFailed"),
                              tr("Could not save: %1").arg(detail));
    }
    if (m_commitObserver)
        m_commitObserver();
    return {};
}

void LocalStore::rollback()
{
    m_database->connection().rollback();
}

Result<void> LocalStore::rememberClock()
{
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("INSERT INTO local_meta (key, value) VALUES ('hlc.observed', ?)"
                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                       " WHERE CAST(excluded.value AS INTEGER) > CAST(value AS INTEGER)"));
    query.addBindValue(QString::number(m_hlc.last().packed()));
    if (!query.exec())
        return Error::storage(QStringLiteral("storage.writeFailed"),
                              tr("Could not record the clock."));
    return {};
}

Result<void> LocalStore::rekey(const DatabaseKey &newKey)
{
    // The checkpointer's connection holds the old key: it stops while the
    // file is re-encrypted and starts again with the new one. Should the
    // re-encryption fail, the old key still opens the file, and the commits
    // checkpoint the log themselves again. Readers opened before keep the
    // old key and fail: they open again (the agenda's reader does).
    m_checkpointer.reset();
    auto rekeyed = m_database->rekey(newKey);
    if (rekeyed) {
        const std::lock_guard lock(m_keyMutex);
        m_key = newKey;
    }
    if (rekeyed && m_checkpointOptions)
        m_checkpointer
            = std::make_unique<WalCheckpointer>(*m_database, newKey, *m_checkpointOptions);
    return rekeyed;
}

Result<std::unique_ptr<LocalStore>> LocalStore::openReader() const
{
    Options options;
    options.mode = Database::OpenMode::ReadOnly;
    options.clock = &m_clock;
    options.maxForwardDriftMsecs = m_maxDrift;
    options.checkpoints.reset(); // the writer's own, as ever
    options.pageCacheKiB = m_pageCacheKiB;
    DatabaseKey key;
    {
        const std::lock_guard lock(m_keyMutex);
        key = m_key;
    }
    return open(m_database->path(), key, options);
}

} // namespace Balcao
