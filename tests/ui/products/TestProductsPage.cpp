// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "ShopWidgetTest.h"
#include "WidgetTestHelpers.h"
#include "agenda/ModalAnswerer.h"
#include "catalog/ProductCatalog.h"
#include "inventory/StockLedger.h"
#include "products/BarcodeListEditor.h"
#include "products/ProductForm.h"
#include "products/ProductListModel.h"
#include "products/ProductsPage.h"
#include "products/StockActionDialog.h"
#include "products/StockMovementsModel.h"
#include "sales/CheckoutService.h"
#include "shell/FormMessage.h"
#include "shell/MoneyField.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Balcao;
using namespace Balcao::Test;

class TestProductsPage : public ShopWidgetTest
{
    Q_OBJECT

private:
    std::unique_ptr<ProductsPage> m_page;

    ProductForm *form() { return m_page->form(); }
    qint64 onHand(const Id &product)
    {
        return StockLedger(store()).onHand(product, m_shop->location).value();
    }

private slots:
    void init()
    {
        openShop();
        m_page = std::make_unique<ProductsPage>(store());
        m_page->setUser(m_shop->manager);
        m_page->resize(1400, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        // Shortcuts (Delete in a list, Ctrl+S) work in the active window.
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }
    void cleanup()
    {
        m_page.reset();
        closeShop();
    }

    void testListModelWithStockPerLocation()
    {
        const Id north = must(LocationService(store()).create("Salão Norte", "America/Sao_Paulo"),
                              "second location")
                             .id;
        must(StockLedger(store()).receive(m_shop->shampoo, north, 4), "north stock");
        ProductListModel model(store(), m_shop->location);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh(QString());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), ProductListModel::FirstStockColumn + 2 + 1);
        // This terminal's location first, then the other.
        QCOMPARE(model.headerData(ProductListModel::FirstStockColumn, Qt::Horizontal).toString(),
                 "Salão Centro");
        const int shampoo = model.rowOf(m_shop->shampoo);
        QCOMPARE(model.index(shampoo, ProductListModel::FirstStockColumn).data().toString(), "10");
        QCOMPARE(model.index(shampoo, ProductListModel::FirstStockColumn + 1).data().toString(),
                 "4");
        QCOMPARE(model.index(shampoo, ProductListModel::PriceColumn).data().toString(),
                 "R$\u00a045.90");
        const int wrap = model.rowOf(m_shop->giftWrap);
        QCOMPARE(model.index(wrap, ProductListModel::FirstStockColumn).data().toString(),
                 "not kept");
        // Search by SKU and by an exact barcode.
        model.refresh("CD-5");
        QCOMPARE(model.rowCount(), 1);
        model.refresh("7891234567895");
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.productAt(0).id, m_shop->shampoo);
    }

    void testCreateAProductWithTwoBarcodes()
    {
        m_page->newProduct();
        form()->nameField()->insert("Máscara capilar 250 g"); // not ASCII: typed as text
        QTest::keyClicks(form()->skuField(), "MC-250");
        form()->categoryField()->setCurrentText("Cabelo");
        QLineEdit *code = form()->barcodes()->codeField();
        QTest::keyClicks(code, "7891234567901");
        QTest::keyClick(code, Qt::Key_Return); // a scanner's Enter adds the code
        QTest::keyClicks(code, "789-1000-000021");
        QTest::keyClick(code, Qt::Key_Return);
        QCOMPARE(form()->barcodes()->list()->count(), 2);
        QTest::keyClicks(form()->priceField(), "1,234.50");
        QTest::keyClicks(form()->costField(), "600");
        form()->taxField()->setCurrentIndex(form()->taxField()->findData(m_shop->icms.toString()));
        QTest::keyClick(form()->nameField(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(form()->message()->kind(), FormMessage::Kind::Success);
        auto saved = ProductCatalog(store()).findBySku("MC-250");
        QVERIFY(saved.ok());
        QCOMPARE(saved->barcodes, QStringList({ "7891000000021", "7891234567901" }));
        QCOMPARE(saved->price, reais(123450));
        QCOMPARE(saved->cost, reais(60000));
        QCOMPARE(saved->category, "Cabelo");
        QCOMPARE(saved->taxClassId, m_shop->icms);
        QVERIFY(saved->trackStock);
        QCOMPARE(form()->editedProduct(), saved->id);
        QVERIFY(m_page->model()->rowOf(saved->id) >= 0);
        QCOMPARE(m_page->table()->currentIndex().row(), m_page->model()->rowOf(saved->id));
        // The form shows it again in the locale's format.
        QCOMPARE(form()->priceField()->text(), reais(123450).toDisplayNumber(QLocale()));
        QVERIFY(m_page->receiveButton()->isEnabled());
    }

    void testAWrongCheckDigitIsRefusedAndNothingSaved()
    {
        m_page->newProduct();
        QTest::keyClicks(form()->nameField(), "Pente");
        QLineEdit *code = form()->barcodes()->codeField();
        // The last digit should be 1.
        QTest::keyClicks(code, "7891234567902");
        QTest::keyClick(code, Qt::Key_Return);
        QCOMPARE(form()->barcodes()->list()->count(), 0);
        QCOMPARE(form()->message()->kind(), FormMessage::Kind::Error);
        const QString refused = form()->message()->text();
        QVERIFY2(refused.contains("last digit should be 1"), qPrintable(refused));
        // Saving with it still in the field: the catalog refuses the same way.
        const qint64 before = scalar(store(), "SELECT count(*) FROM change_log");
        clickButton(form(), "saveProduct");
        QCOMPARE(form()->message()->kind(), FormMessage::Kind::Error);
        QVERIFY(form()->message()->text().contains("last digit should be 1"));
        QVERIFY(code->hasFocus());
        QCOMPARE(scalar(store(), "SELECT count(*) FROM products"), 3);
        QCOMPARE(scalar(store(), "SELECT count(*) FROM change_log"), before);
        QVERIFY(form()->editedProduct().isNull());
    }

    void testAMistypedPriceIsRefused()
    {
        m_page->newProduct();
        QTest::keyClicks(form()->nameField(), "Pente");
        QTest::keyClicks(form()->priceField(), "12.345");
        clickButton(form(), "saveProduct");
        QCOMPARE(form()->message()->kind(), FormMessage::Kind::Error);
        QVERIFY(form()->priceField()->hasFocus());
        QCOMPARE(scalar(store(), "SELECT count(*) FROM products"), 3);
    }

    void testEditKeepsTheOtherFieldsAndBarcodesCanBeRemoved()
    {
        m_page->showProduct(m_shop->shampoo);
        QCOMPARE(form()->nameField()->text(), "Shampoo 500 ml");
        QCOMPARE(form()->priceField()->text(), "45.90");
        QListWidget *codes = form()->barcodes()->list();
        QCOMPARE(codes->count(), 1);
        codes->setFocus();
        codes->setCurrentRow(0);
        QTest::keyClick(codes, Qt::Key_Delete);
        QCOMPARE(codes->count(), 0);
        form()->activeField()->setChecked(false);
        clickButton(form(), "saveProduct");
        auto saved = must(ProductCatalog(store()).find(m_shop->shampoo), "shampoo");
        QVERIFY(saved.barcodes.isEmpty());
        QVERIFY(!saved.active);
        QCOMPARE(saved.price, reais(4590));
        // Still listed (greyed), so it can be sold again later.
        QVERIFY(m_page->model()->rowOf(m_shop->shampoo) >= 0);
    }

    void testReceiveCountAndWriteOff()
    {
        m_page->showProduct(m_shop->conditioner);
        QCOMPARE(onHand(m_shop->conditioner), 3);
        ModalAnswerer answerer;
        answerer
            .then("stockActionDialog",
                  [](QWidget *w) {
                      auto *dialog = static_cast<StockActionDialog *>(w);
                      dialog->quantityField()->setValue(12);
                      QTest::keyClicks(dialog->lotField(), "L2026-03");
                      dialog->expiresField()->setChecked(true);
                      dialog->expiryField()->setDate(QDate(2027, 6, 30));
                      dialog->unitCostField()->clear();
                      QTest::keyClicks(dialog->unitCostField(), "21.50");
                      QTest::keyClicks(dialog->reasonField(), "NF 4512");
                      clickButton(w, "applyStock");
                  })
            .then("stockActionDialog",
                  [](QWidget *w) {
                      auto *dialog = static_cast<StockActionDialog *>(w);
                      QCOMPARE(dialog->quantityField()->value(), 15); // what the ledger says
                      dialog->quantityField()->setValue(13);
                      QTest::keyClicks(dialog->reasonField(), "Monthly count");
                      clickButton(w, "applyStock");
                  })
            .then("stockActionDialog", [](QWidget *w) {
                auto *dialog = static_cast<StockActionDialog *>(w);
                dialog->quantityField()->setValue(1);
                // No reason: the ledger refuses, the dialog stays.
                clickButton(w, "applyStock");
                QVERIFY(w->isVisible());
                QCOMPARE(dialog->message()->kind(), FormMessage::Kind::Error);
                QTest::keyClicks(dialog->reasonField(), "Broken cap");
                clickButton(w, "applyStock");
            });
        // A second apart each, so the newest-first order is certain.
        m_store->clock().advance(1000);
        m_page->receive();
        QCOMPARE(onHand(m_shop->conditioner), 15);
        m_store->clock().advance(1000);
        m_page->count();
        QCOMPARE(onHand(m_shop->conditioner), 13);
        m_store->clock().advance(1000);
        m_page->writeOff();
        QVERIFY(answerer.done());
        QCOMPARE(onHand(m_shop->conditioner), 12);
        QVERIFY(m_page->stockMessage()->text().contains("Wrote off 1"));

        QSqlQuery q(store().database().connection());
        QVERIFY(q.exec("SELECT lot, expires_on, unit_cost_minor, reason, user_id FROM"
                       " stock_movements WHERE kind = 'receipt' AND quantity = 12"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), "L2026-03");
        QCOMPARE(q.value(1).toString(), "2027-06-30");
        QCOMPARE(q.value(2).toLongLong(), 2150);
        QCOMPARE(q.value(3).toString(), "NF 4512");
        QCOMPARE(q.value(4).toString(), m_shop->manager.toString());

        // The latest movements, newest first, with who and why.
        StockMovementsModel *movements = m_page->movements();
        QAbstractItemModelTester tester(movements,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(movements->rowCount(), 4); // write-off, count, receipt, the fixture's receipt
        QCOMPARE(movements->index(0, StockMovementsModel::KindColumn).data().toString(),
                 "Written off");
        QCOMPARE(movements->index(0, StockMovementsModel::QuantityColumn).data().toString(), "-1");
        QCOMPARE(movements->index(1, StockMovementsModel::KindColumn).data().toString(),
                 "Count adjustment");
        QCOMPARE(movements->index(1, StockMovementsModel::QuantityColumn).data().toString(), "-2");
        QCOMPARE(movements->index(2, StockMovementsModel::QuantityColumn).data().toString(), "+12");
        QCOMPARE(movements->index(2, StockMovementsModel::WhoColumn).data().toString(), "gerente");
        QVERIFY(movements->index(2, StockMovementsModel::ReasonColumn)
                    .data()
                    .toString()
                    .contains("L2026-03"));
    }

    void testMovementsNameTheSale()
    {
        m_store->clock().advance(1000);
        const Sale sale = must(CheckoutService(store()).checkout(m_shop->request(
                                   m_shop->cartOf({ { m_shop->shampoo, 2 } }),
                                   { Tender { PaymentMethod::Card, reais(9180), "AUT1", {} } })),
                               "sale");
        m_page->reload();
        m_page->showProduct(m_shop->shampoo);
        QCOMPARE(
            m_page->movements()->index(0, StockMovementsModel::DocumentColumn).data().toString(),
            sale.number);
        QCOMPARE(m_page->movements()->index(0, StockMovementsModel::KindColumn).data().toString(),
                 "Sold");
    }

    void testScanningFindsTheProductOrOffersToCreateIt()
    {
        m_page->focusSearch();
        QTest::keyClicks(m_page->searchField(), "7891000000014");
        QTest::keyClick(m_page->searchField(), Qt::Key_Return);
        QCOMPARE(form()->editedProduct(), m_shop->conditioner);
        QVERIFY(m_page->table()->hasFocus());

        ModalAnswerer answerer;
        answerer.then("unknownBarcode", [](QWidget *w) {
            auto *box = static_cast<QMessageBox *>(w);
            QVERIFY(box->text().contains("7894900011517"));
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        });
        m_page->focusSearch();
        QTest::keyClicks(m_page->searchField(), "7894900011517");
        QTest::keyClick(m_page->searchField(), Qt::Key_Return);
        QVERIFY(answerer.done());
        QVERIFY(form()->editedProduct().isNull());
        QCOMPARE(form()->barcodes()->list()->count(), 1);
        QCOMPARE(form()->barcodes()->list()->item(0)->text(), "7894900011517");
        // The offscreen platform does not give the window back its activation
        // when the message box closes; a desktop does.
        QApplication::setActiveWindow(m_page.get());
        QTRY_VERIFY(form()->nameField()->hasFocus());
        QTest::keyClicks(form()->nameField(), "Refrigerante");
        QTest::keyClick(form()->nameField(), Qt::Key_Return);
        QVERIFY(ProductCatalog(store()).findByBarcode("7894900011517").ok());
    }
};

QTEST_MAIN(TestProductsPage)
#include "TestProductsPage.moc"
