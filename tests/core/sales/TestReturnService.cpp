// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "ShopFixture.h"
#include "Tenders.h"
#include "TestStore.h"
#include "cash/ShiftService.h"
#include "inventory/StockLedger.h"
#include "sales/CheckoutService.h"
#include "sales/ClientAccount.h"
#include "sales/ExchangeService.h"
#include "sales/ReturnService.h"
#include "sales/SalesJournal.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

Q_DECLARE_METATYPE(Balcao::RefundMethod)

namespace {

ReturnRequest returnOf(const ShopFixture &f, const Sale &sale, int line, qint64 quantity)
{
    ReturnRequest r;
    r.saleId = sale.id;
    r.locationId = f.location;
    r.lines = { ReturnLineRequest {
        sale.lines.at(line).id, {}, quantity, ReturnDisposition::Restock, {} } };
    r.userId = f.frontDesk;
    r.drawerId = f.drawer;
    return r;
}

} // namespace

class TestReturnService : public QObject
{
    Q_OBJECT

private slots:
    void proRata_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<QList<qint64>>("returns"); // units per return, in order
        QTest::addColumn<QList<qint64>>("refunds");
        QTest::addRow("even") << qint64(900) << qint64(3) << QList<qint64> { 1, 1, 1 }
                              << QList<qint64> { 300, 300, 300 };
        QTest::addRow("uneven: the parts still add up")
            << qint64(1000) << qint64(3) << QList<qint64> { 1, 1, 1 }
            << QList<qint64> { 333, 334, 333 };
        QTest::addRow("two then one")
            << qint64(1000) << qint64(3) << QList<qint64> { 2, 1 } << QList<qint64> { 667, 333 };
        QTest::addRow("all at once")
            << qint64(1001) << qint64(7) << QList<qint64> { 7 } << QList<qint64> { 1001 };
    }
    void proRata()
    {
        QFETCH(qint64, amount);
        QFETCH(qint64, quantity);
        QFETCH(QList<qint64>, returns);
        QFETCH(QList<qint64>, refunds);
        qint64 returned = 0;
        QList<qint64> got;
        for (qint64 units : returns) {
            got << ReturnService::proRata(reais(amount), quantity, returned, units).minorUnits();
            returned += units;
        }
        QCOMPARE(got, refunds);
    }

    // Never more than was sold minus what was already returned.
    void testReturnLargerThanSale_data()
    {
        QTest::addColumn<QList<qint64>>("earlier");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("all three") << QList<qint64> {} << qint64(3) << true;
        QTest::addRow("four of three") << QList<qint64> {} << qint64(4) << false;
        QTest::addRow("the rest after two") << QList<qint64> { 2 } << qint64(1) << true;
        QTest::addRow("two more after two") << QList<qint64> { 2 } << qint64(2) << false;
        QTest::addRow("anything after all") << QList<qint64> { 1, 2 } << qint64(1) << false;
        QTest::addRow("zero") << QList<qint64> {} << qint64(0) << false;
    }
    void testReturnLargerThanSale()
    {
        QFETCH(QList<qint64>, earlier);
        QFETCH(qint64, now);
        QFETCH(bool, accepted);
        TestStore t;
        ShopFixture f(*t);
        const Sale sale = must(CheckoutService(*t).checkout(
                                   f.request(f.cartOf({ { f.shampoo, 3 } }), { card(13770) })),
                               "sale");
        ReturnService returns(*t);
        for (qint64 units : earlier)
            must(returns.createReturn(returnOf(f, sale, 0, units)), "earlier return");
        const qint64 stockBefore = StockLedger(*t).onHand(f.shampoo, f.location).value();
        const qint64 logBefore = scalar(*t, "SELECT count(*) FROM change_log");
        auto done = returns.createReturn(returnOf(f, sale, 0, now));
        QCOMPARE(done.ok(), accepted);
        if (accepted) {
            QCOMPARE(StockLedger(*t).onHand(f.shampoo, f.location).value(), stockBefore + now);
        } else {
            QVERIFY(!done.error().message.isEmpty());
            QCOMPARE(StockLedger(*t).onHand(f.shampoo, f.location).value(), stockBefore);
            QCOMPARE(scalar(*t, "SELECT count(*) FROM change_log"), logBefore);
        }
        qint64 returnable = 3;
        for (qint64 units : earlier)
            returnable -= units;
        if (accepted)
            returnable -= now;
        QCOMPARE(must(returns.returnable(sale.id), "returnable").first().returnable, returnable);
    }

    void testRefundGoesBackTheWayItWasPaid()
    {
        TestStore t;
        ShopFixture f(*t);
        const Id shift = f.openShift();
        // 2 × 45.90 = 91.80: 50.00 by card, the rest in cash.
        const Sale sale = must(CheckoutService(*t).checkout(f.request(
                                   f.cartOf({ { f.shampoo, 2 } }), { card(5000), cash(5000) })),
                               "sale");
        ReturnService returns(*t);
        // The first unit back: 45.90 out of the last payment first (cash 41.80),
        // then 4.10 back to the card.
        const SaleReturn first = must(returns.createReturn(returnOf(f, sale, 0, 1)), "first");
        QCOMPARE(first.refund, reais(4590));
        QCOMPARE(first.payments.size(), 2);
        QCOMPARE(first.payments.at(0).method, PaymentMethod::Cash);
        QCOMPARE(first.payments.at(0).amount, reais(-4180));
        QCOMPARE(first.payments.at(1).method, PaymentMethod::Card);
        QCOMPARE(first.payments.at(1).amount, reais(-410));
        QCOMPARE(first.payments.at(1).reference, "AUT123");
        // The second: the rest of the card.
        const SaleReturn second = must(returns.createReturn(returnOf(f, sale, 0, 1)), "second");
        QCOMPARE(second.payments.size(), 1);
        QCOMPARE(second.payments.at(0).method, PaymentMethod::Card);
        QCOMPARE(second.payments.at(0).amount, reais(-4590));
        // The drawer paid out the cash part.
        auto report = ShiftService(*t).report(shift);
        QCOMPARE(report->cashRefunds, reais(4180));
        QCOMPARE(report->expected, reais(10000 + 4180 - 4180));
        QCOMPARE(report->returnsCount, 2);
        QVERIFY(first.number.contains("-R00001"));
        QCOMPARE(returns.forSale(sale.id).value().size(), 2);
    }

    void testRefundToStoreCreditAndDamagedGoods()
    {
        TestStore t;
        ShopFixture f(*t);
        Cart cart = f.cartOf({ { f.conditioner, 2 } });
        cart.clientId = f.client;
        const Sale sale
            = must(CheckoutService(*t).checkout(f.request(cart, { card(10580) })), "sale");
        ReturnRequest r = returnOf(f, sale, 0, 1);
        r.refundMethod = RefundMethod::StoreCredit;
        r.lines[0].disposition = ReturnDisposition::Damaged;
        r.lines[0].reason = "Leaking bottle";
        const SaleReturn done = must(ReturnService(*t).createReturn(r), "return");
        QCOMPARE(done.payments.size(), 1);
        QCOMPARE(done.payments.first().method, PaymentMethod::StoreCredit);
        QCOMPARE(ClientAccount(*t).storeCredit(f.client).value(), reais(5290));
        // Back in and written off: the shelf count does not change, the
        // ledger says why.
        QCOMPARE(StockLedger(*t).onHand(f.conditioner, f.location).value(), 1);
        QCOMPARE(scalar(*t,
                        "SELECT count(*) FROM stock_movements WHERE kind = 'damaged'"
                        " AND reason = 'Leaking bottle'"),
                 1);
    }

    void testRefundReducesWhatTheClientStillOwes()
    {
        TestStore t;
        ShopFixture f(*t);
        Cart cart = f.cartOf({ { f.shampoo, 2 } });
        cart.clientId = f.client;
        CheckoutRequest r = f.request(cart, { card(3000) });
        r.leaveRestDue = true;
        const Sale sale = must(CheckoutService(*t).checkout(r), "sale");
        QCOMPARE(ClientAccount(*t).due(f.client).value(), reais(9180 - 3000));
        const SaleReturn done
            = must(ReturnService(*t).createReturn(returnOf(f, sale, 0, 1)), "ret");
        // 45.90 comes off the 61.80 owed; no money moves.
        QCOMPARE(done.payments.size(), 0);
        QCOMPARE(ClientAccount(*t).due(f.client).value(), reais(6180 - 4590));
    }

    void testStoreCreditAfterWhatIsOwed()
    {
        TestStore t;
        ShopFixture f(*t);
        Cart cart = f.cartOf({ { f.shampoo, 2 } });
        cart.clientId = f.client;
        CheckoutRequest r = f.request(cart, { card(6000) });
        r.leaveRestDue = true; // 31.80 owed
        const Sale sale = must(CheckoutService(*t).checkout(r), "sale");
        ReturnRequest back = returnOf(f, sale, 0, 1); // 45.90 back
        back.refundMethod = RefundMethod::StoreCredit;
        must(ReturnService(*t).createReturn(back), "return");
        QCOMPARE(ClientAccount(*t).due(f.client).value(), reais(0));
        QCOMPARE(ClientAccount(*t).storeCredit(f.client).value(), reais(4590 - 3180));
    }

    void testWithoutReceiptNeedsManagerAndLowestPrice()
    {
        TestStore t;
        ShopFixture f(*t);
        f.openShift();
        Cart discounted = f.cartOf({ { f.shampoo, 1 } });
        discounted.lines[0].discount = Discount::amount(400); // sold for 41.90 once
        must(CheckoutService(*t).checkout(f.request(discounted, { card(4190) })), "sale");

        ReturnRequest r;
        r.locationId = f.location;
        r.lines = { ReturnLineRequest { {}, f.shampoo, 2, ReturnDisposition::Restock, {} } };
        r.userId = f.frontDesk;
        r.drawerId = f.drawer;
        // The dialog shows the refund before the manager signs; only the
        // return itself needs the signature.
        auto preview = ReturnService(*t).preview(r);
        QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().message));
        QCOMPARE(preview->refund, reais(2 * 4190));
        auto refused = ReturnService(*t).createReturn(r);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, "return.noReceiptNeedsApproval");
        r.approvedBy = f.frontDesk;
        QCOMPARE(ReturnService(*t).preview(r).error().code, "approval.notAllowed");
        QCOMPARE(ReturnService(*t).createReturn(r).error().code, "approval.notAllowed");
        r.approvedBy = f.manager;
        const SaleReturn done = must(ReturnService(*t).createReturn(r), "return");
        QCOMPARE(done.refund, reais(2 * 4190));
        QCOMPARE(done.payments.first().method, PaymentMethod::Cash);
        QCOMPARE(scalar(*t,
                        "SELECT count(*) FROM audit_events WHERE action ="
                        " 'return.withoutReceiptApproved'"),
                 1);
        // A product never sold comes back at its catalog price.
        QCOMPARE(*ReturnService(*t).lowestRecentPrice(f.conditioner, f.location, 90), reais(5290));
    }

    void testGiftCardIsNotReturnable()
    {
        TestStore t;
        ShopFixture f(*t);
        Cart cart = f.cartOf({});
        CartLine gift;
        gift.kind = SaleLineKind::GiftCard;
        gift.giftCardCode = "CARD0001";
        gift.description = "Gift card";
        gift.unitPrice = reais(5000);
        cart.lines << gift;
        const Sale sale
            = must(CheckoutService(*t).checkout(f.request(cart, { card(5000) })), "sale");
        auto refused = ReturnService(*t).createReturn(returnOf(f, sale, 0, 1));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, "return.giftCardNotReturnable");
    }

    // Like a receipt, a return is found by its number or its last digits.
    void testReturnFoundByNumber()
    {
        TestStore t;
        ShopFixture f(*t);
        const Sale sale = must(
            CheckoutService(*t).checkout(f.request(f.cartOf({ { f.shampoo, 2 } }), { card(9180) })),
            "sale");
        ReturnService returns(*t);
        const SaleReturn first = must(returns.createReturn(returnOf(f, sale, 0, 1)), "first");
        const SaleReturn second = must(returns.createReturn(returnOf(f, sale, 0, 1)), "second");
        QVERIFY(second.number.endsWith("-R00002"));
        QCOMPARE(returns.findByNumber(first.number)->id, first.id);
        QCOMPARE(returns.findByNumber(first.number.toLower())->id, first.id);
        QCOMPARE(returns.findByNumber("2")->id, second.id);
        QCOMPARE(returns.findByNumber("R00002")->id, second.id);
        QCOMPARE(returns.findByNumber("3").error().code, "return.notFound");
        QCOMPARE(returns.findByNumber(" ").error().code, "return.numberEmpty");
        // A sale's number is not a return's.
        QCOMPARE(returns.findByNumber(sale.number).error().code, "return.notFound");
    }

    // An exchange settles the difference one way or the other, in one go.
    void exchangeSettlement_data()
    {
        QTest::addColumn<qint64>("newShampoos"); // what is taken instead of one conditioner
        QTest::addColumn<qint64>("difference");
        QTest::addColumn<qint64>("extraPaid");
        QTest::addColumn<qint64>("refundedToCard");
        QTest::addRow("dearer: the client pays the difference")
            << qint64(2) << qint64(9180 - 5290) << qint64(9180 - 5290) << qint64(0);
        QTest::addRow("cheaper: the rest goes back")
            << qint64(1) << qint64(4590 - 5290) << qint64(0) << qint64(5290 - 4590);
    }
    void exchangeSettlement()
    {
        QFETCH(qint64, newShampoos);
        QFETCH(qint64, difference);
        QFETCH(qint64, extraPaid);
        QFETCH(qint64, refundedToCard);
        TestStore t;
        ShopFixture f(*t);
        const Sale sale = must(CheckoutService(*t).checkout(
                                   f.request(f.cartOf({ { f.conditioner, 1 } }), { card(5290) })),
                               "sale");
        ExchangeRequest x;
        x.giveBack = returnOf(f, sale, 0, 1);
        x.takeNew = f.request(f.cartOf({ { f.shampoo, newShampoos } }), {});
        if (extraPaid > 0)
            x.takeNew.tenders = { card(extraPaid) };
        auto done = ExchangeService(*t).exchange(x);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        QCOMPARE(done->difference, reais(difference));
        QCOMPARE(done->sale.exchangeReturnId, done->returned.id);
        QCOMPARE(done->returned.exchangeSaleId, done->sale.id);
        // Exchange credit nets to zero across the two documents.
        qint64 exchange = 0;
        qint64 card = 0;
        for (const Payment &p : done->sale.payments + done->returned.payments) {
            if (p.method == PaymentMethod::Exchange)
                exchange += p.amount.minorUnits();
            if (p.method == PaymentMethod::Card)
                card += p.amount.minorUnits();
        }
        QCOMPARE(exchange, 0);
        QCOMPARE(card, extraPaid - refundedToCard);
        QCOMPARE(StockLedger(*t).onHand(f.conditioner, f.location).value(), 3);
        QCOMPARE(StockLedger(*t).onHand(f.shampoo, f.location).value(), 10 - newShampoos);
    }

    void testFailedExchangeLeavesNoReturn()
    {
        TestStore t;
        ShopFixture f(*t);
        const Sale sale = must(CheckoutService(*t).checkout(
                                   f.request(f.cartOf({ { f.conditioner, 1 } }), { card(5290) })),
                               "sale");
        ExchangeRequest x;
        x.giveBack = returnOf(f, sale, 0, 1);
        x.takeNew = f.request(f.cartOf({ { f.shampoo, 2 } }), {}); // 38.90 left unpaid
        const qint64 before = scalar(*t, "SELECT count(*) FROM change_log");
        auto done = ExchangeService(*t).exchange(x);
        QVERIFY(!done.ok());
        QCOMPARE(done.error().code, "payment.notEnough");
        QCOMPARE(scalar(*t, "SELECT count(*) FROM returns"), 0);
        QCOMPARE(scalar(*t, "SELECT count(*) FROM change_log"), before);
    }
};

QTEST_GUILESS_MAIN(TestReturnService)
#include "TestReturnService.moc"
