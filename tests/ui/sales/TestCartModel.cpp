// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "ShopWidgetTest.h"
#include "WidgetTestHelpers.h"
#include "catalog/ProductCatalog.h"
#include "catalog/ServiceCatalog.h"
#include "sales/CartEditor.h"
#include "sales/CartModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Balcao;
using namespace Balcao::Test;

// The cart as a table, checked by QAbstractItemModelTester through every
// kind of edit, with its figures from core's review and its edits going
// through the editor (so they are undoable and refused as core refuses).
class TestCartModel : public ShopWidgetTest
{
    Q_OBJECT

private:
    std::unique_ptr<CartEditor> m_editor;
    std::unique_ptr<CartModel> m_model;

    Product product(const Id &id) { return must(ProductCatalog(m_store->store()).find(id), "p"); }
    QString cell(int row, int column) { return m_model->index(row, column).data().toString(); }

private slots:
    void initTestCase() { useEnglishTexts(); }

    void init()
    {
        openShop();
        m_editor = std::make_unique<CartEditor>(m_store->store(), m_shop->location);
        m_model = std::make_unique<CartModel>(m_store->store(), m_editor.get());
        new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    }

    void cleanup()
    {
        m_model.reset();
        m_editor.reset();
        closeShop();
    }

    void testEveryEditKeepsTheModelSound()
    {
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->columnCount(), int(CartModel::ColumnCount));
        QCOMPARE(*m_editor->addProduct(product(m_shop->shampoo)), 0);
        QCOMPARE(*m_editor->addProduct(product(m_shop->conditioner)), 1);
        // The same product again grows its line.
        QCOMPARE(*m_editor->addProduct(product(m_shop->shampoo)), 0);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(cell(0, CartModel::QuantityColumn), "2");
        const Service cut = must(ServiceCatalog(m_store->store()).find(m_shop->cut), "cut");
        QCOMPARE(*m_editor->addService(cut, m_shop->bruno), 2);
        QCOMPARE(cell(2, CartModel::StaffColumn), "Bruno");
        QCOMPARE(cell(0, CartModel::StaffColumn), "");
        QVERIFY(m_editor->setLineDiscount(0, Discount::percent(1000)).ok());
        QVERIFY(m_editor->setOrderDiscount(Discount::amount(500)).ok());
        QVERIFY(m_editor->setTip(reais(1000), m_shop->bruno).ok());
        QVERIFY(m_editor->removeLine(1).ok());
        QCOMPARE(m_model->rowCount(), 2);
        // Back to the start, one step at a time.
        while (m_editor->undoStack()->canUndo())
            m_editor->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), 0);
        while (m_editor->undoStack()->canRedo())
            m_editor->undoStack()->redo();
        QCOMPARE(m_model->rowCount(), 2);
        m_editor->startNewSale();
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_editor->undoStack()->canUndo());
    }

    void testFiguresAreCores()
    {
        QVERIFY(m_editor->addProduct(product(m_shop->shampoo)).ok());
        QVERIFY(m_editor->addProduct(product(m_shop->shampoo)).ok());
        QVERIFY(m_editor->setLineDiscount(0, Discount::percent(1000)).ok());
        QCOMPARE(cell(0, CartModel::ItemColumn), "Shampoo 500 ml");
        QCOMPARE(cell(0, CartModel::PriceColumn), "R$\u00A045.90");
        // 10 % of 91.80, rounded half up by PriceCalculator.
        QCOMPARE(cell(0, CartModel::DiscountColumn), "-R$\u00A09.18 (10\u00A0%)");
        QCOMPARE(cell(0, CartModel::TotalColumn), "R$\u00A082.62");
        QCOMPARE(m_editor->review().totals.total, reais(8262));
        QVERIFY(m_model->index(0, CartModel::ItemColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("ICMS 18%"));
        QCOMPARE(m_model->headerData(CartModel::QuantityColumn, Qt::Horizontal).toString(), "Qty");
    }

    void testQuantityEditsGoThroughTheEditor()
    {
        QVERIFY(m_editor->addProduct(product(m_shop->conditioner)).ok());
        const QModelIndex quantity = m_model->index(0, CartModel::QuantityColumn);
        QVERIFY(m_model->flags(quantity).testFlag(Qt::ItemIsEditable));
        QVERIFY(!m_model->flags(m_model->index(0, CartModel::PriceColumn))
                     .testFlag(Qt::ItemIsEditable));
        QCOMPARE(quantity.data(Qt::EditRole).toInt(), 1);
        QVERIFY(m_model->setData(quantity, 5));
        QCOMPARE(m_editor->cart().lines.first().quantity, 5);
        // Only 3 in stock: allowed, with core's warning.
        QCOMPARE(m_editor->review().shortages.size(), 1);
        // Zero is refused by core, with its reason, and nothing changes.
        QSignalSpy refused(m_model.get(), &CartModel::editRefused);
        QVERIFY(!m_model->setData(quantity, 0));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!refused.first().first().toString().isEmpty());
        QCOMPARE(m_editor->cart().lines.first().quantity, 5);
        m_editor->undoStack()->undo();
        QCOMPARE(m_editor->cart().lines.first().quantity, 1);
    }

    void testPlusAndMinusAreOneStepToUndo()
    {
        QVERIFY(m_editor->addProduct(product(m_shop->shampoo)).ok());
        for (int i = 0; i < 4; ++i)
            QVERIFY(m_editor->changeQuantity(0, 1).ok());
        QVERIFY(m_editor->changeQuantity(0, -1).ok());
        QCOMPARE(m_editor->cart().lines.first().quantity, 4);
        m_editor->undoStack()->undo();
        QCOMPARE(m_editor->cart().lines.first().quantity, 1);
        QCOMPARE(m_editor->undoStack()->index(), 1); // only the add is left to undo
        // Minus stops at one: the line goes with Delete.
        QVERIFY(m_editor->changeQuantity(0, -1).ok());
        QCOMPARE(m_editor->cart().lines.first().quantity, 1);
        QCOMPARE(m_editor->undoStack()->index(), 1);
    }

    void testADiscountBeyondTheLineIsRefused()
    {
        QVERIFY(m_editor->addProduct(product(m_shop->giftWrap)).ok());
        auto refused = m_editor->setLineDiscount(0, Discount::amount(600));
        QVERIFY(!refused.ok());
        QVERIFY(m_editor->cart().lines.first().discount.isNone());
        QCOMPARE(m_editor->undoStack()->count(), 1);
    }
};

QTEST_MAIN(TestCartModel)
#include "TestCartModel.moc"
