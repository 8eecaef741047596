// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "ShopFixture.h"
#include "Tenders.h"
#include "TestStore.h"
#include "audit/AuditTrail.h"
#include "cash/ShiftService.h"
#include "catalog/ProductCatalog.h"
#include "inventory/StockLedger.h"
#include "sales/CartBuilder.h"
#include "sales/CheckoutService.h"
#include "sales/ClientAccount.h"
#include "sales/GiftCards.h"
#include "sales/ReturnService.h"
#include "sales/SalesJournal.h"
#include "sales/SalesSettings.h"
#include "scheduling/AppointmentBook.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

// Everything a sale writes, so a refused checkout can be shown to write none.
QList<qint64> footprint(LocalStore &store)
{
    QList<qint64> out;
    for (const char *table :
         { "sales", "sale_lines", "payments", "stock_movements", "client_account_entries",
           "gift_card_entries", "gift_cards", "change_log", "audit_events" })
        out << scalar(store, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return out;
}

} // namespace

class TestCheckoutService : public QObject
{
    Q_OBJECT

private slots:
    void testCashSaleCommitsEveryFact()
    {
        TestStore t;
        ShopFixture f(*t);
        const Id shift = f.openShift();
        const qint64 logBefore = scalar(*t, "SELECT count(*) FROM change_log");
        Cart cart = f.cartOf({ { f.shampoo, 2 }, { f.giftWrap, 1 } });
        auto sale = CheckoutService(*t).checkout(f.request(cart, { cash(20000) }));
        QVERIFY2(sale.ok(), qPrintable(sale.ok() ? QString() : sale.error().message));
        QCOMPARE(sale->total, reais(2 * 4590 + 500));
        QCOMPARE(sale->lines.size(), 2);
        QCOMPARE(sale->payments.size(), 1);
        QCOMPARE(sale->payments.first().amount, reais(9680));
        QCOMPARE(sale->payments.first().tendered, std::optional(reais(20000)));
        QCOMPARE(sale->payments.first().change, std::optional(reais(10320)));
        QCOMPARE(sale->shiftId, shift);
        // ICMS 18 % inside 91.80 of shampoo; the wrap is untaxed.
        QCOMPARE(sale->tax, reais(1400));
        QVERIFY(QRegularExpression("^SAL-[0-9A-Z]{4}-000001$").match(sale->number).hasMatch());

        // Stock is the sum of movements: the tracked product went down, the
        // untracked one has no movement at all.
        StockLedger stock(*t);
        QCOMPARE(stock.onHand(f.shampoo, f.location).value(), 8);
        QCOMPARE(stock.onHand(f.giftWrap, f.location).value(), 0);
        QCOMPARE(scalar(*t, "SELECT count(*) FROM stock_movements WHERE kind = 'sale'"), 1);
        // One change-log entry per fact: sale, two lines, the movement, the payment.
        QCOMPARE(scalar(*t, "SELECT count(*) FROM change_log") - logBefore, 5);

        // Read back, it is the same sale.
        auto read = SalesJournal(*t).find(sale->id);
        QVERIFY(read.ok());
        QCOMPARE(read->number, sale->number);
        QCOMPARE(read->total, sale->total);
        QCOMPARE(*read->paid(), reais(9680));
        QCOMPARE(*read->change(), reais(10320));
        QCOMPARE(read->lines.at(0).quantity, 2);
        QCOMPARE(read->lines.at(0).tax.rateBp, 1800);

        // The drawer expects the float plus what the sale kept.
        auto report = ShiftService(*t).report(shift);
        QVERIFY(report.ok());
        QCOMPARE(report->cashSales, reais(9680));
        QCOMPARE(report->expected, reais(10000 + 9680));
        QCOMPARE(report->salesCount, 1);
    }

