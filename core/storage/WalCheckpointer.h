// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "security/DatabaseKey.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace Balcao {

class Database;

// Copies the write-ahead log back into the database file on a thread and a
// connection of its own, so that no commit pays for it.
//
// SQLite's automatic checkpoint runs inside the COMMIT that takes the log
// past 1,000 pages: with some 30 pages per booking, every thirtieth booking
// or so waited several milliseconds for it to read, write and fsync 4 MB, the
// p99 of the booking commit (docs/performance.md). Here the writer's
// automatic checkpoint is off; after each commit the writer only compares
// the log's length with the threshold and, past it, wakes this thread, which
// runs a PASSIVE checkpoint: it never takes the write lock, so commits go on
// meanwhile, and once it has copied everything the next commit starts the
// log again from its beginning. After a quiet spell it runs a TRUNCATE
// checkpoint, which gives the log's disk space back, but only if it finds no
// writer (it never waits for one), and closing the store checkpoints as
// before.
//
// Crash safety is SQLite's own: a checkpoint fsyncs the log before copying
// and the database file before the log may start again (this connection uses
// synchronous=FULL like the writer), and a kill at any point leaves a log
// that the next open replays. Should this thread fall behind (or fail to
// open its connection), the writer checkpoints in its own commit once the log
// reaches hardLimitFrames, as SQLite would have done, so the log stays
// bounded either way.
class WalCheckpointer
{
public:
    struct Options
    {
        int thresholdFrames = 1000; // SQLite's own automatic threshold
        int hardLimitFrames = 10000; // ~40 MB: the writer checkpoints itself past it
        std::chrono::milliseconds idle { 2000 }; // quiet this long: truncate the log
    };
    struct Counts
    {
        int passive = 0; // checkpoints run on this thread
        int truncated = 0; // of which truncated the log
        int byWriter = 0; // checkpoints the writer ran itself (fallen behind)
    };

    // Turns the writer's automatic checkpoint off and starts the thread, which
    // opens its own connection to the writer's file with `key`.
    WalCheckpointer(Database &writer, const DatabaseKey &key, Options options);
    // Stops the thread, closes its connection and gives the writer back its
    // automatic checkpoint, so the writer works as before on its own.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    Counts counts() const;

private:
    static int afterCommit(void *self, sqlite3 *db, const char *name, int frames);
    void run(QString path, DatabaseKey key);
    void checkpoint(Database &own, bool truncate);

    Options m_options;
    sqlite3 *m_writer;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_requested = false;
    bool m_written = false; // commits since the last truncation
    std::chrono::steady_clock::time_point m_lastCommit;
    std::atomic<bool> m_running { false }; // false: the writer checkpoints itself
    Counts m_counts;
};

} // namespace Balcao
