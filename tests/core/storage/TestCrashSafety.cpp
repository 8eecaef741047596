// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/ClientService.h"
#include "security/DatabaseKey.h"
#include "storage/LocalStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace Balcao;

// A writer killed with SIGKILL at an arbitrary point must leave a database
// that opens, passes integrity_check, and holds each transaction wholly or
// not at all — the row, its versions and its change-log entry together.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    static int scalar(LocalStore &store, const QString &sql)
    {
        QSqlQuery q(store.database().connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    // Forks a child that writes clients in transactions of `batch` until it
    // is killed. The child reports each commit on a pipe; the parent kills it
    // `delayMsecs` after the `minimumCommits`-th, so the kill always lands in
    // the middle of a stream of writes, whatever the speed of the disk.
    // `checkpointFrames` > 0: the log is checkpointed on the store's own
    // thread once it holds that many frames, so the kill can land in the
    // middle of a checkpoint as well as of a commit.
    static void runAndKill(const QString &path, const DatabaseKey &key, int batch,
                           int minimumCommits, int delayMsecs, int checkpointFrames)
    {
        int ready[2];
        QVERIFY(pipe(ready) == 0);
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            close(ready[0]);
            LocalStore::Options options;
            if (checkpointFrames > 0) {
                options.checkpoints = WalCheckpointer::Options {};
                options.checkpoints->thresholdFrames = checkpointFrames;
            }
            auto store = LocalStore::open(path, key, options);
            if (!store)
                _exit(3);
            ClientService clients(**store);
            for (int n = 0;; ++n) {
                auto done = (*store)->transact([&]() -> Result<void> {
                    for (int i = 0; i < batch; ++i) {
                        ClientDraft draft;
                        draft.name = QStringLiteral("Client %1-%2").arg(n).arg(i);
                        draft.phone = QStringLiteral("119%1").arg(10000000 + n * batch + i);
                        if (auto c = clients.create(draft); !c)
                            return c.error();
                    }
                    return {};
                });
                if (!done)
                    _exit(5);
                const char committed = 'c';
                if (write(ready[1], &committed, 1) != 1)
                    _exit(4);
            }
        }
        close(ready[1]);
        for (int seen = 0; seen < minimumCommits; ++seen) {
            char committed = 0;
            if (read(ready[0], &committed, 1) != 1) {
                kill(child, SIGKILL);
                QFAIL("the writer stopped before its first commits");
            }
        }
        QTest::qSleep(delayMsecs);
        QCOMPARE(kill(child, SIGKILL), 0);
        close(ready[0]);
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
                 "the writer ended before it was killed");
    }

private slots:
    void testKilledWriterLeavesWholeTransactions_data()
    {
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("commits");
        QTest::addColumn<int>("delay");
        QTest::addColumn<int>("checkpointFrames");
        QTest::addRow("single creates, at once") << 1 << 1 << 0 << 0;
        QTest::addRow("single creates, later") << 1 << 20 << 7 << 0;
        QTest::addRow("batches of 25") << 25 << 2 << 3 << 0;
        QTest::addRow("batches of 100") << 100 << 1 << 11 << 0;
        // Checkpoints all the time on the store's thread while it commits.
        QTest::addRow("single creates, busy checkpointer") << 1 << 30 << 5 << 8;
        QTest::addRow("batches of 25, busy checkpointer") << 25 << 3 << 9 << 8;
    }
    void testKilledWriterLeavesWholeTransactions()
    {
        QFETCH(int, batch);
        QFETCH(int, commits);
        QFETCH(int, delay);
        QFETCH(int, checkpointFrames);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.db"));
        const DatabaseKey key = DatabaseKey::generate();
        {
            auto store = LocalStore::open(path, key); // created and migrated before the child runs
            QVERIFY(store.ok());
        }
        runAndKill(path, key, batch, commits, delay, checkpointFrames);

        auto reopened = LocalStore::open(path, key);
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
        LocalStore &store = **reopened;
        QCOMPARE(store.database().integrityCheck(), QStringList { QStringLiteral("ok") });
        const int clients = scalar(store, QStringLiteral("SELECT count(*) FROM clients"));
        QVERIFY(clients >= commits * batch); // every reported commit survived
        QCOMPARE(clients % batch, 0);
        QCOMPARE(
            scalar(store,
                   QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'clients'")),
            clients);
        QCOMPARE(scalar(store,
                        QStringLiteral("SELECT count(DISTINCT row_id) FROM column_versions WHERE "
                                       "table_name = 'clients'")),
                 clients);
        // Every client row has its four column versions and its own log entry.
        QCOMPARE(scalar(store,
                        QStringLiteral(
                            "SELECT count(*) FROM clients c WHERE"
                            " (SELECT count(*) FROM column_versions v WHERE v.table_name = "
                            "'clients' AND v.row_id = c.id) != 4"
                            " OR NOT EXISTS (SELECT 1 FROM change_log l WHERE l.row_id = c.id)")),
                 0);
        // And the store keeps working.
        ClientDraft draft;
        draft.name = QStringLiteral("After the crash");
        QVERIFY(ClientService(store).create(draft).ok());
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
