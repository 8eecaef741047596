// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalStore.h"

#include "LocalMeta.h"
#include "QueryError.h"
#include "common/Id.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Balcao {

namespace {
const QString kDeviceIdKey = QStringLiteral("device.id");
// The highest clock stamp seen from other devices (the change log holds
// this device's own).
const QString kObservedClockKey = QStringLiteral("hlc.observed");
} // namespace

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
    LocalMeta meta(*this);
    // A device id that cannot be read is not a new device: a new id would
    // split this terminal's history in two.
    auto kept = meta.read(kDeviceIdKey);
    if (!kept)
        return kept.error();
    if (*kept) {
        m_deviceId = **kept;
    } else {
        m_deviceId = Id::generate(m_clock).toString();
        if (auto recorded = meta.setValue(kDeviceIdKey, m_deviceId); !recorded)
            return Error::storage(
                QStringLiteral("storage.identity"),
                tr("Could not record this device's identity: %1").arg(recorded.error().message));
    }
    // The clock resumes from the highest stamp this device has issued or
    // observed, so it never runs backwards across restarts even when the wall
    // clock does.
    quint64 last = 0;
    QSqlQuery query(m_database->connection());
    if (query.exec(QStringLiteral("SELECT hlc FROM change_log ORDER BY seq DESC LIMIT 1"))
        && query.next())
        last = static_cast<quint64>(query.value(0).toLongLong());
    auto observed = meta.valueOr(kObservedClockKey);
    if (!observed)
        return observed.error();
    last = std::max(last, observed->toULongLong());
    m_hlc.advanceTo(Hlc::fromPacked(last));
    m_writer = std::make_unique<ChangeWriter>(*m_database, m_deviceId, m_hlc);
    return {};
}

Result<bool> LocalStore::isInitialised() const
{
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("SELECT 1 FROM settings WHERE name = 'business.name' AND deleted = 0"));
    auto found = firstValue(query);
    if (!found)
        return found.error();
    return found->has_value();
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
    if (auto raised
        = LocalMeta(*this).raise(kObservedClockKey, static_cast<qint64>(m_hlc.last().packed()));
        !raised)
        return Error::storage(QStringLiteral("storage.writeFailed"),
                              tr("Could not record the clock: %1").arg(raised.error().message));
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
