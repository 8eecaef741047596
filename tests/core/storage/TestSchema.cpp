// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "TestStore.h"
#include "storage/Schema.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

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

    // The lookups the counter makes on every sale must not read a whole
    // table: at scale 1 there are hundreds of thousands of sales.
    void lookupsUseAnIndex_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addRow("the sale that charged an appointment")
            << "SELECT number FROM sales WHERE appointment_id = ? ORDER BY at, id LIMIT 1";
        QTest::addRow("a sale by its number") << "SELECT id FROM sales WHERE number = ?";
        QTest::addRow("a client's sales") << "SELECT id FROM sales WHERE client_id = ? ORDER BY at";
    }

    void lookupsUseAnIndex()
    {
        QFETCH(QString, sql);
        TestStore t;
        QSqlQuery q(t->database().connection());
        QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        q.addBindValue(QStringLiteral("x"));
        QVERIFY(q.exec());
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        const QString text = plan.join(u'\n');
        QVERIFY2(text.contains(QLatin1String("USING"))
                     && !text.contains(QLatin1String("SCAN sales")),
                 qPrintable(text));
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
