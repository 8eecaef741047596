// SPDX-License-Identifier: GPL-3.0-or-later
#include "WalCheckpointer.h"

#include "Database.h"
#include "SqlCipherDriver.h"

#include <sqlite3.h>

namespace Balcao {

namespace {

// SQLite's default, given back to the writer when the thread stops.
constexpr int kAutomaticCheckpointFrames = 1000;

} // namespace

WalCheckpointer::WalCheckpointer(Database &writer, const DatabaseKey &key, Options options)
    : m_options(options)
    , m_writer(writer.driver()->connection())
{
    // Replaces the automatic checkpoint, which is a hook of the same kind.
    sqlite3_wal_hook(m_writer, &WalCheckpointer::afterCommit, this);
    m_thread = std::thread(&WalCheckpointer::run, this, writer.path(), key);
}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    sqlite3_wal_autocheckpoint(m_writer, kAutomaticCheckpointFrames);
}

WalCheckpointer::Counts WalCheckpointer::counts() const
{
    const std::lock_guard lock(m_mutex);
    return m_counts;
}

// On the writer's thread, after each commit, with the log's length in frames.
int WalCheckpointer::afterCommit(void *self, sqlite3 *db, const char *name, int frames)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    const Options &options = checkpointer->m_options;
    const bool running = checkpointer->m_running.load(std::memory_order_acquire);
    // Without the thread, or too far behind it: the writer's own checkpoint,
    // as SQLite's automatic one would run it.
    const bool inWriter = frames >= (running ? options.hardLimitFrames : options.thresholdFrames);
    const bool copied = inWriter
        && sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr)
            == SQLITE_OK;
    bool wake = false;
    {
        const std::lock_guard lock(checkpointer->m_mutex);
        checkpointer->m_lastCommit = std::chrono::steady_clock::now();
        checkpointer->m_written = true;
        if (copied)
            ++checkpointer->m_counts.byWriter;
        if (running && !inWriter && frames >= options.thresholdFrames) {
            wake = !checkpointer->m_requested;
            checkpointer->m_requested = true;
        }
    }
    if (wake)
        checkpointer->m_wake.notify_one();
    return SQLITE_OK;
}

void WalCheckpointer::run(QString path, DatabaseKey key)
{
    // Its own connection (Qt's connections belong to the thread that made
    // them), with synchronous=FULL like the writer's: a checkpoint fsyncs
    // the database file before the log may start again.
    auto opened = Database::open(path, key, Database::OpenMode::MustExist);
    key = DatabaseKey(); // wiped: the connection holds what it needs
    if (!opened)
        return; // the writer keeps checkpointing itself
    std::unique_ptr<Database> own = std::move(*opened);
    // A TRUNCATE that finds a writer gives up at once instead of waiting.
    sqlite3_busy_timeout(own->driver()->connection(), 0);
    m_running.store(true, std::memory_order_release);

    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        if (m_requested) {
            m_requested = false;
            lock.unlock();
            checkpoint(*own, false);
            lock.lock();
            continue;
        }
        if (!m_written) {
            m_wake.wait(lock);
            continue;
        }
        const auto quietUntil = m_lastCommit + m_options.idle;
        if (std::chrono::steady_clock::now() < quietUntil) {
            m_wake.wait_until(lock, quietUntil);
            continue;
        }
        m_written = false;
        lock.unlock();
        checkpoint(*own, true);
        lock.lock();
    }
    m_running.store(false, std::memory_order_release);
    lock.unlock();
    own.reset(); // closed on the thread that opened it
}

void WalCheckpointer::checkpoint(Database &own, bool truncate)
{
    sqlite3 *db = own.driver()->connection();
    int logFrames = -1;
    int copiedFrames = -1;
    // PASSIVE takes no write lock: commits carry on while it copies.
    int rc = sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, &logFrames,
                                       &copiedFrames);
    const bool copied = rc == SQLITE_OK;
    bool truncated = false;
    bool retry = false;
    if (truncate && copied && logFrames > 0) {
        // All copied already, so TRUNCATE holds the write lock only to cut
        // the file; it needs that lock, so try only when all was copied.
        if (copiedFrames == logFrames) {
            rc = sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_TRUNCATE, nullptr,
                                           nullptr);
            truncated = rc == SQLITE_OK;
        }
        retry = !truncated;
    }
    const std::lock_guard lock(m_mutex);
    if (copied)
        ++m_counts.passive;
    if (truncated)
        ++m_counts.truncated;
    if (retry && !m_written) {
        // A writer or a reader was in the way: try again after another
        // quiet spell, not at once.
        m_written = true;
        m_lastCommit = std::chrono::steady_clock::now();
    }
}

} // namespace Balcao
