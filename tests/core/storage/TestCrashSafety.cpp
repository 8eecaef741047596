// SPDX-License-Identifier: GPL-3.0-or-later
#include "KillHarness.h"
#include "clients/ClientService.h"
#include "security/DatabaseKey.h"
#include "storage/LocalStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// A writer killed with SIGKILL in the middle of its writes must leave a
// database that opens, passes integrity_check, and holds each transaction
// wholly or not at all — the row, its versions and its change-log entry
// together — with every transaction it reported committed.
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

    // The child of the fork-and-kill harness: writes clients in
    // transactions of `batch` until it is killed, reporting each commit.
    // `checkpointFrames` > 0: the log is checkpointed on the store's own
    // thread once it holds that many frames, so the kill can land in the
    // middle of a checkpoint as well as of a commit.
    static int writeClients(CommitReporter &reporter, const QString &path, const DatabaseKey &key,
                            int batch, int checkpointFrames)
    {
        LocalStore::Options options;
        if (checkpointFrames > 0) {
            options.checkpoints = WalCheckpointer::Options {};
            options.checkpoints->thresholdFrames = checkpointFrames;
        }
        auto store = LocalStore::open(path, key, options);
        if (!store)
            return 3;
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
                return 5;
            reporter.committed();
        }
    }

private slots:
    void testKilledWriterLeavesWholeTransactions_data()
    {
        QTest::addColumn<int>("batch");
        QTest::addColumn<KillPoint>("point");
        QTest::addColumn<int>("checkpointFrames");
        QTest::addRow("single creates, inside the first commit")
            << 1 << KillPoint::insideCommit(0) << 0;
        QTest::addRow("single creates, right after the first")
            << 1 << KillPoint::afterCommits(1) << 0;
        QTest::addRow("single creates, inside the 21st commit")
            << 1 << KillPoint::insideCommit(20) << 0;
        QTest::addRow("single creates, after 20") << 1 << KillPoint::afterCommits(20) << 0;
        QTest::addRow("batches of 25, inside the third commit")
            << 25 << KillPoint::insideCommit(2) << 0;
        QTest::addRow("batches of 25, after 2") << 25 << KillPoint::afterCommits(2) << 0;
        QTest::addRow("batches of 100, inside the second commit")
            << 100 << KillPoint::insideCommit(1) << 0;
        QTest::addRow("batches of 100, after 1") << 100 << KillPoint::afterCommits(1) << 0;
        // Checkpoints all the time on the store's thread while it commits.
        QTest::addRow("single creates, busy checkpointer, inside the 31st commit")
            << 1 << KillPoint::insideCommit(30) << 8;
        QTest::addRow("single creates, busy checkpointer, after 30")
            << 1 << KillPoint::afterCommits(30) << 8;
        QTest::addRow("batches of 25, busy checkpointer, inside the fourth commit")
            << 25 << KillPoint::insideCommit(3) << 8;
        QTest::addRow("batches of 25, busy checkpointer, after 3")
            << 25 << KillPoint::afterCommits(3) << 8;
    }
    void testKilledWriterLeavesWholeTransactions()
    {
        QFETCH(int, batch);
        QFETCH(KillPoint, point);
        QFETCH(int, checkpointFrames);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.db"));
        const DatabaseKey key = DatabaseKey::generate();
        {
            auto store = LocalStore::open(path, key); // created and migrated before the child runs
            QVERIFY(store.ok());
        }
        const KillRun run = forkAndKill(
            [&](CommitReporter &reporter) {
                return writeClients(reporter, path, key, batch, checkpointFrames);
            },
            point);
        const auto clientsIn = [](LocalStore &store) {
            return qint64(scalar(store, QStringLiteral("SELECT count(*) FROM clients")));
        };
        auto reopened = reopenAfterKill(
            path, key, run, [&](LocalStore &store) { return clientsIn(store) / batch; });
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
        LocalStore &store = **reopened;
        const int clients = int(clientsIn(store));
        QCOMPARE(clients % batch, 0); // no half transaction
        if (point.moment == KillPoint::Moment::InsideCommit) {
            // Held at the start of its commit: that transaction is not there.
            QVERIFY(run.killedInsideCommit);
            QCOMPARE(clients, run.reportedCommits * batch);
        }
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
