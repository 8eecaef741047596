// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "ShopFixture.h"
#include "TestStore.h"
#include "catalog/ProductCatalog.h"
#include "inventory/StockLedger.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestStockLedger : public QObject
{
    Q_OBJECT

private slots:
    void testOnHandIsTheSumOfMovements()
    {
        TestStore t;
        ShopFixture f(*t); // shampoo received 10
        StockLedger stock(*t);
        must(stock.receive(f.shampoo, f.location, 12, "Supplier order 881", "L2026-01",
                           QDate(2027, 6, 30), 1900, f.manager),
             "receive");
        must(stock.writeOff(f.shampoo, f.location, 2, "Expired", f.manager), "write off");
        QCOMPARE(stock.onHand(f.shampoo, f.location).value(), 20);
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec("SELECT sum(quantity) FROM stock_movements WHERE product_id = '"
                       + f.shampoo.toString() + "'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), stock.onHand(f.shampoo, f.location).value());

        const QList<StockMovement> recent = stock.movements(f.shampoo, f.location, 10).value();
        QCOMPARE(recent.size(), 3);
        QCOMPARE(recent.at(1).lot, "L2026-01");
        QCOMPARE(recent.at(1).expiresOn, QDate(2027, 6, 30));
        QCOMPARE(recent.at(1).unitCostMinor, std::optional<qint64>(1900));
        QCOMPARE(stock.onHandByLocation(f.shampoo).value().value(f.location.toString()), 20);
    }

    void testCountWritesTheDifference()
    {
        TestStore t;
        ShopFixture f(*t);
        StockLedger stock(*t);
        auto adjusted = stock.adjustTo(f.conditioner, f.location, 1, "Count", f.manager);
        QVERIFY(adjusted.ok());
        QCOMPARE((*adjusted)->quantity, -2);
        QCOMPARE(stock.onHand(f.conditioner, f.location).value(), 1);
        auto same = stock.adjustTo(f.conditioner, f.location, 1, "Count again", f.manager);
        QVERIFY(same.ok());
        QVERIFY(!same->has_value());
    }

    // stock_on_hand is derived: after local writes, a sale, a movement
    // applied as sync applies it (twice) and a rolled-back one, it equals
    // the sum of the movements for every product and location.
    void testOnHandCacheEqualsTheSumOfMovements()
    {
        TestStore t;
        ShopFixture f(*t);
        StockLedger stock(*t);
        must(stock.receive(f.conditioner, f.location, 7), "receive");
        must(stock.writeOff(f.shampoo, f.location, 3, "Damaged"), "write off");
        must(CheckoutService(*t).checkout(
                 f.request(f.cartOf({ { f.shampoo, 2 }, { f.conditioner, 1 } }),
                           { Tender { PaymentMethod::Pix, reais(14470), {}, {} } })),
             "sale");
        const Id elsewhere = Id::generate();
        const QVariantMap fields { { "product_id", f.shampoo.toString() },
                                   { "location_id", elsewhere.toString() },
                                   { "quantity", 5 },
                                   { "kind", "receipt" },
                                   { "at", 1 } };
        const QString remoteId = Id::generate().toString();
        QCOMPARE(t->writer().applyLedger("stock_movements", remoteId, fields).value(), true);
        QCOMPARE(t->writer().applyLedger("stock_movements", remoteId, fields).value(), false);
        auto failed = t->transact([&]() -> Result<void> {
            if (auto r = stock.receive(f.shampoo, f.location, 100); !r)
                return r.error();
            return Error::invalid("test.rollback", "rolled back");
        });
        QVERIFY(!failed.ok());

        QCOMPARE(stock.onHand(f.shampoo, f.location).value(), 10 - 3 - 2);
        QCOMPARE(stock.onHand(f.conditioner, f.location).value(), 3 + 7 - 1);
        QCOMPARE(stock.onHand(f.shampoo, elsewhere).value(), 5);
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec("SELECT count(*) FROM (SELECT product_id, location_id, sum(quantity) AS s"
                       " FROM stock_movements GROUP BY product_id, location_id) m"
                       " FULL JOIN stock_on_hand h USING (product_id, location_id)"
                       " WHERE h.quantity IS NOT m.s"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void testMovementsAreImmutable()
    {
        TestStore t;
        ShopFixture f(*t);
        QSqlQuery q(t->database().connection());
        QVERIFY(!q.exec("UPDATE stock_movements SET quantity = 1000"));
        QVERIFY(!q.exec("DELETE FROM stock_movements"));
        QCOMPARE(StockLedger(*t).onHand(f.shampoo, f.location).value(), 10);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("code");
        QTest::addRow("receive nothing") << "zero"
                                         << "stock.receiveNotPositive";
        QTest::addRow("untracked product") << "untracked"
                                           << "stock.notTracked";
        QTest::addRow("unknown location") << "location"
                                          << "location.notFound";
        QTest::addRow("write off without reason") << "reason"
                                                  << "stock.reasonRequired";
        QTest::addRow("negative count") << "count"
                                        << "stock.countInvalid";
    }
    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(QString, code);
        TestStore t;
        ShopFixture f(*t);
        StockLedger stock(*t);
        Error e;
        if (what == "zero")
            e = stock.receive(f.shampoo, f.location, 0).error();
        else if (what == "untracked")
            e = stock.receive(f.giftWrap, f.location, 5).error();
        else if (what == "location")
            e = stock.receive(f.shampoo, Id::generate(), 5).error();
        else if (what == "reason")
            e = stock.writeOff(f.shampoo, f.location, 1, " ").error();
        else if (what == "count")
            e = stock.adjustTo(f.shampoo, f.location, -1, "x").error();
        QCOMPARE(e.code, code);
        QCOMPARE(stock.onHand(f.shampoo, f.location).value(), 10);
    }
};

QTEST_GUILESS_MAIN(TestStockLedger)
#include "TestStockLedger.moc"
