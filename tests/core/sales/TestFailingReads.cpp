// SPDX-License-Identifier: GPL-3.0-or-later
// Rule tables read better with plain literals.
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "BrokenTable.h"
#include "ShopFixture.h"
#include "Tenders.h"
#include "TestStore.h"
#include "cash/ShiftService.h"
#include "catalog/ProductCatalog.h"
#include "inventory/StockLedger.h"
#include "sales/CartBuilder.h"
#include "sales/CheckoutService.h"
#include "sales/ClientAccount.h"
#include "sales/DuePayment.h"
#include "sales/GiftCards.h"
#include "sales/ReceiptBuilder.h"
#include "sales/ReturnService.h"

#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

// A shop whose client has store credit and an amount due, a gift card with
// a balance, and a paid sale of a product that keeps stock.
struct Shop
{
    explicit Shop(LocalStore &store)
        : f(store)
    {
        f.openShift();
        // Two shampoos, R$ 91,80, paid R$ 50,00: R$ 41,80 left due.
        CheckoutRequest owing = f.request(f.cartOf({ { f.shampoo, 2 } }), { cash(5000) });
        owing.cart.clientId = f.client;
        owing.leaveRestDue = true;
        dueSale = must(CheckoutService(store).checkout(owing), "sale left due");
        // A conditioner paid in full, then returned to store credit.
        CheckoutRequest paid = f.request(f.cartOf({ { f.conditioner, 1 } }), { cash(5290) });
        paid.cart.clientId = f.client;
        paidSale = must(CheckoutService(store).checkout(paid), "paid sale");
        ReturnRequest back;
        back.saleId = paidSale.id;
        back.locationId = f.location;
        back.lines = { ReturnLineRequest {
            paidSale.lines.first().id, {}, 1, ReturnDisposition::Restock, {} } };
        back.refundMethod = RefundMethod::StoreCredit;
        back.userId = f.frontDesk;
        back.drawerId = f.drawer;
        must(ReturnService(store).createReturn(back), "return to store credit");
        // A gift card loaded with R$ 50,00.
        Cart load = must(CartBuilder(store).emptyCart(), "cart");
        load.lines << must(CartBuilder(store).giftCardLine("PRESENTE01", reais(5000)), "card line");
        cardSale = must(CheckoutService(store).checkout(f.request(load, { cash(5000) })), "card");
        card = must(GiftCards(store).findByCode("PRESENTE01"), "gift card");
        // A shampoo paid in full, to return.
        shampooSale = must(CheckoutService(store).checkout(
                               f.request(f.cartOf({ { f.shampoo, 1 } }), { cash(4590) })),
                           "shampoo sale");
        oneShampoo = f.cartOf({ { f.shampoo, 1 } });
        oneGiftWrap = f.cartOf({ { f.giftWrap, 1 } });
    }

    ReturnRequest returnOfShampoo() const
    {
        ReturnRequest r;
        r.saleId = shampooSale.id;
        r.locationId = f.location;
        r.lines = { ReturnLineRequest {
            shampooSale.lines.first().id, {}, 1, ReturnDisposition::Restock, {} } };
        r.userId = f.frontDesk;
        r.drawerId = f.drawer;
        return r;
    }

    ShopFixture f;
    // Made before a table breaks: building a cart reads the catalogue and
    // the settings.
    Cart oneShampoo;
    Cart oneGiftWrap;
    Sale dueSale;
    Sale paidSale;
    Sale cardSale;
    Sale shampooSale;
    GiftCard card;
};

// Each read as a test row runs it: only whether it answered matters here.
using Read = std::function<Result<void>(LocalStore &, Shop &)>;

template<typename T> Result<void> answered(const Result<T> &result)
{
    if (!result)
        return result.error();
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Read)

// Every read that money depends on, with the table it reads made
// unreadable on the real encrypted store: each must answer with a storage
// error, never with a zero, "not tracked" or "owes nothing". Writes that
// depend on such a read write nothing.
class TestFailingReads : public QObject
{
    Q_OBJECT

private slots:
    void moneyReadsFailLoudly_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<Read>("read");
        // What the facts ledgers hold per document, so a write is visible.
        QTest::addColumn<QString>("ledger");

