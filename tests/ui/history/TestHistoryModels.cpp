// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "SalesDataSet.h"
#include "TestStore.h"
#include "catalog/ProductCatalog.h"
#include "history/ExchangeCartModel.h"
#include "history/ReturnLinesModel.h"
#include "history/SaleLinesModel.h"
#include "history/SalesHistoryModel.h"
#include "sales/ReturnService.h"
#include "sales/SalesJournal.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Balcao;
using namespace Balcao::Test;

// The models of the sales area, each under QAbstractItemModelTester, and
// the history's paging over a few hundred sales made through checkout.
class TestHistoryModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<ShopFixture> m_shop;
    std::unique_ptr<SalesDataSet> m_data;
    static constexpr int kSales = 300;

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<TestStore>();
        m_shop = std::make_unique<ShopFixture>(**m_store);
        m_data = std::make_unique<SalesDataSet>(*m_shop, m_store->clock(), kSales);
    }

    void testFirstPageAtOnceThenMoreAsAsked()
    {
        SalesHistoryModel model(**m_store);
        model.setFilter({});
        // One page, not the whole history.
        QCOMPARE(model.rowCount(), SalesHistoryModel::kDefaultPageSize);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.saleAt(0).id, m_data->sales.last().id); // newest first
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * SalesHistoryModel::kDefaultPageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kSales);
        QCOMPARE(model.saleAt(kSales - 1).id, m_data->sales.first().id);
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.saleAt(row).id.toString());
            if (row > 0)
                QVERIFY(model.saleAt(row - 1).atMsecs >= model.saleAt(row).atMsecs);
        }
        QCOMPARE(ids.size(), kSales);
    }

    void testModelTesterThroughEveryPage()
    {
        SalesHistoryModel model(**m_store);
        model.setPageSize(40);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kSales);
        SaleFilter byCard;
        byCard.method = PaymentMethod::Card;
        model.setFilter(byCard);
        QVERIFY(model.rowCount() > 0);
    }

    // A sale made while the list is open moves the older ones down a row:
    // the next page must not show one of them twice.
    void testASaleMadeMeanwhileIsNotListedTwice()
    {
        TestStore t;
        ShopFixture shop(*t);
        SalesDataSet data(shop, t.clock(), 12);
        SalesHistoryModel model(*t);
        model.setPageSize(5);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 5);
        t.clock().advance(60000);
        must(CheckoutService(*t).checkout(
                 shop.request(shop.cartOf({ { shop.giftWrap, 1 } }), { SalesDataSet::card(500) })),
             "new sale");
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 12);
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.saleAt(row).id.toString());
        QCOMPARE(ids.size(), 12);
    }

    void testFilters_data()
    {
        QTest::addColumn<int>("which"); // 0 card, 1 Joana, 2 number suffix, 3 last day, 4 pix+joana
        QTest::addColumn<int>("expected");
        QTest::addRow("paid by card") << 0 << kSales / 3;
        QTest::addRow("client's name") << 1 << kSales / 3;
        QTest::addRow("last digits of a number") << 2 << 1;
        QTest::addRow("one day") << 3 << 8; // a sale every three hours
        QTest::addRow("PIX and Joana: none") << 4 << 0;
    }
    void testFilters()
    {
        QFETCH(int, which);
        QFETCH(int, expected);
        SaleFilter filter;
        const Sale &last = m_data->sales.last();
        switch (which) {
        case 0:
            filter.method = PaymentMethod::Card;
            break;
        case 1:
            filter.text = "joana";
            break;
        case 2:
            filter.text
                = QStringLiteral("%1").arg(m_data->sales.at(123).sequence, 6, 10, QLatin1Char('0'));
            break;
        case 3:
            filter.fromMsecs = last.atMsecs - 24LL * 3600 * 1000 + 1;
            filter.toMsecs = last.atMsecs + 1;
            break;
        case 4:
            filter.method = PaymentMethod::Pix;
            filter.text = "Joana";
            break;
        }
        SalesHistoryModel model(**m_store);
        model.setPageSize(1000);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), expected);
        if (which == 2)
            QCOMPARE(model.saleAt(0).id, m_data->sales.at(123).id);
    }

    void testRowsShowTimeInTheLocationsZoneAndMoney()
    {
        SalesHistoryModel model(**m_store);
        model.setFilter({});
        const Sale &last = m_data->sales.last();
        const QDateTime local
            = QDateTime::fromMSecsSinceEpoch(last.atMsecs, QTimeZone("America/Sao_Paulo"));
        QCOMPARE(model.index(0, SalesHistoryModel::TimeColumn).data().toString(),
                 QLocale().toString(local, QLocale::ShortFormat));
        QCOMPARE(model.index(0, SalesHistoryModel::NumberColumn).data().toString(), last.number);
        QVERIFY(model.index(0, SalesHistoryModel::TotalColumn).data().toString().contains("R$"));
        QCOMPARE(model.index(0, SalesHistoryModel::CashierColumn).data().toString(), "recepcao");
    }

    void testSaleLinesShowWhatCameBack()
    {
        TestStore t;
        ShopFixture shop(*t);
        const Sale sale = must(CheckoutService(*t).checkout(shop.request(
                                   shop.cartOf({ { shop.shampoo, 3 }, { shop.giftWrap, 1 } }),
                                   { SalesDataSet::card(3 * 4590 + 500) })),
                               "sale");
        ReturnRequest r;
        r.saleId = sale.id;
        r.locationId = shop.location;
        r.lines = { ReturnLineRequest {
            sale.lines.first().id, {}, 2, ReturnDisposition::Restock, {} } };
        r.userId = shop.frontDesk;
        must(ReturnService(*t).createReturn(r), "return");
        SaleLinesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSale(sale, SalesJournal(*t).returnedQuantities(sale.id).value());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, SaleLinesModel::ReturnedColumn).data().toString(), "2");
        QCOMPARE(model.index(1, SaleLinesModel::ReturnedColumn).data().toString(), QString());
        QVERIFY(model.index(0, SaleLinesModel::TaxColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("ICMS"));
    }

    void testReturnLinesCapAtWhatCanComeBack()
    {
        TestStore t;
        ShopFixture shop(*t);
        const Sale sale
            = must(CheckoutService(*t).checkout(shop.request(shop.cartOf({ { shop.shampoo, 3 } }),
                                                             { SalesDataSet::card(3 * 4590) })),
                   "sale");
        ReturnLinesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSaleLines(must(ReturnService(*t).returnable(sale.id), "returnable"));
        const QModelIndex quantity = model.index(0, ReturnLinesModel::QuantityColumn);
        QCOMPARE(quantity.data(ReturnLinesModel::kReturnableRole).toLongLong(), 3);
        QVERIFY(!model.setData(quantity, 4));
        QVERIFY(!model.setData(quantity, -1));
        QVERIFY(model.setData(quantity, 2));
        QVERIFY(model.setData(model.index(0, ReturnLinesModel::DispositionColumn),
                              static_cast<int>(ReturnDisposition::Damaged)));
        QVERIFY(model.setData(model.index(0, ReturnLinesModel::ReasonColumn), "Leaking"));
        QCOMPARE(model.requests().size(), 1);
        QCOMPARE(model.requests().first().quantity, 2);
        QCOMPARE(model.requests().first().disposition, ReturnDisposition::Damaged);
        QCOMPARE(model.requests().first().reason, "Leaking");
        // A sale's lines stay listed; products picked without receipt can go.
        QVERIFY(!model.removeRows(0, 1));

        model.addProduct(must(ProductCatalog(*t).find(shop.conditioner), "c"), reais(5290));
        QVERIFY(!model.withReceipt());
        model.addProduct(must(ProductCatalog(*t).find(shop.conditioner), "c"), reais(5290));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.requests().first().quantity, 2);
        QCOMPARE(model.requests().first().productId, shop.conditioner);
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.rowCount(), 0);
    }

    void testExchangeCartTotalsAsCheckoutWill()
    {
        TestStore t;
        ShopFixture shop(*t);
        ExchangeCartModel model(*t);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProductCatalog catalog(*t);
        QVERIFY(model.add(must(catalog.find(shop.shampoo), "s")).ok());
        QVERIFY(model.add(must(catalog.find(shop.shampoo), "s")).ok());
        QVERIFY(model.add(must(catalog.find(shop.giftWrap), "g")).ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.total(), reais(2 * 4590 + 500));
        QVERIFY(model.setData(model.index(0, ExchangeCartModel::QuantityColumn), 1));
        QCOMPARE(model.total(), reais(4590 + 500));
        QVERIFY(model.setData(model.index(1, ExchangeCartModel::QuantityColumn), 0));
        QCOMPARE(model.rowCount(), 1);
        // An inactive product is refused with the catalog's reason.
        ProductDraft off;
        off.active = false;
        must(catalog.update(shop.conditioner, off), "inactive");
        auto refused = model.add(must(catalog.find(shop.conditioner), "c"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, "product.inactive");
    }
};

QTEST_MAIN(TestHistoryModels)
#include "TestHistoryModels.moc"
