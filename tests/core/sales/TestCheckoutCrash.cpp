// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "ShopFixture.h"
#include "TestStore.h"
#include "inventory/StockLedger.h"
#include "sales/CheckoutService.h"

#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace Balcao;
using Balcao::Test::must;
using Balcao::Test::ShopFixture;
using Balcao::Test::TestStore;

// Killing the app in the middle of checkout must never leave half a sale:
// after a SIGKILL at an arbitrary point the database opens, passes
// integrity_check, every reported sale is there, and every sale has all of
// its lines, payments, stock movements and change-log entries.
class TestCheckoutCrash : public QObject
{
    Q_OBJECT

private:
    static qint64 scalar(LocalStore &store, const QString &sql)
    {
        QSqlQuery q(store.database().connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // The child sells until killed, reporting each committed sale on a pipe;
    // the parent kills it `delayMsecs` after the `minimumSales`-th.
    static void sellAndKill(TestStore &t, const ShopFixture &f, int minimumSales, int delayMsecs)
    {
        const QString path = t.path();
        const DatabaseKey key = t.key();
        int ready[2];
        QVERIFY(pipe(ready) == 0);
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            close(ready[0]);
            auto store = LocalStore::open(path, key);
            if (!store)
                _exit(3);
            CheckoutService checkout(**store);
            // Three lines (two keep stock), a card and a cash payment.
            Cart cart;
            cart.currency = QStringLiteral("BRL");
            for (const auto &[id, price, quantity] :
                 { std::tuple { f.shampoo, 4590, 2 }, std::tuple { f.conditioner, 5290, 1 },
                   std::tuple { f.giftWrap, 500, 1 } }) {
                CartLine line;
                line.productId = id;
                line.description = QStringLiteral("item");
                line.unitPriceMinor = price;
                line.quantity = quantity;
                cart.lines << line;
            }
            CheckoutRequest r;
            r.cart = cart;
            r.locationId = f.location;
            r.drawerId = f.drawer;
            r.tenders = { Tender { PaymentMethod::Card, 10000, QStringLiteral("A1"), {} },
                          Tender { PaymentMethod::Cash, 10000, {}, {} } };
            for (;;) {
                if (!checkout.checkout(r))
                    _exit(5);
                const char committed = 's';
                if (write(ready[1], &committed, 1) != 1)
                    _exit(4);
            }
        }
        close(ready[1]);
        for (int seen = 0; seen < minimumSales; ++seen) {
            char committed = 0;
            if (read(ready[0], &committed, 1) != 1) {
                kill(child, SIGKILL);
                QFAIL("the till stopped before its first sales");
            }
        }
        QTest::qSleep(delayMsecs);
        QCOMPARE(kill(child, SIGKILL), 0);
        close(ready[0]);
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
                 "the till ended before it was killed");
    }

private slots:
    void testKilledCheckoutLeavesWholeSales_data()
    {
        QTest::addColumn<int>("sales");
        QTest::addColumn<int>("delay");
        QTest::addRow("right after the first") << 1 << 0;
        QTest::addRow("a little later") << 3 << 2;
        QTest::addRow("in the middle of a run") << 10 << 7;
        QTest::addRow("later still") << 20 << 13;
    }
    void testKilledCheckoutLeavesWholeSales()
    {
        QFETCH(int, sales);
        QFETCH(int, delay);
        TestStore t;
        ShopFixture f(*t);
        must(StockLedger(*t).receive(f.shampoo, f.location, 100000), "stock");
        must(StockLedger(*t).receive(f.conditioner, f.location, 100000), "stock");
        f.openShift();
        const qint64 shampooBefore = StockLedger(*t).onHand(f.shampoo, f.location).value();
        t.close();

        sellAndKill(t, f, sales, delay);

        t.reopen();
        LocalStore &store = *t;
        QCOMPARE(store.database().integrityCheck(), QStringList { "ok" });
        const qint64 sold = scalar(store, "SELECT count(*) FROM sales");
        QVERIFY(sold >= sales); // every reported sale survived
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