        QTest::addRow("store credit")
            << "client_account_entries" << Read([](LocalStore &s, Shop &shop) {
                   return answered(ClientAccount(s).storeCredit(shop.f.client));
               })
            << QString();
        QTest::addRow("amount due")
            << "client_account_entries" << Read([](LocalStore &s, Shop &shop) {
                   return answered(ClientAccount(s).due(shop.f.client));
               })
            << QString();
        QTest::addRow("amount due of one sale")
            << "client_account_entries" << Read([](LocalStore &s, Shop &shop) {
                   return answered(ClientAccount(s).dueForSale(shop.dueSale.id));
               })
            << QString();
        QTest::addRow("account entries")
            << "client_account_entries" << Read([](LocalStore &s, Shop &shop) {
                   return answered(ClientAccount(s).entries(shop.f.client, 10));
               })
            << QString();
        QTest::addRow("what is owed, to pay it off")
            << "client_account_entries" << Read([](LocalStore &s, Shop &shop) {
                   return answered(DuePayment(s).owed(shop.f.client));
               })
            << QString();
        QTest::addRow("paying off what is owed")
            << "client_account_entries" << Read([](LocalStore &s, Shop &shop) {
                   DuePaymentRequest r;
                   r.clientId = shop.f.client;
                   r.locationId = shop.f.location;
                   r.tenders = { cash(1000) };
                   r.drawerId = shop.f.drawer;
                   return answered(DuePayment(s).pay(r));
               })
            << "payments";
        QTest::addRow("the client's balances at the checkout")
            << "client_account_entries" << Read([](LocalStore &s, Shop &shop) {
                   Cart cart = shop.oneGiftWrap;
                   cart.clientId = shop.f.client;
                   return answered(CheckoutService(s).review(cart, shop.f.location));
               })
            << QString();
        QTest::addRow("paying with store credit")
            << "client_account_entries" << Read([](LocalStore &s, Shop &shop) {
                   CheckoutRequest r = shop.f.request(
                       shop.oneGiftWrap,
                       { Tender { PaymentMethod::StoreCredit, reais(500), {}, {} } });
                   r.cart.clientId = shop.f.client;
                   return answered(CheckoutService(s).checkout(r));
               })
            << "sales";
        QTest::addRow("a refund while the sale is still owed")
            << "client_account_entries" << Read([](LocalStore &s, Shop &shop) {
                   ReturnRequest r = shop.returnOfShampoo();
                   r.saleId = shop.dueSale.id;
                   r.lines.first().saleLineId = shop.dueSale.lines.first().id;
                   return answered(ReturnService(s).createReturn(r));
               })
            << "returns";
        QTest::addRow("gift card balance")
            << "gift_card_entries" << Read([](LocalStore &s, Shop &shop) {
                   return answered(GiftCards(s).balance(shop.card));
               })
            << QString();
        QTest::addRow("paying with a gift card")
            << "gift_card_entries" << Read([](LocalStore &s, Shop &shop) {
                   CheckoutRequest r = shop.f.request(
                       shop.oneGiftWrap,
                       { Tender { PaymentMethod::GiftCard, reais(500), {}, "PRESENTE01" } });
                   return answered(CheckoutService(s).checkout(r));
               })
            << "sales";
        QTest::addRow("the balance printed on a receipt")
            << "gift_card_entries" << Read([](LocalStore &s, Shop &shop) {
                   return answered(
                       ReceiptBuilder(s).forSale(shop.cardSale.id, { QLocale(), false }));
               })
            << QString();
        QTest::addRow("stock tracked, by a return")
            << "products" << Read([](LocalStore &s, Shop &shop) {
                   return answered(ReturnService(s).createReturn(shop.returnOfShampoo()));
               })
            << "returns";
        QTest::addRow("stock tracked, by a sale")
            << "products" << Read([](LocalStore &s, Shop &shop) {
                   return answered(CheckoutService(s).checkout(
                       shop.f.request(shop.oneShampoo, { cash(4590) })));
               })
            << "sales";
        QTest::addRow("stock tracked, by the checkout's review")
            << "products" << Read([](LocalStore &s, Shop &shop) {
                   return answered(CheckoutService(s).review(shop.oneShampoo, shop.f.location));
               })
            << QString();
        QTest::addRow("stock on hand") << "stock_on_hand" << Read([](LocalStore &s, Shop &shop) {
            return answered(StockLedger(s).onHand(shop.f.shampoo, shop.f.location));
        }) << QString();
        QTest::addRow("what was returned of a sale")
            << "return_lines" << Read([](LocalStore &s, Shop &shop) {
                   return answered(ReturnService(s).returnable(shop.paidSale.id));
               })
            << QString();
        QTest::addRow("tax rounding and the discount limit")
            << "settings" << Read([](LocalStore &s, Shop &shop) {
                   return answered(CheckoutService(s).review(shop.oneShampoo, shop.f.location));
               })
            << QString();
        QTest::addRow("the business's currency") << "settings" << Read([](LocalStore &s, Shop &) {
            return answered(CartBuilder(s).emptyCart());
        }) << QString();
        QTest::addRow("a sale with the settings unread")
            << "settings" << Read([](LocalStore &s, Shop &shop) {
                   return answered(CheckoutService(s).checkout(
                       shop.f.request(shop.oneGiftWrap, { cash(500) })));
               })
            << "sales";
        QTest::addRow("a product's tax class")
            << "tax_classes" << Read([](LocalStore &s, Shop &shop) {
                   const Product shampoo = must(ProductCatalog(s).find(shop.f.shampoo), "shampoo");
                   return answered(CartBuilder(s).productLine(shampoo));
               })
            << QString();
        QTest::addRow("the drawer's open shift, for cash")
            << "cash_shifts" << Read([](LocalStore &s, Shop &shop) {
                   return answered(CheckoutService(s).checkout(
                       shop.f.request(shop.oneGiftWrap, { cash(500) })));
               })
            << "sales";
        QTest::addRow("the location's drawers")
            << "cash_drawers" << Read([](LocalStore &s, Shop &shop) {
                   return answered(ShiftService(s).defaultDrawer(shop.f.location));
               })
            << QString();
        QTest::addRow("where a refund goes back")
            << "payments" << Read([](LocalStore &s, Shop &shop) {
                   return answered(ReturnService(s).preview(shop.returnOfShampoo()));
               })
            << QString();
    }
    void moneyReadsFailLoudly()
    {
        QFETCH(QString, table);
        QFETCH(Read, read);
        QFETCH(QString, ledger);
        TestStore t;
        Shop shop(*t);
        const qint64 before = ledger.isEmpty() ? 0 : rowCount(*t, ledger);
        {
            BrokenTable broken(*t, table);
            QVERIFY(broken.isBroken());
            const Result<void> answer = read(*t, shop);
            QVERIFY2(!answer.ok(), "a value came back from a store that cannot be read");
            QCOMPARE(answer.error().kind, Error::Kind::Storage);
            QCOMPARE(answer.error().code, QStringLiteral("storage.readFailed"));
            QVERIFY(!answer.error().message.isEmpty());
        }
        // Nothing was written on the strength of a read that failed...
        if (!ledger.isEmpty())
            QCOMPARE(rowCount(*t, ledger), before);
        // ...and with the table back the same read answers: the fault, not
        // the row, made it fail.
        const Result<void> healthy = read(*t, shop);
        QVERIFY2(healthy.ok(), qPrintable(healthy.ok() ? QString() : healthy.error().message));
        if (!ledger.isEmpty())
            QCOMPARE(rowCount(*t, ledger), before + 1);
    }

    // What the healthy shop answers, so the rows above read real balances.
    void healthyStoreAnswers()
    {
        TestStore t;
        Shop shop(*t);
        QCOMPARE(must(ClientAccount(*t).storeCredit(shop.f.client), "credit"), reais(5290));
        QCOMPARE(must(ClientAccount(*t).due(shop.f.client), "due"), reais(4180));
        QCOMPARE(must(ClientAccount(*t).dueForSale(shop.dueSale.id), "sale due"), reais(4180));
        QCOMPARE(must(DuePayment(*t).owed(shop.f.client), "owed").minorUnits(), 4180);
        QCOMPARE(must(GiftCards(*t).balance(shop.card), "card"), reais(5000));
        QCOMPARE(must(StockLedger(*t).onHand(shop.f.shampoo, shop.f.location), "stock"), 7);
        QVERIFY(must(ProductCatalog(*t).tracksStock(shop.f.shampoo), "tracked"));
        QVERIFY(!must(ProductCatalog(*t).tracksStock(shop.f.giftWrap), "not tracked"));
        {
            BrokenTable broken(*t, QStringLiteral("products"));
            QVERIFY(broken.isBroken());
            QVERIFY(!ProductCatalog(*t).tracksStock(shop.f.shampoo).ok());
        }
        QVERIFY(must(ProductCatalog(*t).tracksStock(shop.f.shampoo), "tracked again"));
    }
};

QTEST_GUILESS_MAIN(TestFailingReads)
#include "TestFailingReads.moc"
