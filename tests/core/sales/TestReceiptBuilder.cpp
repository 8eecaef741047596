// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "ShopFixture.h"
#include "Tenders.h"
#include "TestStore.h"
#include "locations/LocationService.h"
#include "sales/CartBuilder.h"
#include "sales/CheckoutService.h"
#include "sales/ExchangeService.h"
#include "sales/PixCode.h"
#include "sales/ReceiptBuilder.h"
#include "sales/ReturnService.h"
#include "sales/SalesSettings.h"
#include "settings/BusinessSettings.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

ReceiptBuilder::Options pt(bool reprint = false)
{
    return { QLocale(QLocale::Portuguese, QLocale::Brazil), reprint };
}

// The salon with a name, a tax id, an address and a footer.
struct Shop : ShopFixture
{
    explicit Shop(LocalStore &s)
        : ShopFixture(s)
    {
        must(BusinessSettings(store).setValue(BusinessSettings::kBusinessName, "Salão Bela Vista"),
             "name");
        SalesSettings settings(store);
        must(settings.setTaxId("12.345.678/0001-90"), "tax id");
        must(settings.setReceiptFooter("Volte sempre!"), "footer");
        must(LocationService(store).update(location, std::nullopt, std::nullopt,
                                           QString("Rua Augusta, 1500"), QString("+551133334444")),
             "address");
    }
};

// Two shampoos for the client, R$ 30,00 by card and the rest left due.
Sale partlyDue(Shop &f)
{
    Cart cart = f.cartOf({ { f.shampoo, 2 } });
    cart.clientId = f.client;
    CheckoutRequest request = f.request(cart, { card(3000) });
    request.leaveRestDue = true;
    return must(CheckoutService(f.store).checkout(request), "sale");
}

// One unit of the sale's first line back, with its receipt.
ReturnRequest oneBack(const Shop &f, const Sale &sale)
{
    ReturnRequest back;
    back.saleId = sale.id;
    back.locationId = f.location;
    back.lines
        = { ReturnLineRequest { sale.lines.first().id, {}, 1, ReturnDisposition::Restock, {} } };
    back.userId = f.frontDesk;
    return back;
}

} // namespace

class TestReceiptBuilder : public QObject
{
    Q_OBJECT

private slots:
    void testCashSale()
    {
        // 2026-01-01 00:00 UTC is still 31 December in São Paulo.
        TestStore t;
        Shop f(*t);
        f.openShift();
        Cart cart = f.cartOf({ { f.shampoo, 2 }, { f.giftWrap, 1 } });
        cart.lines[0].discount = Discount::amount(459);
        cart.clientId = f.client;
        const Sale sale
            = must(CheckoutService(*t).checkout(f.request(cart, { cash(10000) })), "sale");
        const Receipt r = must(ReceiptBuilder(*t).forSale(sale.id, pt()), "receipt");

        QCOMPARE(r.kind, ReceiptKind::Sale);
        QVERIFY(!r.reprint);
        QCOMPARE(r.businessName, "Salão Bela Vista");
        QCOMPARE(r.taxId, "12.345.678/0001-90");
        QCOMPARE(r.locationName, "Salão Centro");
        QCOMPARE(r.locationAddress, "Rua Augusta, 1500");
        QCOMPARE(r.locationPhone, "+551133334444");
        QCOMPARE(r.footer, "Volte sempre!");
        QCOMPARE(r.number, sale.number);
        QCOMPARE(r.saleId, sale.id);
        QCOMPARE(r.at.timeZone().id(), QByteArray("America/Sao_Paulo"));
        QCOMPARE(r.at.date(), QDate(2025, 12, 31));
        QCOMPARE(r.at.time(), QTime(21, 0));
        QCOMPARE(r.cashier, "recepcao");
        QCOMPARE(r.clientName, "Joana Silva");
        QCOMPARE(r.locale.name(), "pt_BR");

        QCOMPARE(r.lines.size(), 2);
        const ReceiptLine &shampoo = r.lines.first();
        QCOMPARE(shampoo.description, "Shampoo 500 ml");
        QCOMPARE(shampoo.quantity, 2);
        QCOMPARE(shampoo.unitPrice->minorUnits(), 4590);
        QCOMPARE(shampoo.discount.minorUnits(), 459);
        QCOMPARE(shampoo.total.minorUnits(), 9180 - 459);
        QCOMPARE(shampoo.taxRateBp, 1800);
        QVERIFY(shampoo.taxIncluded);
        QCOMPARE(r.lines.at(1).taxRateBp, 0);

        // One rate, included: 87.21 × 18/118 = 13.30.
        QCOMPARE(r.taxes.size(), 1);
        QCOMPARE(r.taxes.first().name, "ICMS 18%");
        QCOMPARE(r.taxes.first().base.minorUnits(), 8721);
        QCOMPARE(r.taxes.first().amount.minorUnits(), 1330);
        QCOMPARE(r.includedTax().minorUnits(), 1330);
        QVERIFY(r.addedTax().isZero());
        QCOMPARE(r.subtotal.minorUnits(), 9180 + 500);
        QCOMPARE(r.discounts.minorUnits(), 459);
        QCOMPARE(r.total().minorUnits(), 9221);

        QCOMPARE(r.payments.size(), 1);
        QCOMPARE(r.payments.first().method, PaymentMethod::Cash);
        QCOMPARE(r.payments.first().amount.minorUnits(), 9221);
        QCOMPARE(r.payments.first().tendered->minorUnits(), 10000);
        QCOMPARE(r.payments.first().change->minorUnits(), 779);
        QVERIFY(r.tookCash());
        QVERIFY(r.pixPayload.isEmpty());
        QVERIFY(r.balancesAfter.isEmpty());
    }