    void testNumbersFollowTheTerminalsSequence()
    {
        TestStore t;
        ShopFixture f(*t);
        CheckoutService checkout(*t);
        const Cart wrap = f.cartOf({ { f.giftWrap, 1 } });
        auto first = checkout.checkout(f.request(wrap, { card(500) }));
        auto second = checkout.checkout(f.request(wrap, { card(500) }));
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first->sequence, 1);
        QCOMPARE(second->sequence, 2);
        QVERIFY(second->number.endsWith("-000002"));
        QCOMPARE(first->number.left(9), second->number.left(9));
        // After a restart the sequence continues from the ledger (the
        // fixture's store reference dies with the restart: only ids are used).
        t.reopen();
        auto third = CheckoutService(*t).checkout(f.request(wrap, { card(500) }));
        QVERIFY(third.ok());
        QCOMPARE(third->sequence, 3);
        // Found by its full number or its last digits.
        QCOMPARE(SalesJournal(*t).findByNumber(third->number)->id, third->id);
        QCOMPARE(SalesJournal(*t).findByNumber("3")->id, third->id);
    }

    void testRefusedCheckoutChangesNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("code");
        QTest::addRow("cash without an open drawer") << "cash"
                                                     << "sale.noOpenShift";
        QTest::addRow("card without reference") << "cardNoRef"
                                                << "payment.cardReferenceRequired";
        QTest::addRow("not enough paid") << "short"
                                         << "payment.notEnough";
        QTest::addRow("due without a client") << "dueNoClient"
                                              << "sale.dueNeedsClient";
        QTest::addRow("discount over the limit, nobody approves") << "discount"
                                                                  << "sale.discountNeedsApproval";
        QTest::addRow("discount approved by the front desk") << "discountFrontDesk"
                                                             << "approval.notAllowed";
        QTest::addRow("store credit the client does not have") << "credit"
                                                               << "payment.notEnoughCredit";
        QTest::addRow("unknown gift card") << "giftCard"
                                           << "giftCard.notFound";
        QTest::addRow("another currency") << "currency"
                                          << "sale.otherCurrency";
        QTest::addRow("charging a cancelled appointment") << "cancelled"
                                                          << "sale.appointmentNotHeld";
    }
    void testRefusedCheckoutChangesNothing()
    {
        QFETCH(QString, what);
        QFETCH(QString, code);
        TestStore t;
        ShopFixture f(*t);
        Cart cart = f.cartOf({ { f.shampoo, 1 } });
        CheckoutRequest r = f.request(cart, { card(4590) });
        if (what == "cash")
            r.tenders = { cash(5000) };
        else if (what == "cardNoRef")
            r.tenders = { Tender { PaymentMethod::Card, reais(4590), "  ", {} } };
        else if (what == "short")
            r.tenders = { card(1000) };
        else if (what == "dueNoClient") {
            r.tenders = { card(1000) };
            r.leaveRestDue = true;
        } else if (what == "discount" || what == "discountFrontDesk") {
            r.cart.lines[0].discount = Discount::percent(2000);
            r.tenders = { card(3672) };
            if (what == "discountFrontDesk")
                r.approvedBy = f.frontDesk;
        } else if (what == "credit") {
            r.cart.clientId = f.client;
            r.tenders = { Tender { PaymentMethod::StoreCredit, reais(4590), {}, {} } };
        } else if (what == "giftCard") {
            r.tenders = { Tender { PaymentMethod::GiftCard, reais(4590), {}, "NOPE1234" } };
        } else if (what == "currency") {
            r.cart.currency = currencyOf("USD");
        } else if (what == "cancelled") {
            AppointmentBook book(*t);
            BookingRequest b;
            b.locationId = f.location;
            b.clientId = f.client;
            b.startsAtMsecs = f.at(QDate(2026, 1, 5), "10:00");
            b.lines = { BookingLine { f.cut, f.ana, {}, {} } };
            const Id booked = must(book.book(b), "book").id;
            must(book.cancel(booked, "changed mind"), "cancel");
            // Past CartBuilder's own check: the commit itself must refuse it,
            // after the sale's rows were written, and roll all of them back.
            r.cart.appointmentId = booked;
        }
        const QList<qint64> before = footprint(*t);
        const qint64 stockBefore = StockLedger(*t).onHand(f.shampoo, f.location).value();
        auto sale = CheckoutService(*t).checkout(r);
        QVERIFY(!sale.ok());
        QCOMPARE(sale.error().code, code);
        QVERIFY(!sale.error().message.isEmpty());
        QCOMPARE(footprint(*t), before);
        QCOMPARE(StockLedger(*t).onHand(f.shampoo, f.location).value(), stockBefore);
    }

    void testManagerApprovesALargeDiscount()
    {
        TestStore t;
        ShopFixture f(*t);
        Cart cart = f.cartOf({ { f.shampoo, 1 } });
        cart.lines[0].discount = Discount::percent(2000); // limit is 10 %
        auto review = CheckoutService(*t).review(cart, f.location);
        QVERIFY(review.ok());
        QVERIFY(review->needsApproval);
        QCOMPARE(review->largestDiscountBp, 2000);
        CheckoutRequest r = f.request(cart, { card(3672) });
        r.approvedBy = f.manager;
        auto sale = CheckoutService(*t).checkout(r);
        QVERIFY2(sale.ok(), qPrintable(sale.ok() ? QString() : sale.error().message));
        QCOMPARE(sale->discount, reais(918));
        QCOMPARE(sale->approvedBy, f.manager);
        QCOMPARE(
            scalar(*t, "SELECT count(*) FROM audit_events WHERE action = 'sale.discountApproved'"),
            1);
        // Raising the limit lets the front desk give it alone.
        must(SalesSettings(*t).setDiscountLimitBp(2500), "limit");
        QVERIFY(!CheckoutService(*t).review(cart, f.location)->needsApproval);
    }

    void testSplitPaymentWithChange()
    {
        TestStore t;
        ShopFixture f(*t);
        f.openShift();
        Cart cart = f.cartOf({ { f.shampoo, 1 }, { f.conditioner, 1 } }); // 98.80
        auto sale = CheckoutService(*t).checkout(f.request(
            cart, { cash(5000), card(5000), Tender { PaymentMethod::Pix, reais(2000), {}, {} } }));
        QVERIFY(sale.ok());
        // Card and PIX first, cash last: 50 + 20 + 28.80 of the 50 note.
        QCOMPARE(sale->payments.size(), 3);
        QCOMPARE(sale->payments.at(0).method, PaymentMethod::Card);
        QCOMPARE(sale->payments.at(1).method, PaymentMethod::Pix);
        QCOMPARE(sale->payments.at(2).amount, reais(2880));
        QCOMPARE(sale->payments.at(2).change, std::optional(reais(2120)));
        QCOMPARE(*sale->paid(), reais(9880));
    }

    void testStoreCreditAndDue()
    {
        TestStore t;
        ShopFixture f(*t);
        ClientAccount account(*t);
        ClientAccount::Entry credit;
        credit.clientId = f.client;
        credit.kind = ClientAccount::Kind::StoreCredit;
        credit.amount = reais(3000);
        must(account.record(credit), "credit");

        Cart cart = f.cartOf({ { f.shampoo, 1 } });
        cart.clientId = f.client;
        CheckoutRequest r = f.request(
            cart, { Tender { PaymentMethod::StoreCredit, reais(3000), {}, {} }, card(1000) });
        r.leaveRestDue = true;
        auto sale = CheckoutService(*t).checkout(r);
        QVERIFY2(sale.ok(), qPrintable(sale.ok() ? QString() : sale.error().message));
        QCOMPARE(account.storeCredit(f.client).value(), reais(0));
        QCOMPARE(account.due(f.client).value(), reais(590));
        QCOMPARE(sale->due, reais(590));
        QCOMPARE(SalesJournal(*t).find(sale->id)->due, reais(590));
        QCOMPARE(CheckoutService(*t).review(cart, f.location)->clientDue,
                 std::optional(reais(590)));
    }

    void testGiftCardSoldThenSpent()
    {
        TestStore t;
        ShopFixture f(*t);
        CartBuilder builder(*t);
        Cart cart = must(builder.emptyCart(), "cart");
        cart.lines << must(builder.giftCardLine("gift-2026-ab", reais(10000)), "gift line");
        auto sold = CheckoutService(*t).checkout(f.request(cart, { card(10000) }));
        QVERIFY(sold.ok());
        GiftCards cards(*t);
        const GiftCard card = must(cards.findByCode("GIFT2026AB"), "card");
        QCOMPARE(cards.balance(card).value(), reais(10000));

        Cart buy = f.cartOf({ { f.shampoo, 1 } });
        auto spent = CheckoutService(*t).checkout(f.request(
            buy, { Tender { PaymentMethod::GiftCard, reais(4590), {}, "gift 2026 ab" } }));
        QVERIFY2(spent.ok(), qPrintable(spent.ok() ? QString() : spent.error().message));
        QCOMPARE(cards.balance(card).value(), reais(10000 - 4590));
        QCOMPARE(spent->payments.first().giftCardId, card.id);

        // More than the card holds is refused.
        Cart more = f.cartOf({ { f.shampoo, 2 } });
        auto refused = CheckoutService(*t).checkout(
            f.request(more, { Tender { PaymentMethod::GiftCard, reais(9180), {}, "GIFT2026AB" } }));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, "payment.notEnoughOnGiftCard");
    }

    void testAppointmentComesInAndIsCompleted()
    {
        TestStore t;
        ShopFixture f(*t);
        AppointmentBook book(*t);
        BookingRequest b;
        b.locationId = f.location;
        b.clientId = f.client;
        b.startsAtMsecs = f.at(QDate(2026, 1, 5), "10:00");
        b.lines = { BookingLine { f.cut, f.ana, {}, {} } };
        const Appointment booked = must(book.book(b), "book");
        Cart cart = must(CartBuilder(*t).cartForAppointment(booked.id), "cart");
        QCOMPARE(cart.clientId, f.client);
        QCOMPARE(cart.lines.size(), 1);
        QCOMPARE(cart.lines.first().staffId, f.ana);
        QCOMPARE(cart.lines.first().unitPrice, reais(8000));
        cart.lines
            << CartBuilder(*t).productLine(must(ProductCatalog(*t).find(f.shampoo), "p")).value();
        auto sale = CheckoutService(*t).checkout(f.request(cart, { card(12590) }));
        QVERIFY2(sale.ok(), qPrintable(sale.ok() ? QString() : sale.error().message));
        QCOMPARE(sale->appointmentId, booked.id);
        QCOMPARE(sale->lines.first().appointmentItemId, booked.items.first().id);
        // ISS 5 % inside 80.00 is 3.81; ICMS inside 45.90 is 7.00.
        QCOMPARE(sale->lines.at(0).taxAmount, reais(381));
        QCOMPARE(sale->lines.at(1).taxAmount, reais(700));
        QCOMPARE(book.find(booked.id)->status, AppointmentStatus::Completed);
    }

    void testAnAppointmentIsChargedOnce()
    {
        TestStore t;
        ShopFixture f(*t);
        BookingRequest b;
        b.locationId = f.location;
        b.clientId = f.client;
        b.startsAtMsecs = f.at(QDate(2026, 1, 5), "10:00");
        b.lines = { BookingLine { f.cut, f.ana, {}, {} } };
        const Appointment booked = must(AppointmentBook(*t).book(b), "book");
        const Cart cart = must(CartBuilder(*t).cartForAppointment(booked.id), "cart");
        QCOMPARE(SalesJournal(*t).numberForAppointment(booked.id).value(), QString());
        const Sale first
            = must(CheckoutService(*t).checkout(f.request(cart, { card(8000) })), "sale");
        QCOMPARE(SalesJournal(*t).numberForAppointment(booked.id).value(), first.number);
        // The same cart again (a second click, a cart kept open) is refused,
        // and so is building a new one.
        const QList<qint64> before = footprint(*t);
        auto again = CheckoutService(*t).checkout(f.request(cart, { card(8000) }));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, "sale.appointmentCharged");
        QVERIFY(again.error().message.contains(first.number));
        QCOMPARE(footprint(*t), before);
        auto rebuilt = CartBuilder(*t).cartForAppointment(booked.id);
        QVERIFY(!rebuilt.ok());
        QCOMPARE(rebuilt.error().code, "sale.appointmentCharged");
    }

    void testAnEmptyCartReviewsAsNothingYet()
    {
        TestStore t;
        ShopFixture f(*t);
        Cart cart = must(CartBuilder(*t).emptyCart(), "cart");
        cart.clientId = f.client;
        auto review = CheckoutService(*t).review(cart, f.location);
        QVERIFY2(review.ok(), qPrintable(review.ok() ? QString() : review.error().message));
        QCOMPARE(review->totals.total, reais(0));
        QVERIFY(review->totals.lines.isEmpty());
        QVERIFY(!review->needsApproval);
        QCOMPARE(review->discountLimitBp, SalesSettings::kDefaultDiscountLimitBp);
        // Checking it out is still refused.
        auto sale = CheckoutService(*t).checkout(f.request(cart, {}));
        QVERIFY(!sale.ok());
        QCOMPARE(sale.error().code, "sale.empty");
    }

    void testReviewWarnsOfStockBelowZero()
    {
        TestStore t;
        ShopFixture f(*t);
        Cart cart = f.cartOf({ { f.conditioner, 2 }, { f.conditioner, 2 }, { f.giftWrap, 50 } });
        auto review = CheckoutService(*t).review(cart, f.location);
        QVERIFY(review.ok());
        QCOMPARE(review->shortages.size(), 1); // the second line takes it to 4 of 3
        QCOMPARE(review->shortages.first().line, 1);
        QCOMPARE(review->shortages.first().onHand, 3);
        QCOMPARE(review->shortages.first().wanted, 4);
        // Selling anyway is allowed: stock goes below zero and says so.
        auto sale
            = CheckoutService(*t).checkout(f.request(cart, { card(2 * 2 * 5290 + 50 * 500) }));
        QVERIFY(sale.ok());
        QCOMPARE(StockLedger(*t).onHand(f.conditioner, f.location).value(), -1);
    }

    void testPerTotalRoundingIsRecordedOnTheSale()
    {
        TestStore t;
        ShopFixture f(*t);
        must(SalesSettings(*t).setTaxRounding(TaxRounding::PerTotal), "rounding");
        auto sale = CheckoutService(*t).checkout(
            f.request(f.cartOf({ { f.shampoo, 1 }, { f.conditioner, 1 } }), { card(9880) }));
        QVERIFY(sale.ok());
        QCOMPARE(sale->taxRounding, TaxRounding::PerTotal);
        QCOMPARE(SalesJournal(*t).find(sale->id)->taxRounding, TaxRounding::PerTotal);
        // 98.80 × 18/118 = 15.07, shared 7.00 + 8.07.
        QCOMPARE(sale->tax, reais(1507));
    }

    void testHistoryListsNewestFirstWithFilters()
    {
        TestStore t;
        ShopFixture f(*t);
        CheckoutService checkout(*t);
        Cart forJoana = f.cartOf({ { f.giftWrap, 1 } });
        forJoana.clientId = f.client;
        must(checkout.checkout(f.request(forJoana, { card(500) })), "1");
        t.clock().advance(60000);
        must(checkout.checkout(f.request(f.cartOf({ { f.giftWrap, 2 } }),
                                         { Tender { PaymentMethod::Pix, reais(1000), {}, {} } })),
             "2");
        SalesJournal journal(*t);
        const QList<SaleSummary> all = journal.list({}, 50).value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().total, reais(1000));
        QCOMPARE(all.first().methods, QStringList { "pix" });
        SaleFilter byClient;
        byClient.text = "joana";
        QCOMPARE(journal.list(byClient, 50).value().size(), 1);
        QCOMPARE(journal.list(byClient, 50).value().first().clientName, "Joana Silva");
        SaleFilter byMethod;
        byMethod.method = PaymentMethod::Card;
        QCOMPARE(journal.list(byMethod, 50).value().size(), 1);
        SaleFilter byNumber;
        byNumber.text = "000002";
        QCOMPARE(journal.list(byNumber, 50).value().size(), 1);
    }

    // What the products page shows next to a stock movement checkout made.
    void testDocumentNumberOfASaleAndAReturn()
    {
        TestStore t;
        ShopFixture f(*t);
        const Sale sale = must(
            CheckoutService(*t).checkout(f.request(f.cartOf({ { f.shampoo, 2 } }), { card(9180) })),
            "sale");
        ReturnRequest r;
        r.saleId = sale.id;
        r.locationId = f.location;
        r.lines = { ReturnLineRequest {
            sale.lines.first().id, {}, 1, ReturnDisposition::Restock, {} } };
        r.userId = f.frontDesk;
        const SaleReturn back = must(ReturnService(*t).createReturn(r), "return");
        SalesJournal journal(*t);
        QCOMPARE(journal.documentNumber(sale.id).value(), sale.number);
        QCOMPARE(journal.documentNumber(back.id).value(), back.number);
        QVERIFY(back.number.contains("-R"));
        QVERIFY(journal.documentNumber(Id::generate()).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCheckoutService)
#include "TestCheckoutService.moc"
