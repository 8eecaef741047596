// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;

class TestMigrator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseKey m_key = DatabaseKey::generate();

    std::unique_ptr<Database> open(const QString &name)
    {
        auto db = Database::open(m_dir.filePath(name), m_key);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return std::move(*db);
    }
    static int count(Database &db, const QString &table)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    static QList<Migration> twoSteps(const QString &second)
    {
        return {
            { 1, QStringLiteral("one"), { QStringLiteral("CREATE TABLE a (x INTEGER)") } },
            { 2, QStringLiteral("two"), { QStringLiteral("INSERT INTO a VALUES (1)"), second } }
        };
    }

private slots:
    void testFreshDatabaseReachesLatestWithoutBackup()
    {
        auto db = open(QStringLiteral("fresh.db"));
        auto outcome = Migrator().migrate(*db, m_key);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->fromVersion, 0);
        QCOMPARE(outcome->toVersion, Migrator().latestVersion());
        QVERIFY(outcome->backupPath.isEmpty());
        QCOMPARE(db->schemaVersion(), Migrator().latestVersion());
        // Running again is a no-op.
        auto again = Migrator().migrate(*db, m_key);
        QVERIFY(again.ok());
        QCOMPARE(again->fromVersion, again->toVersion);
    }

    void testBackupTakenAndVerifiedBeforeMigrating()
    {
        auto db = open(QStringLiteral("old.db"));
        QVERIFY(
            Migrator({ twoSteps(QStringLiteral("SELECT 1")).first() }).migrate(*db, m_key).ok());
        QSqlQuery(db->connection()).exec(QStringLiteral("INSERT INTO a VALUES (42)"));
        auto outcome = Migrator(twoSteps(QStringLiteral("CREATE TABLE b (y)"))).migrate(*db, m_key);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
        QCOMPARE(outcome->fromVersion, 1);
        QCOMPARE(outcome->toVersion, 2);
        QVERIFY(!outcome->backupPath.isEmpty());
        QVERIFY(QFile::exists(outcome->backupPath));
        QVERIFY(!Database::isPlainSqliteFile(outcome->backupPath));
        auto backup = Database::open(outcome->backupPath, m_key, Database::OpenMode::ReadOnly);
        QVERIFY(backup.ok());
        QCOMPARE((*backup)->schemaVersion(), 1);
        QCOMPARE(count(**backup, QStringLiteral("a")), 1); // the state before migration
        QCOMPARE(count(*db, QStringLiteral("a")), 2);
    }

    void testFailedMigrationRollsBackEntirely()
    {
        auto db = open(QStringLiteral("broken.db"));
        QVERIFY(
            Migrator({ twoSteps(QStringLiteral("SELECT 1")).first() }).migrate(*db, m_key).ok());
        auto outcome = Migrator(twoSteps(QStringLiteral("THIS IS NOT SQL"))).migrate(*db, m_key);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QStringLiteral("migration.failed"));
        QVERIFY(outcome.error().message.contains(QStringLiteral("schema 1")));
        QCOMPARE(db->schemaVersion(), 1);
        QCOMPARE(count(*db, QStringLiteral("a")), 0); // the INSERT of step 2 was rolled back
    }

    void testNewerDatabaseIsRefused()
    {
        auto db = open(QStringLiteral("newer.db"));
        QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = 999")).ok());
        auto outcome = Migrator().migrate(*db, m_key);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QStringLiteral("migration.newerDatabase"));
        QVERIFY(outcome.error().message.contains(QStringLiteral("999")));
        QCOMPARE(db->schemaVersion(), 999);
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "TestMigrator.moc"