    void testReprintIsMarked()
    {
        TestStore t;
        Shop f(*t);
        const Sale sale = must(
            CheckoutService(*t).checkout(f.request(f.cartOf({ { f.shampoo, 1 } }), { card(4590) })),
            "sale");
        QVERIFY(must(ReceiptBuilder(*t).forSale(sale.id, pt(true)), "receipt").reprint);
        QCOMPARE(
            must(ReceiptBuilder(*t).forSale(sale.id, pt()), "receipt").payments.first().reference,
            "AUT123");
    }

    // A code for what PIX paid would let the client scan it and pay again:
    // the receipt names the transaction instead.
    void testPixPaidSaleCarriesNoCode()
    {
        TestStore t;
        Shop f(*t);
        must(SalesSettings(*t).setPix(PixKey::Type::Cpf, "529.982.247-25", "Salão Bela Vista",
                                      "São Paulo"),
             "pix");
        const Sale sale = must(
            CheckoutService(*t).checkout(f.request(
                f.cartOf({ { f.shampoo, 2 } }),
                { Tender {
                      PaymentMethod::Pix, reais(5000), "E18236120202612071530s0a1b2c3d4e", {} },
                  card(4180) })),
            "sale");
        const Receipt r = must(ReceiptBuilder(*t).forSale(sale.id, pt()), "receipt");
        QVERIFY2(r.pixPayload.isEmpty(), qPrintable(r.pixPayload));
        QCOMPARE(r.payments.first().method, PaymentMethod::Pix);
        QCOMPARE(r.payments.first().reference, "E18236120202612071530s0a1b2c3d4e");
        QVERIFY(!r.tookCash());
    }

    // What a sale left due is asked for with a code of that amount.
    void testSaleLeftDueAsksForTheRestWithPix()
    {
        TestStore t;
        Shop f(*t);
        must(SalesSettings(*t).setPix(PixKey::Type::Cpf, "529.982.247-25", "Salão Bela Vista",
                                      "São Paulo"),
             "pix");
        const Sale sale = partlyDue(f);
        const Receipt r = must(ReceiptBuilder(*t).forSale(sale.id, pt()), "receipt");
        auto code = PixCode::parse(r.pixPayload);
        QVERIFY2(code.ok(), qPrintable(r.pixPayload));
        QCOMPARE(code->charge().amount->minorUnits(), r.due.minorUnits());
        QCOMPARE(code->charge().txid, QString(sale.number).remove('-'));
        // A reprint asks for the same.
        QCOMPARE(must(ReceiptBuilder(*t).forSale(sale.id, pt(true)), "reprint").pixPayload,
                 r.pixPayload);
    }

