// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/DatabaseKey.h"
#include "storage/Database.h"
#include "storage/SqlCipherDriver.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Balcao;

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseKey m_key = DatabaseKey::generate();
    std::unique_ptr<Database> m_db;
    int m_files = 0;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void init()
    {
        auto opened = Database::open(path(QStringLiteral("%1.db").arg(++m_files)), m_key);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        m_db = std::move(*opened);
        QVERIFY(
            m_db
                ->exec(QStringLiteral(
                    "CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, b BLOB)"))
                .ok());
    }
    void cleanup() { m_db.reset(); }

    void testIsSqlCipherWithWalAndForeignKeys()
    {
        QVERIFY(m_db->cipherVersion().startsWith(QStringLiteral("4.")));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!Database::isPlainSqliteFile(m_db->path()));
    }

    void testAllTypesRoundTrip_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("expected");
        QTest::addRow("null") << QVariant() << QStringLiteral("s") << QVariant();
        QTest::addRow("int64 max")
            << QVariant(qlonglong(9223372036854775807LL)) << QStringLiteral("i")
            << QVariant(qlonglong(9223372036854775807LL));
        QTest::addRow("negative") << QVariant(-42) << QStringLiteral("i")
                                  << QVariant(qlonglong(-42));
        QTest::addRow("bool") << QVariant(true) << QStringLiteral("i") << QVariant(qlonglong(1));
        QTest::addRow("real") << QVariant(2.5) << QStringLiteral("r") << QVariant(2.5);
        QTest::addRow("text utf8")
            << QVariant(QStringLiteral("Olá, São Paulo ✓")) << QStringLiteral("s")
            << QVariant(QStringLiteral("Olá, São Paulo ✓"));
        QTest::addRow("empty text") << QVariant(QString(QLatin1String(""))) << QStringLiteral("s")
                                    << QVariant(QString(QLatin1String("")));
        QTest::addRow("blob with nul") << QVariant(QByteArray("a\0b\xff", 4)) << QStringLiteral("b")
                                       << QVariant(QByteArray("a\0b\xff", 4));
    }
    void testAllTypesRoundTrip()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, column);
        QFETCH(QVariant, expected);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (%1) VALUES (?)").arg(column)));
        q.addBindValue(value);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM t").arg(column)));
        QVERIFY(q.next());
        QCOMPARE(q.isNull(0), !expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(q.value(0).typeId(), expected.typeId());
            QCOMPARE(q.value(0), expected);
        }
        QVERIFY(!q.next());
    }

    void testNamedAndPositionalBinding()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (i, s) VALUES (:n, :text)")));
        q.bindValue(QStringLiteral(":text"), QStringLiteral("named"));
        q.bindValue(QStringLiteral(":n"), 7);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        // A repeated name is bound once and used twice.
        QVERIFY(q.prepare(QStringLiteral("SELECT count(*) FROM t WHERE i = :n OR i = :n + 0")));
        q.bindValue(QStringLiteral(":n"), 7);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.prepare(QStringLiteral("SELECT s FROM t WHERE i = ? AND s = ?")));
        q.addBindValue(7);
        q.addBindValue(QStringLiteral("named"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("named"));
        QCOMPARE(q.record().fieldName(0), QStringLiteral("s"));
    }

    void testReusedPreparedStatement()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (i) VALUES (?)")));
        for (int i = 0; i < 100; ++i) {
            q.addBindValue(i);
            QVERIFY(q.exec());
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(i) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 100);
        QCOMPARE(q.value(1).toInt(), 4950);
    }

    // Prepared statements are kept by their SQL text when a query is done
    // with them, and the next query preparing that text takes the same one.
    static sqlite3_stmt *statementOf(const QSqlQuery &q)
    {
        return static_cast<sqlite3_stmt *>(q.result()->handle().value<void *>());
    }

    void testFinishedStatementIsReusedBySqlText()
    {
        const QString select = QStringLiteral("SELECT s FROM t WHERE i = ?");
        QVERIFY(QSqlQuery(m_db->connection())
                    .exec(QStringLiteral("INSERT INTO t (i, s) VALUES (1, 'one'), (2, 'two')")));
        const int before = m_db->driver()->cachedStatementCount();
        sqlite3_stmt *first = nullptr;
        {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.prepare(select));
            first = statementOf(q);
            q.addBindValue(1);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("one"));
            // Left in the middle of its rows: kept reset all the same.
        }
        QCOMPARE(m_db->driver()->cachedStatementCount(), before + 1);
        QCOMPARE(sqlite3_stmt_busy(first), 0);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(select));
        QCOMPARE(statementOf(q), first);
        QCOMPARE(m_db->driver()->cachedStatementCount(), before);
        QCOMPARE(q.record().fieldName(0), QStringLiteral("s"));
        // The values of the previous use are gone: unbound is an error.
        QVERIFY(!q.exec());
        q.addBindValue(2);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("two"));
        QVERIFY(!q.next());
    }

    void testSameTextTwiceAtOnceGetsTwoStatements()
    {
        QVERIFY(QSqlQuery(m_db->connection())
                    .exec(QStringLiteral("INSERT INTO t (i) VALUES (1), (2), (3)")));
        const QString select = QStringLiteral("SELECT i FROM t ORDER BY i");
        {
            QSqlQuery warm(m_db->connection());
            QVERIFY(warm.exec(select));
        }
        QSqlQuery outer(m_db->connection());
        QSqlQuery inner(m_db->connection());
        QVERIFY(outer.exec(select));
        QVERIFY(inner.exec(select));
        QVERIFY(statementOf(outer) != statementOf(inner));
        int pairs = 0;
        while (outer.next()) {
            QVERIFY(inner.next());
            QCOMPARE(inner.value(0).toInt(), outer.value(0).toInt());
            ++pairs;
        }
        QCOMPARE(pairs, 3);
    }

    void testSchemaChangeEmptiesTheCacheAndColumnsFollow()
    {
        const QString select = QStringLiteral("SELECT * FROM t");
        {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(select));
            QCOMPARE(q.record().count(), 5);
        }
        QVERIFY(m_db->driver()->cachedStatementCount() > 0);
        QVERIFY(m_db->exec(QStringLiteral("ALTER TABLE t ADD COLUMN extra TEXT")).ok());
        QCOMPARE(m_db->driver()->cachedStatementCount(), 0);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(select));
        QCOMPARE(q.record().count(), 6);
        QCOMPARE(q.record().fieldName(5), QStringLiteral("extra"));
    }

    void testOnlyDataStatementsAreKept_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("kept");
        QTest::addRow("select") << QStringLiteral("  select 1") << true;
        QTest::addRow("insert") << QStringLiteral("INSERT INTO t (i) VALUES (1)") << true;
        QTest::addRow("with") << QStringLiteral("WITH x AS (SELECT 1) SELECT * FROM x") << true;
        QTest::addRow("pragma") << QStringLiteral("PRAGMA user_version") << false;
        QTest::addRow("create") << QStringLiteral("CREATE TABLE u (a)") << false;
        QTest::addRow("two statements") << QStringLiteral("SELECT 1; SELECT 2") << false;
    }
    void testOnlyDataStatementsAreKept()
    {
        QFETCH(QString, sql);
        QFETCH(bool, kept);
        m_db->driver()->clearStatementCache();
        QSqlQuery(m_db->connection()).exec(sql);
        QCOMPARE(m_db->driver()->cachedStatementCount(), kept ? 1 : 0);
    }

    void testCacheIsBounded()
    {
        for (int i = 0; i < SqlCipherDriver::kStatementCacheSize + 50; ++i)
            QVERIFY(QSqlQuery(m_db->connection()).exec(QStringLiteral("SELECT %1").arg(i)));
        QCOMPARE(m_db->driver()->cachedStatementCount(), SqlCipherDriver::kStatementCacheSize);
        // The most recent are the ones kept.
        QSqlQuery q(m_db->connection());
        const int before = m_db->driver()->cachedStatementCount();
        QVERIFY(
            q.prepare(QStringLiteral("SELECT %1").arg(SqlCipherDriver::kStatementCacheSize + 49)));
        QCOMPARE(m_db->driver()->cachedStatementCount(), before - 1);
    }

    void testQueryMayOutliveItsConnection()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT 1")));
        QSqlQuery kept(m_db->connection());
        QVERIFY(kept.prepare(QStringLiteral("SELECT 2")));
        m_db.reset();
        // Finishing them now finalizes their statements; nothing to crash on.
        q.finish();
        QVERIFY(!kept.exec());
    }

    void testLastInsertIdAndRowsAffected()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t (id, i) VALUES (41, 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t (i) VALUES (2)")));
        QCOMPARE(q.lastInsertId().toLongLong(), 42LL);
        QVERIFY(q.exec(QStringLiteral("UPDATE t SET s = 'x'")));
        QCOMPARE(q.numRowsAffected(), 2);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM t WHERE id = 999")));
        QCOMPARE(q.numRowsAffected(), 0);
    }

    void testForwardOnlyIteration()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000)"
            " INSERT INTO t (i) SELECT x FROM n")));
        QCOMPARE(q.numRowsAffected(), 1000);
        QVERIFY(q.exec(QStringLiteral("SELECT i FROM t ORDER BY i")));
        int expected = 1;
        while (q.next())
            QCOMPARE(q.value(0).toInt(), expected++);
        QCOMPARE(expected, 1001);
        QVERIFY(!q.previous());
    }

    void testTransactions()
    {
        QSqlDatabase db = m_db->connection();
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t (i) VALUES (1)")));
        QVERIFY(db.rollback());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(db.transaction());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t (i) VALUES (1)")));
        QVERIFY(db.commit());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void testErrorsAreClear_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("syntax") << QStringLiteral("SELEKT 1") << QStringLiteral("syntax error");
        QTest::addRow("no table") << QStringLiteral("SELECT * FROM missing")
                                  << QStringLiteral("no such table");
        QTest::addRow("constraint")
            << QStringLiteral("INSERT INTO t (id) VALUES (1), (1)") << QStringLiteral("UNIQUE");
        QTest::addRow("two statements")
            << QStringLiteral("SELECT 1; SELECT 2") << QStringLiteral("one statement");
    }
    void testErrorsAreClear()
    {
        QFETCH(QString, sql);
        QFETCH(QString, fragment);
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(sql));
        QVERIFY2(q.lastError().text().contains(fragment), qPrintable(q.lastError().text()));
        QVERIFY(q.lastError().type() != QSqlError::NoError);
    }

    void testBindCountMismatchIsAnError()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (i, s) VALUES (?, ?)")));
        q.addBindValue(1);
        QVERIFY(!q.exec());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void testWrongKeyIsRefusedAndFileUntouched()
    {
        QSqlQuery(m_db->connection()).exec(QStringLiteral("INSERT INTO t (s) VALUES ('secret')"));
        const QString file = m_db->path();
        m_db.reset();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        auto wrong = Database::open(file, DatabaseKey::generate(), Database::OpenMode::MustExist);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, QStringLiteral("database.wrongKey"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void testPlainTextNeverOnDisk()
    {
        QSqlQuery(m_db->connection())
            .exec(QStringLiteral("INSERT INTO t (s) VALUES ('needle-in-plain-text')"));
        const QString file = m_db->path();
        m_db.reset(); // checkpoints the WAL into the file
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 0);
        QVERIFY(!bytes.contains("needle-in-plain-text"));
        QVERIFY(!bytes.startsWith("SQLite format 3"));
    }

    void testPlainSqliteToolCannotRead()
    {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3.isEmpty())
            QSKIP("the sqlite3 tool is not installed");
        const QString file = m_db->path();
        m_db.reset();
        QProcess p;
        p.start(sqlite3, { file, QStringLiteral("SELECT count(*) FROM t;") });
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY2(p.readAllStandardError().contains("file is not a database"),
                 "sqlite3 read an encrypted file");
    }

    void testSqlCipherCApiReadsWithTheKey()
    {
        QSqlQuery(m_db->connection()).exec(QStringLiteral("INSERT INTO t (s) VALUES ('readable')"));
        const QString file = m_db->path();
        m_db.reset();
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(file).constData(), &raw, SQLITE_OPEN_READONLY,
                                 nullptr),
                 SQLITE_OK);
        const QByteArray key = "PRAGMA key = \"x'" + m_key.toHex().toLatin1() + "'\";";
        QCOMPARE(sqlite3_exec(raw, key.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        QCOMPARE(sqlite3_prepare_v2(raw, "SELECT s FROM t", -1, &stmt, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))),
                 QByteArray("readable"));
        sqlite3_finalize(stmt);
        sqlite3_close(raw);
    }

    void testPlainSqliteFileIsRefused()
    {
        const QString file = path(QStringLiteral("plain.db"));
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE x (a); INSERT INTO x VALUES (1);", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        QVERIFY(Database::isPlainSqliteFile(file));
        auto opened = Database::open(file, m_key, Database::OpenMode::MustExist);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("database.notEncrypted"));
    }

    void testMissingFileWithMustExist()
    {
        auto opened
            = Database::open(path(QStringLiteral("nope.db")), m_key, Database::OpenMode::MustExist);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("database.missing"));
        QVERIFY(!QFile::exists(path(QStringLiteral("nope.db"))));
    }

    void testRekey()
    {
        QSqlQuery(m_db->connection()).exec(QStringLiteral("INSERT INTO t (s) VALUES ('kept')"));
        const DatabaseKey newKey = DatabaseKey::generate();
        auto rekeyed = m_db->rekey(newKey);
        QVERIFY2(rekeyed.ok(), rekeyed.ok() ? "" : qPrintable(rekeyed.error().message));
        const QString file = m_db->path();
        m_db.reset();
        QVERIFY(!Database::open(file, m_key, Database::OpenMode::MustExist).ok());
        auto reopened = Database::open(file, newKey, Database::OpenMode::MustExist);
        QVERIFY(reopened.ok());
        QSqlQuery q((*reopened)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT s FROM t")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
    }

    void testBackupIsEncryptedAndVerified()
    {
        QSqlQuery(m_db->connection())
            .exec(QStringLiteral("INSERT INTO t (s) VALUES ('backed up')"));
        const QString target = path(QStringLiteral("backup.db"));
        auto done = m_db->backupTo(target, m_key);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QVERIFY(!Database::isPlainSqliteFile(target));
        auto copy = Database::open(target, m_key, Database::OpenMode::ReadOnly);
        QVERIFY(copy.ok());
        QSqlQuery q((*copy)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT s FROM t")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("backed up"));
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "TestSqlCipherDriver.moc"
