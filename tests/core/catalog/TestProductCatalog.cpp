// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "ShopFixture.h"
#include "TestStore.h"
#include "catalog/Barcode.h"
#include "catalog/ProductCatalog.h"
#include "catalog/TaxClass.h"
#include "settings/BusinessSettings.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

Q_DECLARE_METATYPE(std::optional<Balcao::Money>)

class TestProductCatalog : public QObject
{
    Q_OBJECT

private slots:
    void barcodes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::addRow("EAN-13") << "7891234567895"
                                << "7891234567895";
        QTest::addRow("EAN-13 with spaces and dashes") << "789 1234-567895"
                                                       << "7891234567895";
        QTest::addRow("EAN-13, one digit wrong") << "7891234567896"
                                                 << "";
        QTest::addRow("UPC-A") << "036000291452"
                               << "036000291452";
        QTest::addRow("UPC-A wrong check digit") << "036000291453"
                                                 << "";
        QTest::addRow("EAN-8") << "12345670"
                               << "12345670";
        QTest::addRow("EAN-8 wrong") << "12345671"
                                     << "";
        QTest::addRow("shop label, letters upper-cased") << "sh-500/a"
                                                         << "SH500/A";
        QTest::addRow("other lengths of digits have no check") << "12345"
                                                               << "12345";
        QTest::addRow("empty") << "  "
                               << "";
        QTest::addRow("accented letter") << "CAFÉ"
                                         << "";
        QTest::addRow("too long") << QString(65, u'A') << "";
    }
    void barcodes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        auto code = Barcode::normalized(typed);
        if (stored.isEmpty()) {
            QVERIFY(!code.ok());
            QVERIFY(!code.error().message.isEmpty());
        } else {
            QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().message));
            QCOMPARE(*code, stored);
        }
    }

    void testFindBySkuBarcodeOrName()
    {
        TestStore t;
        ShopFixture f(*t);
        ProductCatalog catalog(*t);
        QCOMPARE(catalog.findByBarcode("7891234567895")->id, f.shampoo);
        QCOMPARE(catalog.findBySku("sh-500")->id, f.shampoo);
        QCOMPARE(catalog.findByAnyCode("CD-500")->id, f.conditioner);
        QCOMPARE(catalog.findByAnyCode("embrulho para presente")->id, f.giftWrap);
        QCOMPARE(catalog.findByAnyCode("7891000000014")->id, f.conditioner);
        QCOMPARE(catalog.findByAnyCode("nothing").error().code, "product.notFound");
        QCOMPARE(catalog.search("500", 10).value().size(), 2);
        QCOMPARE(catalog.search("condic", 10).value().first().id, f.conditioner);
        QCOMPARE(catalog.search("7891234567895", 10).value().first().id, f.shampoo);
        QCOMPARE(catalog.search("100%_", 10).value().size(), 0); // LIKE syntax is data
        QCOMPARE(catalog.categories().value(), QStringList { "Cabelo" });
    }

    void testCodesBelongToOneProduct()
    {
        TestStore t;
        ShopFixture f(*t);
        ProductCatalog catalog(*t);
        ProductDraft d;
        d.name = "Máscara";
        d.sku = "sh-500";
        QCOMPARE(catalog.create(d).error().code, "product.skuTaken");
        d.sku = "MS-250";
        d.barcodes = QStringList { "7891234567895" };
        QCOMPARE(catalog.create(d).error().code, "product.barcodeTaken");
        d.barcodes = QStringList { "7891000000021", "789-1000000021" };
        const Product mask = must(catalog.create(d), "mask");
        QCOMPARE(mask.barcodes, QStringList { "7891000000021" });

        // Removing a code frees it; removing the product frees its codes.
        ProductDraft codes;
        codes.barcodes = QStringList {};
        must(catalog.update(f.shampoo, codes), "clear codes");
        QCOMPARE(catalog.findByBarcode("7891234567895").error().code, "product.barcodeUnknown");
        must(catalog.remove(mask.id), "remove");
        ProductDraft reuse;
        reuse.name = "Outra máscara";
        reuse.barcodes = QStringList { "7891000000021" };
        QVERIFY(catalog.create(reuse).ok());
    }

    void testEditsOnlyWhatChanged()
    {
        TestStore t;
        ShopFixture f(*t);
        ProductCatalog catalog(*t);
        ProductDraft price;
        price.price = reais(4990);
        const Product p = must(catalog.update(f.shampoo, price), "price");
        QCOMPARE(p.price, reais(4990));
        QCOMPARE(p.cost, reais(2000));
        QCOMPARE(p.name, "Shampoo 500 ml");
        QCOMPARE(p.barcodes, QStringList { "7891234567895" });
        ProductDraft bad;
        bad.price = reais(-1);
        QCOMPARE(catalog.update(f.shampoo, bad).error().code, "product.priceNegative");
        bad = {};
        bad.taxClassId = Id::generate();
        QCOMPARE(catalog.update(f.shampoo, bad).error().code, "tax.notFound");
        QCOMPARE(catalog.find(f.shampoo)->price, reais(4990));
    }

    // Price and cost share the product's one currency column: an edit can
    // never leave one of them read in a currency it was not given in.
    void testPriceAndCostShareOneCurrency_data()
    {
        QTest::addColumn<std::optional<Money>>("price");
        QTest::addColumn<std::optional<Money>>("cost");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("currency"); // the product's afterwards
        const std::optional<Money> none;
        QTest::addRow("price in its currency")
            << std::optional(reais(100)) << none << QString() << QStringLiteral("BRL");
        QTest::addRow("cost in its currency")
            << none << std::optional(reais(100)) << QString() << QStringLiteral("BRL");
        QTest::addRow("both in another currency")
            << std::optional(dollars(100)) << std::optional(dollars(50)) << QString()
            << QStringLiteral("USD");
        QTest::addRow("price alone in another currency")
            << std::optional(dollars(100)) << none << QStringLiteral("product.currencyMismatch")
            << QStringLiteral("BRL");
        QTest::addRow("cost alone in another currency")
            << none << std::optional(dollars(100)) << QStringLiteral("product.currencyMismatch")
            << QStringLiteral("BRL");
        QTest::addRow("two currencies")
            << std::optional(dollars(100)) << std::optional(reais(50))
            << QStringLiteral("product.currencyMismatch") << QStringLiteral("BRL");
        QTest::addRow("no currency")
            << std::optional(Money(100, Currency())) << none
            << QStringLiteral("product.amountNoCurrency") << QStringLiteral("BRL");
    }
    void testPriceAndCostShareOneCurrency()
    {
        QFETCH(std::optional<Money>, price);
        QFETCH(std::optional<Money>, cost);
        QFETCH(QString, error);
        QFETCH(QString, currency);
        TestStore t;
        ShopFixture f(*t);
        ProductCatalog catalog(*t);
        ProductDraft edit;
        edit.price = price;
        edit.cost = cost;
        auto edited = catalog.update(f.shampoo, edit);
        QCOMPARE(edited.ok(), error.isEmpty());
        if (!edited)
            QCOMPARE(edited.error().code, error);
        const Product stored = must(catalog.find(f.shampoo), "stored");
        QCOMPARE(stored.price.currency().code(), currency);
        QCOMPARE(stored.cost.currency().code(), currency);
        QCOMPARE(stored.price, edited ? price.value_or(reais(4590)) : reais(4590));
        QCOMPARE(stored.cost, edited ? cost.value_or(reais(2000)) : reais(2000));
    }

    void testTaxClasses()
    {
        TestStore t;
        ShopFixture f(*t);
        TaxClasses taxes(*t);
        QCOMPARE(taxes.create("icms 18%", 1800, true).error().code, "tax.nameTaken");
        QCOMPARE(taxes.create("Too much", 10001, true).error().code, "tax.rateInvalid");
        QCOMPARE(taxes.remove(f.icms).error().code, "tax.inUse");
        const TaxClass added = must(taxes.create("Sales tax", 825, false), "added");
        QCOMPARE(taxes.findByIdOrName("sales TAX")->id, added.id);
        QVERIFY(taxes.remove(added.id).ok());
        QCOMPARE(taxes.list().value().size(), 2);
    }

    // A product created without a currency is priced in the business's, not
    // in the column's default (BRL): a shop in the United States sells in USD.
    void testNewProductIsPricedInTheBusinessCurrency()
    {
        TestStore t;
        ShopFixture f(*t);
        must(BusinessSettings(*t).setValue(BusinessSettings::kCurrency, "USD"), "currency");
        ProductDraft d;
        d.name = "Comb";
        const Product comb = must(ProductCatalog(*t).create(d), "comb");
        QCOMPARE(comb.price, Money::zero(currencyOf("USD")));
        QCOMPARE(ProductCatalog(*t).find(comb.id)->cost, Money::zero(currencyOf("USD")));
        // Priced at creation, it takes the price's currency.
        ProductDraft priced;
        priced.name = "Brush";
        priced.price = reais(350);
        QCOMPARE(must(ProductCatalog(*t).create(priced), "brush").cost, reais(0));
    }
};

QTEST_GUILESS_MAIN(TestProductCatalog)
#include "TestProductCatalog.moc"
