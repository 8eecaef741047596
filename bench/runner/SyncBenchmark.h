// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "security/DatabaseKey.h"

#include <QDir>
#include <QJsonObject>

namespace Balcao::Bench {

struct SyncOptions
{
    quint64 seed = 42;
    QString balcaod; // the server binary, run as a child process
    int latencyChanges = 200; // timed A→B changes
    int latencyWarmup = 5; // untimed A→B changes first
    int pullRuns = 1; // pull-and-apply runs, each by a new terminal
    int readerRounds = 5; // rounds of reading the pulled pages alone
};

// Sync on loopback against a real balcaod (issue 3, item 8), starting from
// the generated business database (`origin`):
// 1. push: the origin terminal pushes its whole change log (SyncSession,
//    batches of SyncSession::kPushBatchSize);
// 2. pull and apply: a new terminal pulls those changes and applies them
//    through ChangeApplier (SyncSession::run); `pullRuns` times, each by a
//    new terminal; then the same pages fetched again and only read
//    (PullPageReader, and QJsonDocument for comparison), in MB/s;
// 3. bootstrap: another new terminal starts from the server's state
//    (SyncSession::bootstrap);
// 4. latency: the origin (A) and the bootstrapped terminal (B) online with
//    running SyncEngines and LiveChannels, each on its own thread; a client
//    created on A until it can be read on B;
// 5. the server's memory (VmRSS/VmHWM) after each phase.
class SyncBenchmark
{
public:
    SyncBenchmark(SyncOptions options, QString origin, QDir directory, DatabaseKey key);
    Result<QJsonObject> run() const;

private:
    SyncOptions m_options;
    QString m_origin;
    QDir m_directory;
    DatabaseKey m_key;
};

} // namespace Balcao::Bench