    void testPixSaleWithoutPixSettingsHasNoCode()
    {
        TestStore t;
        Shop f(*t);
        const Sale sale = must(CheckoutService(*t).checkout(f.request(
                                   f.cartOf({ { f.shampoo, 1 } }),
                                   { Tender { PaymentMethod::Pix, reais(4590), {}, {} } })),
                               "sale");
        const Receipt r = must(ReceiptBuilder(*t).forSale(sale.id, pt()), "receipt");
        QVERIFY(r.pixPayload.isEmpty());
        QCOMPARE(r.payments.first().method, PaymentMethod::Pix);
    }

    void testLeftDueShowsTheBalance()
    {
        TestStore t;
        Shop f(*t);
        const Sale sale = partlyDue(f);
        const Receipt r = must(ReceiptBuilder(*t).forSale(sale.id, pt()), "receipt");
        QCOMPARE(r.due.minorUnits(), 6180);
        QCOMPARE(r.balancesAfter.size(), 1);
        QCOMPARE(r.balancesAfter.first().kind, ReceiptBalance::Kind::Due);
        QCOMPARE(r.balancesAfter.first().amount.minorUnits(), 6180);
    }

    void testGiftCardBalanceAfterSpending()
    {
        TestStore t;
        Shop f(*t);
        CartBuilder builder(*t);
        Cart load = must(builder.emptyCart(), "cart");
        load.lines << must(builder.giftCardLine("GIFT2026AB", reais(10000)), "gift line");
        must(CheckoutService(*t).checkout(f.request(load, { card(10000) })), "load");
        const Sale spent
            = must(CheckoutService(*t).checkout(f.request(
                       f.cartOf({ { f.shampoo, 1 } }),
                       { Tender { PaymentMethod::GiftCard, reais(4590), {}, "GIFT2026AB" } })),
                   "spend");
        // Spent again later: the reprint still shows the balance of the day.
        t.clock().advance(60000);
        must(CheckoutService(*t).checkout(
                 f.request(f.cartOf({ { f.giftWrap, 1 } }),
                           { Tender { PaymentMethod::GiftCard, reais(500), {}, "GIFT2026AB" } })),
             "later");
        const Receipt r = must(ReceiptBuilder(*t).forSale(spent.id, pt(true)), "receipt");
        QCOMPARE(r.payments.first().reference, "****26AB");
        QCOMPARE(r.balancesAfter.size(), 1);
        QCOMPARE(r.balancesAfter.first().kind, ReceiptBalance::Kind::GiftCard);
        QCOMPARE(r.balancesAfter.first().reference, "****26AB");
        QCOMPARE(r.balancesAfter.first().amount.minorUnits(), 10000 - 4590);
    }

    void testReturnToStoreCredit()
    {
        TestStore t;
        Shop f(*t);
        Cart cart = f.cartOf({ { f.conditioner, 2 } });
        cart.clientId = f.client;
        const Sale sale
            = must(CheckoutService(*t).checkout(f.request(cart, { card(10580) })), "sale");
        ReturnRequest back = oneBack(f, sale);
        back.refundMethod = RefundMethod::StoreCredit;
        const SaleReturn done = must(ReturnService(*t).createReturn(back), "return");

        const Receipt r = must(ReceiptBuilder(*t).forReturn(done.id, pt()), "receipt");
        QCOMPARE(r.kind, ReceiptKind::Return);
        QCOMPARE(r.number, done.number);
        QCOMPARE(r.relatedNumber, sale.number);
        QCOMPARE(r.saleId, sale.id);
        QCOMPARE(r.returnId, done.id);
        QVERIFY(r.lines.isEmpty());
        QCOMPARE(r.returnedLines.size(), 1);
        QCOMPARE(r.returnedLines.first().quantity, 1);
        QCOMPARE(r.returnedLines.first().total.minorUnits(), 5290);
        QVERIFY(!r.returnedLines.first().unitPrice);
        QCOMPARE(r.refundTotal.minorUnits(), 5290);
        QCOMPARE(r.total().minorUnits(), -5290);
        QCOMPARE(r.payments.size(), 1);
        QCOMPARE(r.payments.first().method, PaymentMethod::StoreCredit);
        QCOMPARE(r.payments.first().amount.minorUnits(), -5290);
        QCOMPARE(r.balancesAfter.size(), 1);
        QCOMPARE(r.balancesAfter.first().kind, ReceiptBalance::Kind::StoreCredit);
        QCOMPARE(r.balancesAfter.first().amount.minorUnits(), 5290);
        QVERIFY(r.pixPayload.isEmpty());
    }

