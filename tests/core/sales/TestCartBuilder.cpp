// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "ShopFixture.h"
#include "TestStore.h"
#include "catalog/ProductCatalog.h"
#include "sales/CartBuilder.h"
#include "sales/CheckoutService.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestCartBuilder : public QObject
{
    Q_OBJECT

private slots:
    // A price typed at the counter: higher is the price, lower is a discount
    // in disguise and is sold as one, so the approval rule sees it.
    void typedPrice_data()
    {
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<qint64>("typed");
        QTest::addColumn<qint64>("unitPrice"); // -1: refused
        QTest::addColumn<qint64>("discount");
        QTest::addColumn<qint64>("lineTotal");
        QTest::addRow("dearer") << qint64(2) << qint64(5000) << qint64(5000) << qint64(0)
                                << qint64(10000);
        QTest::addRow("the same") << qint64(1) << qint64(4590) << qint64(4590) << qint64(0)
                                  << qint64(4590);
        QTest::addRow("cheaper: catalog price and a discount")
            << qint64(3) << qint64(4000) << qint64(4590) << qint64(3 * 590) << qint64(12000);
        QTest::addRow("free") << qint64(1) << qint64(0) << qint64(4590) << qint64(4590)
                              << qint64(0);
        QTest::addRow("negative") << qint64(1) << qint64(-1) << qint64(-1) << qint64(0)
                                  << qint64(0);
    }
    void typedPrice()
    {
        QFETCH(qint64, quantity);
        QFETCH(qint64, typed);
        QFETCH(qint64, unitPrice);
        QFETCH(qint64, discount);
        QFETCH(qint64, lineTotal);
        TestStore t;
        ShopFixture f(*t);
        const Product shampoo = must(ProductCatalog(*t).find(f.shampoo), "shampoo");
        const CartLine line = must(CartBuilder(*t).productLine(shampoo, quantity), "line");
        auto priced = CartBuilder::withPrice(line, reais(typed));
        if (unitPrice < 0) {
            QVERIFY(!priced.ok());
            QCOMPARE(priced.error().code, "sale.priceInvalid");
            return;
        }
        QVERIFY2(priced.ok(), qPrintable(priced.ok() ? QString() : priced.error().message));
        QCOMPARE(priced->unitPrice, reais(unitPrice));
        QCOMPARE(priced->discount.isNone() ? 0 : priced->discount.value, discount);
        Cart cart = must(CartBuilder(*t).emptyCart(), "cart");
        cart.lines << *priced;
        auto review = CheckoutService(*t).review(cart, f.location);
        QVERIFY(review.ok());
        QCOMPARE(review->totals.total, reais(lineTotal));
    }

    void testLowerPriceNeedsTheSameApprovalAsADiscount()
    {
        TestStore t;
        ShopFixture f(*t);
        const Product shampoo = must(ProductCatalog(*t).find(f.shampoo), "shampoo");
        Cart cart = must(CartBuilder(*t).emptyCart(), "cart");
        // 20 % below the catalog's R$ 45,90, over the 10 % limit.
        cart.lines << must(CartBuilder::withPrice(
                               must(CartBuilder(*t).productLine(shampoo, 1), "line"), reais(3672)),
                           "price");
        auto review = CheckoutService(*t).review(cart, f.location);
        QVERIFY(review.ok());
        QVERIFY(review->needsApproval);
    }

    void testLowerPriceAndADiscountAreRefused()
    {
        TestStore t;
        ShopFixture f(*t);
        CartLine line = must(
            CartBuilder(*t).productLine(must(ProductCatalog(*t).find(f.shampoo), "shampoo"), 1),
            "line");
        line.discount = Discount::percent(500);
        auto priced = CartBuilder::withPrice(line, reais(4000));
        QVERIFY(!priced.ok());
        QCOMPARE(priced.error().code, "sale.priceAndDiscount");
        // A higher price keeps the discount as it is.
        QVERIFY(CartBuilder::withPrice(line, reais(5000)).ok());
        // A price in another currency than the catalog's is refused.
        QCOMPARE(CartBuilder::withPrice(line, dollars(5000)).error().code,
                 "money.currencyMismatch");
    }
};

QTEST_GUILESS_MAIN(TestCartBuilder)
#include "TestCartBuilder.moc"
