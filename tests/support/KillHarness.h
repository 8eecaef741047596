// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "security/DatabaseKey.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

namespace Balcao {
class LocalStore;
}

namespace Balcao::Test {

// The fork-and-kill harness: a child process writes to an encrypted store
// and reports each commit over a pipe; the parent kills it with SIGKILL at a
// chosen point, then checks that the store opens, is intact and holds every
// commit the child reported (reopenAfterKill). The point is chosen from the
// child's reports, never from a delay, so a slow machine cannot move the
// kill before the store is open or after the writes. How to write a kill
// test: docs/testing.md.

// Where the child is killed.
struct KillPoint
{
    enum class Moment {
        // As soon as the child has reported `commits` commits. It does not
        // wait for the parent, so it is already into its next write: the
        // kill lands wherever that write happens to be.
        AfterCommits,
        // Once the child has reported `commits` commits, its next SQLite
        // COMMIT (of any transaction, on any connection) is held at its
        // start, before a byte of it is in the write-ahead log, and the
        // child is killed there: deterministically in the middle of a write.
        InsideCommit,
    };
    Moment moment = Moment::AfterCommits;
    int commits = 1;

    static KillPoint afterCommits(int n) { return { Moment::AfterCommits, n }; }
    static KillPoint insideCommit(int afterCommits)
    {
        return { Moment::InsideCommit, afterCommits };
    }
    QString toString() const;
};

// What happened to the child.
struct KillRun
{
    // Empty when the child died of the kill at the point asked for; else why
    // not (it ended on its own, stopped reporting, could not start).
    QString failure;
    // Every commit the child reported, including reports still in the pipe
    // when it died: each of them must be in the store.
    int reportedCommits = 0;
    // SQLite commits the child began and the parent let through
    // (InsideCommit only: commits are only held then).
    int commitsLetThrough = 0;
    // The child was held inside a COMMIT when it was killed.
    bool killedInsideCommit = false;

    bool ok() const { return failure.isEmpty(); }
};

// The child's end of the pipe: a socket pair, since with InsideCommit it
// goes both ways (the child waits there for leave to go on).
class CommitReporter
{
public:
    // BALCAO_TEST_REPORT_FD names the descriptor in a helper executable that
    // spawnAndKill() started; BALCAO_TEST_HOLD_COMMITS=1 asks for holdCommits().
    static CommitReporter fromEnvironment();
    CommitReporter(int fd, bool holdCommits);

    bool isConnected() const { return m_fd >= 0; }
    bool holdsCommits() const { return m_holdCommits; }
    // Reports one unit of work as committed: call it after the transaction
    // (or the command) that wrote the unit has returned success.
    void committed();
    // With holdsCommits(): from now on every SQLite connection this process
    // opens announces each COMMIT as it begins and waits for leave to go on.
    // Call it before opening the store.
    void holdCommitsFromNowOn();

    static constexpr char kCommitted = 'C';
    static constexpr char kCommitBegins = 'W';
    static constexpr char kGoOn = 'g';

private:
    int m_fd = -1;
    bool m_holdCommits = false;
};

using Deadline = std::chrono::milliseconds;
inline constexpr Deadline kDefaultKillDeadline { 120'000 };

// Forks: the child runs `work` (which writes until it is killed, reporting
// each commit; what it returns is its exit code should it stop on its own),
// the parent kills it at `point`. No report for `deadline`: the child is
// killed and the run fails.
KillRun forkAndKill(const std::function<int(CommitReporter &)> &work, KillPoint point,
                    Deadline deadline = kDefaultKillDeadline);

// The same with a separate executable, which takes its end of the pipe with
// CommitReporter::fromEnvironment(). Its standard output is discarded; its
// standard error is the test's, so that its complaints are seen.
KillRun spawnAndKill(const QString &program, const QStringList &arguments, KillPoint point,
                     Deadline deadline = kDefaultKillDeadline);

// The checks after every kill: the child died at the point asked for, the
// store opens with its key, PRAGMA integrity_check says "ok", and
// `unitsInStore` (the units of work the store holds, one per reported
// commit, e.g. a count of rows) is at least every commit reported and at
// most one more (the one under way when the kill came, when it completed
// unreported). Returns the reopened store for the test's own checks.
Result<std::unique_ptr<LocalStore>>
reopenAfterKill(const QString &path, const DatabaseKey &key, const KillRun &run,
                const std::function<qint64(LocalStore &)> &unitsInStore);

} // namespace Balcao::Test

// For data-driven kill tests (QTest::addColumn<KillPoint>).
Q_DECLARE_METATYPE(Balcao::Test::KillPoint)