    void testRefundOffWhatIsOwedAddsUp()
    {
        TestStore t;
        Shop f(*t);
        const Sale sale = partlyDue(f);
        const SaleReturn done = must(ReturnService(*t).createReturn(oneBack(f, sale)), "return");
        const Receipt r = must(ReceiptBuilder(*t).forReturn(done.id, pt()), "receipt");
        // No money moved: 45.90 came off the 61.80 owed.
        QCOMPARE(r.payments.size(), 1);
        QCOMPARE(r.payments.first().method, PaymentMethod::Account);
        QCOMPARE(r.payments.first().amount.minorUnits(), -4590);
        QCOMPARE(r.balancesAfter.first().kind, ReceiptBalance::Kind::Due);
        QCOMPARE(r.balancesAfter.first().amount.minorUnits(), 6180 - 4590);
    }

    void testExchangeIsOneReceiptFromEitherSide()
    {
        TestStore t;
        Shop f(*t);
        const Sale sale = must(
            CheckoutService(*t).checkout(f.request(f.cartOf({ { f.shampoo, 1 } }), { card(4590) })),
            "sale");
        ExchangeRequest x;
        x.giveBack = oneBack(f, sale);
        x.takeNew = f.request(f.cartOf({ { f.conditioner, 1 } }), { card(700) });
        const Exchange done = must(ExchangeService(*t).exchange(x), "exchange");

        const Receipt fromSale = must(ReceiptBuilder(*t).forSale(done.sale.id, pt()), "sale side");
        const Receipt fromReturn
            = must(ReceiptBuilder(*t).forReturn(done.returned.id, pt()), "return side");
        for (const Receipt &r : { fromSale, fromReturn }) {
            QCOMPARE(r.kind, ReceiptKind::Exchange);
            QCOMPARE(r.number, done.sale.number);
            QCOMPARE(r.relatedNumber, done.returned.number);
            QCOMPARE(r.lines.size(), 1);
            QCOMPARE(r.returnedLines.size(), 1);
            QCOMPARE(r.saleTotal.minorUnits(), 5290);
            QCOMPARE(r.refundTotal.minorUnits(), 4590);
            QCOMPARE(r.total().minorUnits(), 700);
            // The exchange credit nets to zero and is not shown: the card paid
            // the difference.
            QCOMPARE(r.payments.size(), 1);
            QCOMPARE(r.payments.first().method, PaymentMethod::Card);
            QCOMPARE(r.payments.first().amount.minorUnits(), 700);
        }
    }

    void testUnknownDocumentsAreRefused()
    {
        TestStore t;
        Shop f(*t);
        const Id nobody = Id::generate();
        QCOMPARE(ReceiptBuilder(*t).forSale(nobody, pt()).error().code, "sale.notFound");
        QCOMPARE(ReceiptBuilder(*t).forReturn(nobody, pt()).error().code, "return.notFound");
    }

    void testReceiptLocaleIsTheBusinesss()
    {
        TestStore t;
        Shop f(*t);
        must(BusinessSettings(*t).setValue(BusinessSettings::kLocale, "pt_BR"), "locale");
        QCOMPARE(ReceiptBuilder(*t).receiptLocale().value().name(), "pt_BR");
    }
};

QTEST_GUILESS_MAIN(TestReceiptBuilder)
#include "TestReceiptBuilder.moc"
