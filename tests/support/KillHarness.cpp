// SPDX-License-Identifier: GPL-3.0-or-later
#include "KillHarness.h"

#include "storage/LocalStore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcessEnvironment>

#include <sqlite3.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace Balcao::Test {

namespace {

constexpr char kReportFdVariable[] = "BALCAO_TEST_REPORT_FD";
constexpr char kHoldVariable[] = "BALCAO_TEST_HOLD_COMMITS";
// The child's exit code when the parent went away: it has nobody to report to.
constexpr int kParentGone = 86;

// The descriptor the commit hook reports on, for every connection of the
// process; set once by holdCommitsFromNowOn() before any store is opened.
int g_holdFd = -1;

bool sendByte(int fd, char byte)
{
    for (;;) {
        // MSG_NOSIGNAL: a parent that is gone is an error here, not SIGPIPE.
        const ssize_t n = ::send(fd, &byte, 1, MSG_NOSIGNAL);
        if (n == 1)
            return true;
        if (n < 0 && errno == EINTR)
            continue;
        return false;
    }
}

bool receiveByte(int fd, char *byte)
{
    for (;;) {
        const ssize_t n = ::recv(fd, byte, 1, 0);
        if (n == 1)
            return true;
        if (n < 0 && errno == EINTR)
            continue;
        return false;
    }
}

// SQLite calls this at the start of every COMMIT (explicit or of a single
// statement), before the transaction's pages go to the log: the child says
// so and waits. The parent answers "go on" or kills it right here.
int holdCommit(void *)
{
    char answer = 0;
    if (!sendByte(g_holdFd, CommitReporter::kCommitBegins) || !receiveByte(g_holdFd, &answer)
        || answer != CommitReporter::kGoOn)
        _exit(kParentGone);
    return 0; // 0: the commit goes ahead
}

// An SQLite auto-extension: runs for every connection opened in this process.
int installCommitHold(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    sqlite3_commit_hook(db, &holdCommit, nullptr);
    return SQLITE_OK;
}

QString describeStatus(int status)
{
    if (WIFEXITED(status))
        return QStringLiteral("exited with code %1").arg(WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return QStringLiteral("died of signal %1").arg(WTERMSIG(status));
    return QStringLiteral("ended (status %1)").arg(status);
}

// The parent's side: reads the child's reports, lets commits through or
// kills at the point, reaps the child and counts what it reported up to its
// death.
KillRun watch(pid_t child, int fd, KillPoint point, Deadline deadline)
{
    KillRun run;
    QDeadlineTimer timer(deadline);
    bool killed = false;
    const auto killNow = [&] {
        ::kill(child, SIGKILL);
        killed = true;
    };
    const auto take = [&](char byte) {
        if (byte == CommitReporter::kCommitted) {
            ++run.reportedCommits;
            if (!killed && point.moment == KillPoint::Moment::AfterCommits
                && run.reportedCommits >= point.commits)
                killNow();
        } else if (byte == CommitReporter::kCommitBegins && !killed) {
            if (point.moment == KillPoint::Moment::InsideCommit
                && run.reportedCommits >= point.commits) {
                run.killedInsideCommit = true;
                killNow();
            } else if (sendByte(fd, CommitReporter::kGoOn)) {
                ++run.commitsLetThrough;
            }
        }
    };
    bool ended = false;
    while (!killed && !ended) {
        pollfd p { fd, POLLIN, 0 };
        const int ready = ::poll(&p, 1, int(qMax<qint64>(0, timer.remainingTime())));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            killNow();
            run.failure = QStringLiteral("no report from the child within %1 s (%2 commits "
                                         "reported)")
                              .arg(deadline.count() / 1000)
                              .arg(run.reportedCommits);
            break;
        }
        char buffer[256];
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ended = true; // the child closed its end: it is gone
            break;
        }
        for (ssize_t i = 0; i < n; ++i)
            take(buffer[i]);
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) { }
    // What the child wrote before it died is still in the pipe: every
    // commit reported there must be in the store too.
    char buffer[256];
    for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) != 0;) {
        if (n < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        for (ssize_t i = 0; i < n; ++i) {
            if (buffer[i] == CommitReporter::kCommitted)
                ++run.reportedCommits;
        }
    }
    if (!run.failure.isEmpty())
        return run;
    if (!killed || !WIFSIGNALED(status) || WTERMSIG(status) != SIGKILL)
        run.failure = QStringLiteral("the child %1 before it was killed %2, after %3 commits")
                          .arg(describeStatus(status), point.toString())
                          .arg(run.reportedCommits);
    return run;
}

bool makePipe(int fds[2], QString *failure)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) == 0)
        return true;
    *failure = QStringLiteral("socketpair: %1").arg(QString::fromLocal8Bit(strerror(errno)));
    return false;
}

