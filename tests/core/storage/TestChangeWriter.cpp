// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"
#include "storage/ChangeWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestChangeWriter : public QObject
{
    Q_OBJECT

private:
    // One save of a client row through the writer, in a transaction of its own.
    static auto saveClient(TestStore &t, const Id &id, const QVariantMap &fields)
    {
        return t->transact(
            [&] { return t->writer().writeRecord(QStringLiteral("clients"), id, fields); });
    }
    static QVariantMap client(const QString &name, const QString &phone = {})
    {
        return { { QStringLiteral("name"), name },
                 { QStringLiteral("phone"), phone.isEmpty() ? QVariant() : QVariant(phone) },
                 { QStringLiteral("deleted"), 0 } };
    }

private slots:
    void testRowVersionsAndChangeLogTogether()
    {
        TestStore t;
        const Id id = Id::generate();
        auto written
            = saveClient(t, id, client(QStringLiteral("Ana"), QStringLiteral("11999990000")));
        QVERIFY(written.ok());
        QVERIFY(!written->isNull());
        QCOMPARE(scalar(*t, QStringLiteral("SELECT count(*) FROM clients")), 1);
        QCOMPARE(scalar(*t,
                        QStringLiteral(
                            "SELECT count(*) FROM column_versions WHERE table_name = 'clients'")),
                 3);
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT table_name, row_id, kind, hlc, device_id, payload FROM change_log"))
                && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("clients"));
        QCOMPARE(q.value(1).toString(), id.toString());
        QCOMPARE(q.value(2).toString(), QStringLiteral("record"));
        QCOMPARE(static_cast<quint64>(q.value(3).toLongLong()), written->packed());
        QCOMPARE(q.value(4).toString(), t->deviceId());
        const QJsonObject payload
            = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("name")).toString(), QStringLiteral("Ana"));
        QCOMPARE(payload.value(QStringLiteral("phone")).toString(), QStringLiteral("11999990000"));
    }

    void testUnchangedFieldsAreNotRewritten()
    {
        TestStore t;
        const Id id = Id::generate();
        QVERIFY(
            saveClient(t, id, client(QStringLiteral("Ana"), QStringLiteral("11999990000"))).ok());
        t.clock().advance(1000);
        // An edit form saves every field but only the phone changed.
        auto edit = client(QStringLiteral("Ana"), QStringLiteral("11888880000"));
        auto written = saveClient(t, id, edit);
        QVERIFY(written.ok());
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT payload FROM change_log ORDER BY seq DESC LIMIT 1"))
                && q.next());
        const QJsonObject payload
            = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QCOMPARE(payload.keys(), QStringList { QStringLiteral("phone") });
        QVERIFY(q.exec(QStringLiteral("SELECT column_name FROM column_versions WHERE hlc = %1")
                           .arg(written->packed())));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("phone"));
        QVERIFY(!q.next());
        // Saving again with nothing new writes nothing at all.
        auto none = saveClient(t, id, edit);
        QVERIFY(none.ok());
        QVERIFY(none->isNull());
        QCOMPARE(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log")), 2);
    }

    // An edit that names no field is no change (ServiceCatalog::update with
    // only the staff once failed here, selecting no column).
    void testAnEditOfNoFieldWritesNothing()
    {
        TestStore t;
        const Id id = Id::generate();
        QVERIFY(
            saveClient(t, id, client(QStringLiteral("Ana"), QStringLiteral("11999990000"))).ok());
        const qint64 changes = scalar(*t, QStringLiteral("SELECT count(*) FROM change_log"));
        auto written = saveClient(t, id, {});
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QVERIFY(written->isNull());
        QCOMPARE(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log")), changes);
    }

    void testTombstoneIsAVersionedField()
    {
        TestStore t;
        const Id id = Id::generate();
        QVERIFY(saveClient(t, id, client(QStringLiteral("Bia"))).ok());
        QVERIFY(t->transact([&] {
                     return t->writer().deleteRecord(QStringLiteral("clients"), id);
                 }).ok());
        QCOMPARE(scalar(*t, QStringLiteral("SELECT deleted FROM clients")), 1);
        QCOMPARE(scalar(*t, QStringLiteral("SELECT count(*) FROM clients")), 1);
        QCOMPARE(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log")), 2);
    }

    void testBadInputChangesNothing_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("code");
        QTest::addRow("unknown table") << QStringLiteral("nope") << QStringLiteral("name")
                                       << QStringLiteral("sync.unknownTable");
        QTest::addRow("unknown column") << QStringLiteral("clients") << QStringLiteral("salary")
                                        << QStringLiteral("sync.unknownColumn");
        QTest::addRow("ledger as record")
            << QStringLiteral("audit_events") << QStringLiteral("action")
            << QStringLiteral("sync.wrongTableKind");
        QTest::addRow("local table") << QStringLiteral("local_meta") << QStringLiteral("value")
                                     << QStringLiteral("sync.unknownTable");
    }
    void testBadInputChangesNothing()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QString, code);
        TestStore t;
        auto written = t->transact([&] {
            return t->writer().writeRecord(table, Id::generate(), { { column, 1 } });
        });
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, code);
        QCOMPARE(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log")), 0);
        QCOMPARE(scalar(*t, QStringLiteral("SELECT count(*) FROM column_versions")), 0);
    }

    void testFailureRollsBackTheWholeTransaction()
    {
        TestStore t;
        auto result = t->transact([&]() -> Result<Hlc> {
            auto first = t->writer().writeRecord(QStringLiteral("clients"), Id::generate(),
                                                 client(QStringLiteral("Ana")));
            if (!first)
                return first.error();
            return t->writer().writeRecord(QStringLiteral("clients"), Id::generate(),
                                           { { QStringLiteral("bogus"), 1 } });
        });
        QVERIFY(!result.ok());
        QCOMPARE(scalar(*t, QStringLiteral("SELECT count(*) FROM clients")), 0);
        QCOMPARE(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log")), 0);
    }

    void testLedgerFactsAreImmutable()
    {
        TestStore t;
        const Id id = Id::generate();
        const QVariantMap fact { { QStringLiteral("at"), 1 },
                                 { QStringLiteral("device_id"), t->deviceId() },
                                 { QStringLiteral("action"), QStringLiteral("test") } };
        QVERIFY(t->transact([&] {
                     return t->writer().appendLedger(QStringLiteral("audit_events"), id, fact);
                 }).ok());
        auto twice = t->transact(
            [&] { return t->writer().appendLedger(QStringLiteral("audit_events"), id, fact); });
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, QStringLiteral("sync.duplicateFact"));
        QSqlQuery q(t->database().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_events SET action = 'forged'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("immutable")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_events")));
        QCOMPARE(scalar(*t, QStringLiteral("SELECT count(*) FROM audit_events")), 1);
        QCOMPARE(
            scalar(*t, QStringLiteral("SELECT count(*) FROM change_log WHERE kind = 'ledger'")), 1);
    }

    void testClockResumesAboveItsLastStampAfterRestart()
    {
        TestStore t;
        const Id id = Id::generate();
        auto first = saveClient(t, id, client(QStringLiteral("Ana")));
        QVERIFY(first.ok());
        t.clock().advance(-3'600'000); // the wall clock goes back an hour
        t.reopen();
        auto second = saveClient(t, id, client(QStringLiteral("Ana B")));
        QVERIFY(second.ok());
        QVERIFY(*second > *first);
    }
};

QTEST_GUILESS_MAIN(TestChangeWriter)
#include "TestChangeWriter.moc"
