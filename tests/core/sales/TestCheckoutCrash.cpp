// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "KillHarness.h"
#include "ShopFixture.h"
#include "TestStore.h"
#include "inventory/StockLedger.h"
#include "sales/CheckoutService.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// Killing the app in the middle of checkout must never leave half a sale:
// after a SIGKILL inside or between its commits the database opens, passes
// integrity_check, every reported sale is there, and every sale has all of
// its lines, payments, stock movements and change-log entries.
class TestCheckoutCrash : public QObject
{
    Q_OBJECT

private:
    // The child of the fork-and-kill harness: sells until it is killed,
    // reporting each committed sale.
    static int sellUntilKilled(CommitReporter &reporter, const TestStore &t, const ShopFixture &f)
    {
        auto store = LocalStore::open(t.path(), t.key());
        if (!store)
            return 3;
        CheckoutService checkout(**store);
        // Three lines (two keep stock), a card and a cash payment.
        Cart cart;
        cart.currency = currencyOf("BRL");
        for (const auto &[id, price, quantity] :
             { std::tuple { f.shampoo, 4590, 2 }, std::tuple { f.conditioner, 5290, 1 },
               std::tuple { f.giftWrap, 500, 1 } }) {
            CartLine line;
            line.productId = id;
            line.description = QStringLiteral("item");
            line.unitPrice = reais(price);
            line.quantity = quantity;
            cart.lines << line;
        }
        CheckoutRequest r;
        r.cart = cart;
        r.locationId = f.location;
        r.drawerId = f.drawer;
        r.tenders = { Tender { PaymentMethod::Card, reais(10000), QStringLiteral("A1"), {} },
                      Tender { PaymentMethod::Cash, reais(10000), {}, {} } };
        for (;;) {
            if (!checkout.checkout(r))
                return 5;
            reporter.committed();
        }
    }

private slots:
    void testKilledCheckoutLeavesWholeSales_data()
    {
        QTest::addColumn<KillPoint>("point");
        QTest::addRow("inside the first sale's commit") << KillPoint::insideCommit(0);
        QTest::addRow("right after the first") << KillPoint::afterCommits(1);
        QTest::addRow("inside the fourth sale's commit") << KillPoint::insideCommit(3);
        QTest::addRow("after 10, in the middle of a run") << KillPoint::afterCommits(10);
        QTest::addRow("inside the 21st sale's commit") << KillPoint::insideCommit(20);
        QTest::addRow("after 20") << KillPoint::afterCommits(20);
    }
    void testKilledCheckoutLeavesWholeSales()
    {
        QFETCH(KillPoint, point);
        TestStore t;
        ShopFixture f(*t);
        must(StockLedger(*t).receive(f.shampoo, f.location, 100000), "stock");
        must(StockLedger(*t).receive(f.conditioner, f.location, 100000), "stock");
        f.openShift();
        const qint64 shampooBefore = StockLedger(*t).onHand(f.shampoo, f.location).value();
        t.close();

        const KillRun run = forkAndKill(
            [&](CommitReporter &reporter) { return sellUntilKilled(reporter, t, f); }, point);
        const auto salesIn
            = [](LocalStore &store) { return scalar(store, "SELECT count(*) FROM sales"); };
        {
            auto checked = reopenAfterKill(t.path(), t.key(), run, salesIn);
            QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message));
        }
        t.reopen();
        LocalStore &store = *t;
        const qint64 sold = salesIn(store);
        if (point.moment == KillPoint::Moment::InsideCommit) {
            QVERIFY(run.killedInsideCommit);
            QCOMPARE(sold, qint64(run.reportedCommits)); // the sale it died in is not there
        }
        QCOMPARE(scalar(store, "SELECT count(*) FROM sale_lines"), 3 * sold);
        QCOMPARE(scalar(store, "SELECT count(*) FROM payments"), 2 * sold);
        QCOMPARE(scalar(store, "SELECT count(*) FROM stock_movements WHERE kind = 'sale'"),
                 2 * sold);
        // No sale without all of its parts, none paid differently from its total.
        QCOMPARE(scalar(store,
                        "SELECT count(*) FROM sales s WHERE"
                        " (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id) != 3"
                        " OR (SELECT sum(amount_minor) FROM payments p WHERE p.sale_id ="
                        " s.id) != s.total_minor"),
                 0);
        // Every fact has its change-log entry, so sync will ship all of it.
        for (const char *table : { "sales", "sale_lines", "payments", "stock_movements" })
            QCOMPARE(scalar(store,
                            QString("SELECT count(*) FROM %1 x WHERE NOT EXISTS (SELECT 1"
                                    " FROM change_log c WHERE c.row_id = x.id)")
                                .arg(table)),
                     0);
        QCOMPARE(StockLedger(store).onHand(f.shampoo, f.location).value(),
                 shampooBefore - 2 * sold);
        // Numbers have no gap and no repeat.
        QCOMPARE(scalar(store, "SELECT max(sequence) FROM sales"), sold);
        QCOMPARE(scalar(store, "SELECT count(DISTINCT number) FROM sales"), sold);
    }
};

QTEST_GUILESS_MAIN(TestCheckoutCrash)
#include "TestCheckoutCrash.moc"