// What fork() gave: false when it failed, the pipe closed and why in `failure`.
bool forked(pid_t child, const int fds[2], QString *failure)
{
    if (child >= 0)
        return true;
    *failure = QStringLiteral("fork: %1").arg(QString::fromLocal8Bit(strerror(errno)));
    ::close(fds[0]);
    ::close(fds[1]);
    return false;
}

} // namespace

QString KillPoint::toString() const
{
    return moment == Moment::AfterCommits
        ? QStringLiteral("after its commit %1").arg(commits)
        : QStringLiteral("inside the first commit after %1 reported").arg(commits);
}

CommitReporter CommitReporter::fromEnvironment()
{
    bool ok = false;
    const int fd = qEnvironmentVariableIntValue(kReportFdVariable, &ok);
    return CommitReporter(ok ? fd : -1, qEnvironmentVariableIntValue(kHoldVariable) == 1);
}

CommitReporter::CommitReporter(int fd, bool holdCommits)
    : m_fd(fd)
    , m_holdCommits(holdCommits)
{ }

void CommitReporter::committed()
{
    if (m_fd >= 0 && !sendByte(m_fd, kCommitted))
        _exit(kParentGone);
}

void CommitReporter::holdCommitsFromNowOn()
{
    if (m_fd < 0 || !m_holdCommits)
        return;
    g_holdFd = m_fd;
    sqlite3_auto_extension(reinterpret_cast<void (*)()>(&installCommitHold));
}

KillRun forkAndKill(const std::function<int(CommitReporter &)> &work, KillPoint point,
                    Deadline deadline)
{
    KillRun run;
    int fds[2];
    if (!makePipe(fds, &run.failure))
        return run;
    const pid_t child = ::fork();
    if (!forked(child, fds, &run.failure))
        return run;
    if (child == 0) {
        ::close(fds[0]);
        CommitReporter reporter(fds[1], point.moment == KillPoint::Moment::InsideCommit);
        reporter.holdCommitsFromNowOn();
        _exit(work(reporter));
    }
    ::close(fds[1]);
    run = watch(child, fds[0], point, deadline);
    ::close(fds[0]);
    return run;
}

KillRun spawnAndKill(const QString &program, const QStringList &arguments, KillPoint point,
                     Deadline deadline)
{
    KillRun run;
    int fds[2];
    if (!makePipe(fds, &run.failure))
        return run;
    // Everything the child needs is made before fork(): after it, only
    // async-signal-safe calls.
    QList<QByteArray> argvBytes { QFile::encodeName(program) };
    for (const QString &argument : arguments)
        argvBytes << argument.toLocal8Bit();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kReportFdVariable), QString::number(fds[1]));
    environment.insert(QString::fromLatin1(kHoldVariable),
                       point.moment == KillPoint::Moment::InsideCommit ? QStringLiteral("1")
                                                                       : QStringLiteral("0"));
    QList<QByteArray> envBytes;
    for (const QString &entry : environment.toStringList())
        envBytes << entry.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : argvBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (QByteArray &e : envBytes)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    const pid_t child = ::fork();
    if (!forked(child, fds, &run.failure))
        return run;
    if (child == 0) {
        // The child's end survives exec; every other descriptor of the
        // parent is close-on-exec (Qt opens them so, and so does makePipe).
        ::fcntl(fds[1], F_SETFD, 0);
        const int devNull = ::open("/dev/null", O_WRONLY);
        if (devNull >= 0)
            ::dup2(devNull, STDOUT_FILENO);
        ::execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    ::close(fds[1]);
    run = watch(child, fds[0], point, deadline);
    ::close(fds[0]);
    if (!run.ok())
        run.failure = program + QStringLiteral(": ") + run.failure;
    return run;
}

Result<std::unique_ptr<LocalStore>>
reopenAfterKill(const QString &path, const DatabaseKey &key, const KillRun &run,
                const std::function<qint64(LocalStore &)> &unitsInStore)
{
    const auto failed = [](const QString &message) {
        return Error::storage(QStringLiteral("test.killedStore"), message);
    };
    if (!run.ok())
        return failed(run.failure);
    auto store = LocalStore::open(path, key);
    if (!store)
        return failed(QStringLiteral("the store does not open after the kill: ")
                      + store.error().message);
    const QStringList integrity = (*store)->database().integrityCheck();
    if (integrity != QStringList { QStringLiteral("ok") })
        return failed(QStringLiteral("integrity_check after the kill: ")
                      + integrity.join(QStringLiteral("; ")));
    const qint64 units = unitsInStore(**store);
    if (units < run.reportedCommits || units > run.reportedCommits + 1)
        return failed(QStringLiteral("the store holds %1 units after the kill; the child "
                                     "reported %2 commits (so %2, or %3 with the one under way)")
                          .arg(units)
                          .arg(run.reportedCommits)
                          .arg(run.reportedCommits + 1));
    return std::move(*store);
}

} // namespace Balcao::Test
