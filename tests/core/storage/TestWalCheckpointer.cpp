// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"
#include "clients/ClientService.h"
#include "security/DatabaseKey.h"
#include "storage/LocalStore.h"
#include "storage/WalCheckpointer.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;
using Balcao::Test::scalar;

// The write-ahead log is copied into the database on a thread of its own:
// the log stays bounded while commits go on, is given back when quiet and
// at close, and what was committed is all there afterwards. (A kill in the
// middle of background checkpoints: TestCrashSafety.)
class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private:
    // SQLCipher's default page, plus the header of each log frame.
    static constexpr qint64 kFrameBytes = 4096 + 24;

    QTemporaryDir m_dir;
    DatabaseKey m_key = DatabaseKey::generate();
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("wal-%1.db").arg(++m_files)); }

    std::unique_ptr<LocalStore> open(const QString &path, const WalCheckpointer::Options &options,
                                     const DatabaseKey &key)
    {
        LocalStore::Options storeOptions;
        storeOptions.checkpoints = options;
        auto store = LocalStore::open(path, key, storeOptions);
        if (!store)
            qFatal("open: %s", qPrintable(store.error().message));
        return std::move(*store);
    }
    std::unique_ptr<LocalStore> open(const QString &path, const WalCheckpointer::Options &options)
    {
        return open(path, options, m_key);
    }

    static qint64 logBytes(const QString &path)
    {
        return QFileInfo(path + QStringLiteral("-wal")).size();
    }

    // One transaction per client, as the front desk saves.
    static void addClients(LocalStore &store, int from, int count,
                           const std::function<void()> &afterEach = {})
    {
        ClientService clients(store);
        for (int i = from; i < from + count; ++i) {
            ClientDraft draft;
            draft.name = QStringLiteral("Client %1").arg(i);
            draft.phone = QStringLiteral("119%1").arg(10000000 + i);
            QVERIFY(clients.create(draft).ok());
            if (afterEach)
                afterEach();
        }
    }

private slots:
    void testLogStaysBoundedWhileCommitting()
    {
        const QString path = newPath();
        WalCheckpointer::Options options;
        options.thresholdFrames = 40;
        options.hardLimitFrames = 400;
        options.idle = std::chrono::hours(1); // no truncation in this test
        auto store = open(path, options);
        qint64 largest = 0;
        addClients(*store, 0, 1500, [&] { largest = std::max(largest, logBytes(path)); });
        // 1,500 commits write many times the hard limit. The log starts
        // again only once a checkpoint has copied all of it before a commit
        // begins, which back-to-back commits rarely leave time for; past
        // the hard limit the writer copies the rest itself, unless the
        // thread is copying at that moment (both are PASSIVE: the writer
        // waits for nobody), so the log ends at the hard limit plus what is
        // committed during one checkpoint, well under twice it.
        QVERIFY2(largest <= 2 * options.hardLimitFrames * kFrameBytes + 32,
                 qPrintable(QString::number(largest)));
        QVERIFY(store->checkpointer());
        QVERIFY(store->checkpointer()->counts().passive > 0);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM clients")), 1500);
    }

    void testQuietLogIsTruncated()
    {
        const QString path = newPath();
        WalCheckpointer::Options options;
        options.thresholdFrames = 40;
        options.idle = std::chrono::milliseconds(100);
        auto store = open(path, options);
        addClients(*store, 0, 100);
        QVERIFY(logBytes(path) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(logBytes(path), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(store->checkpointer()->counts().truncated > 0, 10000);
        // Writing goes on after the log was cut, and reads see everything.
        addClients(*store, 100, 10);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM clients")), 110);
        QCOMPARE(store->database().integrityCheck(), QStringList { QStringLiteral("ok") });
    }

    void testClosingCheckpointsEverything()
    {
        const QString path = newPath();
        WalCheckpointer::Options options;
        options.thresholdFrames = 1000000; // nothing in the background: all left for the close
        options.hardLimitFrames = 2000000;
        options.idle = std::chrono::hours(1);
        {
            auto store = open(path, options);
            addClients(*store, 0, 200);
            QVERIFY(logBytes(path) > 0);
            QCOMPARE(store->checkpointer()->counts().passive, 0);
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        auto reopened = open(path, options);
        QCOMPARE(scalar(*reopened, QStringLiteral("SELECT count(*) FROM clients")), 200);
        QCOMPARE(reopened->database().integrityCheck(), QStringList { QStringLiteral("ok") });
    }

    void testWithoutTheThreadCommitsCheckpointAsBefore()
    {
        const QString path = newPath();
        LocalStore::Options storeOptions;
        storeOptions.checkpoints.reset();
        auto opened = LocalStore::open(path, m_key, storeOptions);
        QVERIFY(opened.ok());
        LocalStore &store = **opened;
        QVERIFY(!store.checkpointer());
        qint64 largest = 0;
        addClients(store, 0, 600, [&] { largest = std::max(largest, logBytes(path)); });
        // SQLite's automatic checkpoint at 1,000 frames restarts the log.
        QVERIFY2(largest <= 1100 * kFrameBytes, qPrintable(QString::number(largest)));
    }

    void testRekeyKeepsCheckpointing()
    {
        const QString path = newPath();
        WalCheckpointer::Options options;
        options.thresholdFrames = 40;
        options.idle = std::chrono::hours(1);
        const DatabaseKey newKey = DatabaseKey::generate();
        {
            auto store = open(path, options);
            addClients(*store, 0, 50);
            QVERIFY(store->rekey(newKey).ok());
            QVERIFY(store->checkpointer());
            // The restarted thread opens the file with the new key.
            addClients(*store, 50, 300);
            QTRY_VERIFY_WITH_TIMEOUT(store->checkpointer()->counts().passive > 0, 10000);
        }
        LocalStore::Options storeOptions;
        storeOptions.mode = Database::OpenMode::MustExist;
        QVERIFY(!LocalStore::open(path, m_key, storeOptions).ok());
        auto reopened = open(path, options, newKey);
        QCOMPARE(scalar(*reopened, QStringLiteral("SELECT count(*) FROM clients")), 350);
        QCOMPARE(reopened->database().integrityCheck(), QStringList { QStringLiteral("ok") });
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "TestWalCheckpointer.moc"
