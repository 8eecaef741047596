// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"
#include "storage/Schema.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using Balcao::Test::TestStore;

// What sync believes about each table must be what the database holds: a
// column missing from the synced list would never leave the terminal, and
// one listed but missing would make every change to the table fail.
class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void syncedColumnsAreTheTablesColumns()
    {
        TestStore t;
        for (const TableSchema &table : Schema::syncedTables()) {
            QSqlQuery q(t->database().connection());
            QVERIFY(
                q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table.name)));
            QStringList columns;
            while (q.next())
                columns << q.value(0).toString();
            columns.removeAll(QStringLiteral("id"));
            columns.sort();
            QStringList synced = table.columns;
            synced.sort();
            QVERIFY2(!columns.isEmpty(), qPrintable(table.name));
            QCOMPARE(synced, columns);
            QCOMPARE(table.kind == TableSchema::Kind::Record,
                     columns.contains(QStringLiteral("deleted")));
        }
    }

    void ledgersRefuseEdits()
    {
        TestStore t;
        for (const TableSchema &table : Schema::syncedTables()) {
            if (table.kind != TableSchema::Kind::Ledger)
                continue;
            QSqlQuery q(t->database().connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type ="
                                          " 'trigger' AND tbl_name = '%1'")
                               .arg(table.name)));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() >= 2, qPrintable(table.name));
        }
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "TestSchema.moc"
