// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeWriter.h"
#include "Database.h"
#include "Migrator.h"
#include "WalCheckpointer.h"
#include "common/Clock.h"
#include "common/Hlc.h"

#include <functional>
#include <memory>
#include <mutex>

namespace Balcao {

// A terminal's local copy of the business: the open encrypted database, this
// device's identity and clock, and the single write path (ChangeWriter).
// Services take a LocalStore and do all their writes inside transact().
class LocalStore
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::LocalStore)
public:
    static constexpr int kDefaultPageCacheKiB = 32 * 1024;
    struct Options
    {
        Database::OpenMode mode = Database::OpenMode::CreateIfMissing;
        const Clock *clock = nullptr; // defaults to the system clock
        qint64 maxForwardDriftMsecs = HlcClock::kDefaultMaxForwardDriftMsecs;
        // Checkpoints of the write-ahead log on a thread of their own
        // (WalCheckpointer); none: SQLite's own, inside the commit that
        // takes the log past 1,000 pages.
        std::optional<WalCheckpointer::Options> checkpoints = WalCheckpointer::Options {};
        // SQLite's page cache of this connection, which holds pages
        // decrypted: a page read again from the file is decrypted and its
        // HMAC checked again (~10 us). SQLite's default is 2 MiB.
        int pageCacheKiB = kDefaultPageCacheKiB;
    };

    static Result<std::unique_ptr<LocalStore>> open(const QString &path, const DatabaseKey &key,
                                                    Options options);
    static Result<std::unique_ptr<LocalStore>> open(const QString &path, const DatabaseKey &key)
    {
        return open(path, key, Options {});
    }

    // Tries each key in turn (see DatabaseKeyProvider::candidateKeys); a wrong
    // key changes nothing, so trying is safe.
    static Result<std::unique_ptr<LocalStore>>
    openWithAnyKey(const QString &path, const QList<DatabaseKey> &keys, Options options);

    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    Database &database() { return *m_database; }
    ChangeWriter &writer() { return *m_writer; }
    HlcClock &hlc() { return m_hlc; }
    const Clock &clock() const { return m_clock; }
    const QString &deviceId() const { return m_deviceId; }
    const Migrator::Outcome &migration() const { return m_migration; }
    // Null when the log is checkpointed inside commits (read-only stores,
    // Options::checkpoints unset).
    const WalCheckpointer *checkpointer() const { return m_checkpointer.get(); }
    // Whether a business was set up here; an error when the store cannot
    // say (never "not set up", which would run the first-run set-up again).
    Result<bool> isInitialised() const;

    // Runs `body` in a write transaction: commits when it returns success and
    // rolls back everything otherwise. Nested calls join the outer transaction
    // (which then can only roll back if any inner part failed).
    template<typename Body> auto transact(Body &&body) -> decltype(body())
    {
        if (m_depth > 0) {
            ++m_depth;
            auto result = body();
            --m_depth;
            if (!result)
                m_rollbackOnly = true;
            return result;
        }
        if (auto begun = begin(); !begun)
            return begun.error();
        m_depth = 1;
        m_rollbackOnly = false;
        auto result = body();
        m_depth = 0;
        if (!result || m_rollbackOnly) {
            rollback();
            if (result)
                return Error::storage(QStringLiteral("storage.rolledBack"),
                                      tr("Part of the change failed, so none of it was saved."));
            return result;
        }
        if (auto committed = commit(); !committed)
            return committed.error();
        return result;
    }

    // Called after every committed write transaction (on the thread that
    // wrote), so the sync engine can start a round soon after a change.
    void setCommitObserver(std::function<void()> observer)
    {
        m_commitObserver = std::move(observer);
    }

    // Stores the clock's current stamp, after it observed remote stamps, so
    // that after a restart local edits still stamp above everything seen.
    Result<void> rememberClock();

    // Re-encrypts the database with a new key.
    Result<void> rekey(const DatabaseKey &newKey);

    // Another connection to this store's file, read-only, on the same clock,
    // for reads on another thread (the agenda's reader): a connection belongs
    // to the thread that opens it, so call this on the thread that will use
    // it. Safe to call from any thread while this store is open.
    Result<std::unique_ptr<LocalStore>> openReader() const;

private:
    LocalStore(std::unique_ptr<Database> database, const Clock &clock, qint64 maxDrift);
    Result<void> loadIdentity();
    Result<void> begin();
    Result<void> commit();
    void rollback();

    std::unique_ptr<Database> m_database;
    // For openReader(), like the checkpointer's copy: in memory only, wiped
    // when the store closes.
    DatabaseKey m_key;
    mutable std::mutex m_keyMutex;
    int m_pageCacheKiB = kDefaultPageCacheKiB;
    qint64 m_maxDrift = HlcClock::kDefaultMaxForwardDriftMsecs;
    const Clock &m_clock;
    HlcClock m_hlc;
    QString m_deviceId;
    std::unique_ptr<ChangeWriter> m_writer;
    Migrator::Outcome m_migration;
    std::function<void()> m_commitObserver;
    std::optional<WalCheckpointer::Options> m_checkpointOptions;
    // After the database: stopped before the writer's connection closes.
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    int m_depth = 0;
    bool m_rollbackOnly = false;
};

} // namespace Balcao
