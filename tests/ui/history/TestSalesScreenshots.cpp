// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "MainWindow.h"
#include "SalesDataSet.h"
#include "TestStore.h"
#include "WidgetTestHelpers.h"
#include "catalog/ProductCatalog.h"
#include "history/ExchangePanel.h"
#include "history/ReturnDialog.h"
#include "history/ReturnLinesModel.h"
#include "history/SaleDetailPanel.h"
#include "history/SalesHistoryModel.h"
#include "history/SalesHistoryPage.h"
#include "history/TenderEntry.h"
#include "inventory/StockLedger.h"
#include "products/ProductForm.h"
#include "products/ProductSearchField.h"
#include "products/ProductsPage.h"
#include "products/StockMovementsModel.h"
#include "sales/CheckoutService.h"
#include "sales/ReturnService.h"
#include "settings/BusinessSettings.h"
#include "shell/AppStyle.h"
#include "shell/LanguageSwitcher.h"
#include "shell/MoneyField.h"
#include "shell/NavigationBar.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// The sales history, the return dialog and the products page in the real
// main window, on a shop with a month of sales. With BALCAO_SCREENSHOT_DIR
// set (e.g. docs/screenshots) it saves them; without, it checks the scenes.
class TestSalesScreenshots : public QObject
{
    Q_OBJECT

private:
    // A few more of what a salon sells, with barcodes and stock.
    void stockTheShelves(ShopFixture &shop)
    {
        ProductCatalog catalog(shop.store);
        StockLedger stock(shop.store);
        struct Item
        {
            const char *name, *sku, *category, *barcode;
            qint64 price, cost, units;
        };
        const Item items[] = {
            { "Máscara de hidratação 250 g", "MH-250", "Cabelo", "7891234567901", 6890, 3100, 14 },
            { "Óleo reparador 60 ml", "OR-60", "Cabelo", "7891000000021", 7450, 3300, 9 },
            { "Esmalte Vermelho Paixão", "ES-VP", "Unhas", "7894900011517", 1290, 450, 32 },
            { "Lixa de unha (10 un.)", "LX-10", "Unhas", "7891000053508", 990, 300, 40 },
            { "Escova térmica 32 mm", "ET-32", "Acessórios", "7896004000480", 8900, 4200, 5 },
        };
        for (const Item &item : items) {
            ProductDraft d;
            d.name = QString::fromUtf8(item.name);
            d.sku = item.sku;
            d.category = QString::fromUtf8(item.category);
            d.price = reais(item.price);
            d.cost = reais(item.cost);
            d.taxClassId = shop.icms;
            d.barcodes = QStringList { item.barcode };
            const Id id = must(catalog.create(d), "product").id;
            must(stock.receive(id, shop.location, item.units, "NF 4512", "L2603"), "stock");
        }
        ProductDraft second;
        second.barcodes = QStringList { "7891234567895", "17891234567892" };
        must(catalog.update(shop.shampoo, second), "second barcode");
    }

private slots:
    void testScenes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("English") << QStringLiteral("en");
        QTest::addRow("Portuguese") << QStringLiteral("pt_BR");
    }

    void testScenes()
    {
        QFETCH(QString, language);
        applyAppStyle(*qApp);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        LanguageSwitcher languages(settings);
        QVERIFY(languages.switchTo(language, false));

        // A month of sales in shop hours, up to a morning in March.
        TestStore store(QDateTime(QDate(2026, 2, 13), QTime(13, 30), Qt::UTC).toMSecsSinceEpoch());
        ShopFixture shop(*store);
        must(BusinessSettings(*store).setValue(BusinessSettings::kBusinessName,
                                               QStringLiteral("Studio Bella")),
             "name");
        stockTheShelves(shop);
        SalesDataSet data(shop, store.clock(), 160, 100 * 60 * 1000, true);

        // The sale on show: Joana's shampoo, conditioner and a mask, by
        // card and cash; one shampoo came back.
        store.clock().advance(25 * 60 * 1000);
        const Id mask = must(ProductCatalog(*store).findBySku("MH-250"), "mask").id;
        Cart cart = shop.cartOf({ { shop.shampoo, 2 }, { shop.conditioner, 1 }, { mask, 1 } });
        cart.clientId = shop.client;
        cart.lines[2].discount = Discount::percent(1000);
        const qint64 total = must(CheckoutService(*store).review(cart, shop.location), "review")
                                 .totals.total.minorUnits();
        const Sale sale = must(CheckoutService(*store).checkout(shop.request(
                                   cart,
                                   { Tender { PaymentMethod::Card, reais(15000), "A4C91F", {} },
                                     SalesDataSet::cash(total - 15000 + 1000) })),
                               "sale");
        store.clock().advance(40 * 60 * 1000);
        ReturnRequest back;
        back.saleId = sale.id;
        back.locationId = shop.location;
        back.lines = { ReturnLineRequest { sale.lines.first().id,
                                           {},
                                           1,
                                           ReturnDisposition::Restock,
                                           QStringLiteral("Alergia ao perfume") } };
        back.userId = shop.frontDesk;
        back.drawerId = shop.drawer;
        must(ReturnService(*store).createReturn(back), "return");
        store.clock().advance(5 * 60 * 1000);

        UserAccount user;
        user.id = shop.manager;
        user.login = QStringLiteral("gerente");
        user.role = Role::Manager;
        MainWindow window(*store, languages, user);
        window.resize(1600, 960);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The history with the sale selected.
        window.navigation()->select(NavigationBar::Area::Sales);
        SalesHistoryPage *history = window.salesPage();
        QVERIFY(history->isVisible());
        QCOMPARE(history->model()->rowCount(), SalesHistoryModel::kDefaultPageSize);
        history->showSale(sale.id);
        QCOMPARE(history->detail()->saleId(), sale.id);
        QVERIFY(history->detail()->returnsText().contains(QStringLiteral("-R")));
        saveScreenshot(window, QStringLiteral("sales-history"), language);
        QVERIFY2(clippedButtons(window).isEmpty(), qPrintable(clippedButtons(window).join(u'\n')));

        // Returning the conditioner and the mask: the mask is damaged.
        ReturnDialog dialog(*store, history->returnContext(), sale.id, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto widget = [&](int row, int column) {
            return dialog.linesView()->indexWidget(dialog.linesModel()->index(row, column));
        };
        qobject_cast<QSpinBox *>(widget(1, ReturnLinesModel::QuantityColumn))->setValue(1);
        qobject_cast<QSpinBox *>(widget(2, ReturnLinesModel::QuantityColumn))->setValue(1);
        auto *condition = qobject_cast<QComboBox *>(widget(2, ReturnLinesModel::DispositionColumn));
        condition->setCurrentIndex(1);
        dialog.linesModel()->setData(dialog.linesModel()->index(2, ReturnLinesModel::ReasonColumn),
                                     QStringLiteral("Pote amassado"));
        dialog.updatePreview();
        QVERIFY(dialog.preview());
        QCOMPARE(dialog.preview()->lines.size(), 2);
        saveScreenshot(dialog, QStringLiteral("return-dialog"), language);
        dialog.reject();

        // Exchanging the conditioner for two masks: the client pays the
        // difference by card.
        ReturnDialog exchange(*store, history->returnContext(), sale.id, &window);
        exchange.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exchange));
        exchange.startExchange();
        qobject_cast<QSpinBox *>(exchange.linesView()->indexWidget(exchange.linesModel()->index(
                                     1, ReturnLinesModel::QuantityColumn)))
            ->setValue(1);
        for (int i = 0; i < 2; ++i) { // scanned twice
            exchange.exchangePanel()->searchField()->setText(QStringLiteral("7891234567901"));
            exchange.exchangePanel()->searchField()->lookUp();
        }
        exchange.updatePreview();
        QVERIFY(exchange.preview());
        QVERIFY(exchange.exchangePanel()->tenderEntry()->isVisible());
        TenderEntry *pays = exchange.exchangePanel()->tenderEntry();
        pays->methodField()->setCurrentIndex(1); // card
        pays->amountField()->setText(reais(2 * 6890 - 5290).toDisplayNumber(QLocale()));
        pays->referenceField()->setText(QStringLiteral("7F2C10"));
        QVERIFY(pays->addTyped());
        saveScreenshot(exchange, QStringLiteral("exchange-dialog"), language);
        exchange.reject();

        // The products page with the shampoo in the form.
        window.navigation()->select(NavigationBar::Area::Inventory);
        ProductsPage *products = window.productsPage();
        QVERIFY(products->isVisible());
        products->showProduct(shop.shampoo);
        QCOMPARE(products->form()->editedProduct(), shop.shampoo);
        QVERIFY(products->movements()->rowCount() > 3);
        saveScreenshot(window, QStringLiteral("products-page"), language);
        QVERIFY2(clippedButtons(window).isEmpty(), qPrintable(clippedButtons(window).join(u'\n')));
        // The sales and products pages still fit a 1366-pixel laptop screen.
        QVERIFY2(window.minimumSizeHint().width() <= 1280,
                 qPrintable(QStringLiteral("window %1, sales %2, products %3")
                                .arg(window.minimumSizeHint().width())
                                .arg(history->minimumSizeHint().width())
                                .arg(products->minimumSizeHint().width())));
        languages.switchTo(QStringLiteral("en"), false);
    }
};

QTEST_MAIN(TestSalesScreenshots)
#include "TestSalesScreenshots.moc"
