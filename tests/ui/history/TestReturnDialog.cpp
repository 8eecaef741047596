// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "SalesDataSet.h"
#include "ShopWidgetTest.h"
#include "WidgetTestHelpers.h"
#include "agenda/ClientPicker.h"
#include "agenda/ModalAnswerer.h"
#include "cash/ShiftService.h"
#include "history/ExchangeCartModel.h"
#include "history/ExchangePanel.h"
#include "history/ReturnDialog.h"
#include "history/ReturnLinesModel.h"
#include "history/TenderEntry.h"
#include "inventory/StockLedger.h"
#include "products/ProductSearchField.h"
#include "sales/CheckoutService.h"
#include "sales/ClientAccount.h"
#include "sales/ReturnService.h"
#include "sales/SalesJournal.h"
#include "shell/FormMessage.h"
#include "shell/MoneyField.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

qint64 count(LocalStore &store, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(store.database().connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestReturnDialog : public ShopWidgetTest
{
    Q_OBJECT

private:
    std::unique_ptr<ReturnDialog> m_dialog;

    ReturnContext context() const
    {
        return ReturnContext { m_shop->location, m_shop->frontDesk, m_shop->drawer };
    }
    Sale sell(const QList<std::pair<Id, qint64>> &products, const QList<Tender> &tenders,
              const Id &client = {})
    {
        Cart cart = m_shop->cartOf(products);
        cart.clientId = client;
        return must(CheckoutService(store()).checkout(m_shop->request(cart, tenders)), "sale");
    }
    ReturnDialog &open(const Id &saleId)
    {
        m_dialog = std::make_unique<ReturnDialog>(store(), context(), saleId);
        m_dialog->show();
        if (!QTest::qWaitForWindowExposed(m_dialog.get()))
            qWarning("the return dialog did not show");
        return *m_dialog;
    }
    // The always-open editor of a line's cell.
    template<typename T> T *editor(int row, int column)
    {
        const QModelIndex index = m_dialog->linesModel()->index(row, column);
        return qobject_cast<T *>(m_dialog->linesView()->indexWidget(index));
    }
    ReturnRequest returnOf(const Sale &sale, qint64 units) const
    {
        ReturnRequest r;
        r.saleId = sale.id;
        r.locationId = m_shop->location;
        r.lines = { ReturnLineRequest {
            sale.lines.first().id, {}, units, ReturnDisposition::Restock, {} } };
        r.userId = m_shop->frontDesk;
        r.drawerId = m_shop->drawer;
        return r;
    }
    qint64 onHand(const Id &product)
    {
        return StockLedger(store()).onHand(product, m_shop->location).value();
    }

private slots:
    void cleanup()
    {
        m_dialog.reset();
        closeShop();
    }

    void testPartialReturnRestocksAndWritesOffDamaged()
    {
        const Sale sale = sell({ { m_shop->shampoo, 3 }, { m_shop->conditioner, 2 } },
                               { SalesDataSet::card(3 * 4590 + 2 * 5290) }, m_shop->client);
        QCOMPARE(onHand(m_shop->shampoo), 7);
        QCOMPARE(onHand(m_shop->conditioner), 1);
        ReturnDialog &dialog = open(sale.id);
        QVERIFY(!dialog.commitButton()->isEnabled()); // nothing chosen yet

        auto *shampoo = editor<QSpinBox>(0, ReturnLinesModel::QuantityColumn);
        QVERIFY(shampoo);
        QCOMPARE(shampoo->maximum(), 3);
        shampoo->setFocus();
        QTest::keyClick(shampoo, Qt::Key_Up);
        QTest::keyClick(shampoo, Qt::Key_Up);
        QCOMPARE(dialog.linesModel()->row(0).quantity, 2);
        editor<QSpinBox>(1, ReturnLinesModel::QuantityColumn)->setValue(1);
        auto *condition = editor<QComboBox>(1, ReturnLinesModel::DispositionColumn);
        QVERIFY(condition);
        condition->setCurrentIndex(
            condition->findData(static_cast<int>(ReturnDisposition::Damaged)));
        auto *reason = editor<QLineEdit>(1, ReturnLinesModel::ReasonColumn);
        QTest::keyClicks(reason, "Leaking bottle");

        QTRY_VERIFY(dialog.preview().has_value());
        QTRY_COMPARE(dialog.preview()->lines.size(), 2);
        QCOMPARE(dialog.preview()->refund, reais(2 * 4590 + 5290));
        // Paid by card: it all goes back to the card, with its authorisation.
        QVERIFY2(dialog.previewLabel()->text().contains("Back to the card"),
                 qPrintable(dialog.previewLabel()->text()));
        QVERIFY(dialog.commitButton()->text().contains("144.70"));
        clickButton(&dialog, "commitReturn");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.madeReturn());

        // Two shampoos back on the shelf; the conditioner came back damaged
        // and was written off, with the reason.
        QCOMPARE(onHand(m_shop->shampoo), 9);
        QCOMPARE(onHand(m_shop->conditioner), 1);
        QCOMPARE(count(store(),
                       "SELECT count(*) FROM stock_movements WHERE kind = 'damaged' AND reason = ?",
                       { "Leaking bottle" }),
                 1);
        QCOMPARE(count(store(),
                       "SELECT sum(amount_minor) FROM payments WHERE return_id = ? AND"
                       " method = 'card'",
                       { dialog.madeReturn()->id.toString() }),
                 -(2 * 4590 + 5290));
        const QHash<QString, qint64> returned
            = SalesJournal(store()).returnedQuantities(sale.id).value();
        QCOMPARE(returned.value(sale.lines.at(0).id.toString()), 2);
        QCOMPARE(returned.value(sale.lines.at(1).id.toString()), 1);
    }

    void testTheSpinBoxStopsAtWhatCanComeBack()
    {
        const Sale sale = sell({ { m_shop->shampoo, 3 } }, { SalesDataSet::card(3 * 4590) });
        must(ReturnService(store()).createReturn(returnOf(sale, 1)), "earlier return");
        ReturnDialog &dialog = open(sale.id);
        auto *spin = editor<QSpinBox>(0, ReturnLinesModel::QuantityColumn);
        QCOMPARE(spin->maximum(), 2);
        spin->setFocus();
        QTest::keyClicks(spin, "5");
        QCOMPARE(spin->value(), 0); // "5" is not a value it takes
        spin->setValue(5);
        QCOMPARE(spin->value(), 2);
        QCOMPARE(dialog.linesModel()->row(0).quantity, 2);
    }

    // Another terminal returned units while the dialog was open: the cap
    // the dialog showed is stale, and core refuses with its own words.
    void testOverReturnForcedByAnotherReturnShowsCoresError()
    {
        const Sale sale = sell({ { m_shop->shampoo, 3 } }, { SalesDataSet::card(3 * 4590) });
        ReturnDialog &dialog = open(sale.id);
        editor<QSpinBox>(0, ReturnLinesModel::QuantityColumn)->setValue(3);
        QTRY_VERIFY(dialog.commitButton()->isEnabled());
        must(ReturnService(store()).createReturn(returnOf(sale, 2)), "the other terminal's return");
        dialog.commit();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.madeReturn());
        QCOMPARE(dialog.message()->kind(), FormMessage::Kind::Error);
        QVERIFY2(dialog.message()->text().contains("can still be returned"),
                 qPrintable(dialog.message()->text()));
        QVERIFY(!dialog.commitButton()->isEnabled());
        QCOMPARE(count(store(), "SELECT count(*) FROM returns"), 1);
        QCOMPARE(onHand(m_shop->shampoo), 7 + 2);
    }

    void testWithoutReceiptAManagerSigns()
    {
        m_shop->openShift();
        ReturnDialog &dialog = open(Id());
        QVERIFY(!dialog.withReceipt());
        scan(dialog.productSearch(), "SH-500");
        QCOMPARE(dialog.linesModel()->rowCount(), 1);
        scan(dialog.productSearch(), "7891234567895"); // the same shampoo, by its barcode
        QCOMPARE(dialog.linesModel()->rowCount(), 1);
        QCOMPARE(dialog.linesModel()->row(0).quantity, 2);
        // Never sold here: the catalog price.
        QCOMPARE(dialog.linesModel()->row(0).price, reais(4590));
        QTRY_VERIFY(dialog.preview().has_value());
        QCOMPARE(dialog.preview()->refund, reais(2 * 4590));
        QVERIFY(dialog.previewLabel()->text().contains("Cash from the drawer"));

        QString firstError;
        ModalAnswerer answerer;
        answerer.then("managerApprovalDialog", [&](QWidget *w) {
            auto *login = w->findChild<QLineEdit *>("approvalLogin");
            auto *password = w->findChild<QLineEdit *>("approvalPassword");
            QVERIFY(w->findChild<QLabel *>("approvalIntro")->text().contains("without a receipt"));
            // The front desk cannot sign for it.
            QTest::keyClicks(login, "recepcao");
            QTest::keyClicks(password, "senha-forte-2");
            clickButton(w, "approveButton");
            firstError = w->findChild<FormMessage *>("approvalMessage")->text();
            QVERIFY(w->isVisible());
            login->clear();
            QTest::keyClicks(login, "gerente");
            QTest::keyClicks(password, "senha-forte-1");
            clickButton(w, "approveButton");
        });
        dialog.commit();
        QVERIFY(answerer.done());
        QVERIFY2(firstError.contains("manager"), qPrintable(firstError));
        QVERIFY(dialog.madeReturn());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(count(store(),
                       "SELECT count(*) FROM returns WHERE sale_id IS NULL AND"
                       " approved_by = ? AND refund_minor = ?",
                       { m_shop->manager.toString(), 2 * 4590 }),
                 1);
        QCOMPARE(count(store(),
                       "SELECT count(*) FROM audit_events WHERE action ="
                       " 'return.withoutReceiptApproved'"),
                 1);
        QCOMPARE(onHand(m_shop->shampoo), 12);
    }

    void testCashRefundNeedsTheDrawerOpen()
    {
        ReturnDialog &dialog = open(Id()); // no shift open: cash cannot go out
        scan(dialog.productSearch(), "CD-500");
        QTRY_COMPARE(dialog.message()->kind(), FormMessage::Kind::Error);
        QVERIFY2(dialog.message()->text().contains("Open the cash drawer"),
                 qPrintable(dialog.message()->text()));
        QVERIFY(!dialog.commitButton()->isEnabled());
        // Store credit needs no drawer, but a client.
        dialog.setRefundMethod(RefundMethod::StoreCredit);
        QTRY_VERIFY(dialog.message()->text().contains("client"));
        dialog.clientPicker()->setClient(m_shop->client);
        QTRY_VERIFY(dialog.preview().has_value());
        QVERIFY(dialog.previewLabel()->text().contains("store credit"));
        QVERIFY(dialog.commitButton()->isEnabled());
    }

    void testExchangeWhereTheClientPaysTheDifference()
    {
        const Sale sale
            = sell({ { m_shop->conditioner, 1 } }, { SalesDataSet::card(5290) }, m_shop->client);
        ReturnDialog &dialog = open(sale.id);
        clickButton(&dialog, "startExchange");
        QVERIFY(dialog.isExchange());
        editor<QSpinBox>(0, ReturnLinesModel::QuantityColumn)->setValue(1);
        ExchangePanel *exchange = dialog.exchangePanel();
        scan(exchange->searchField(), "SH-500");
        scan(exchange->searchField(), "SH-500");
        QCOMPARE(exchange->cart()->total(), reais(2 * 4590));
        QTRY_VERIFY(dialog.preview().has_value());
        QTRY_VERIFY(exchange->tenderEntry()->isVisible());
        QVERIFY(dialog.previewLabel()->text().contains("The client pays R$"));
        // The difference by card, with the terminal's authorisation code.
        TenderEntry *tenders = exchange->tenderEntry();
        tenders->methodField()->setCurrentIndex(
            tenders->methodField()->findData(paymentMethodName(PaymentMethod::Card)));
        QTest::keyClicks(tenders->amountField(), "38.90");
        QTest::keyClicks(tenders->referenceField(), "AUT777");
        QTest::keyClick(tenders->referenceField(), Qt::Key_Return);
        QCOMPARE(tenders->tenders().size(), 1);
        clickButton(&dialog, "commitReturn");
        QVERIFY2(dialog.madeReturn(), qPrintable(dialog.message()->text()));
        QVERIFY(dialog.exchangeSale());
        const Sale &newSale = *dialog.exchangeSale();
        QCOMPARE(newSale.exchangeReturnId, dialog.madeReturn()->id);
        QCOMPARE(newSale.clientId, m_shop->client);
        QCOMPARE(count(store(),
                       "SELECT amount_minor FROM payments WHERE sale_id = ? AND"
                       " method = 'card' AND reference = 'AUT777'",
                       { newSale.id.toString() }),
                 9180 - 5290);
        QCOMPARE(onHand(m_shop->conditioner), 3);
        QCOMPARE(onHand(m_shop->shampoo), 8);
    }

    void testExchangeWhereTheClientGetsMoneyBack()
    {
        const Sale sale = sell({ { m_shop->conditioner, 1 } }, { SalesDataSet::card(5290) });
        ReturnDialog &dialog = open(sale.id);
        dialog.startExchange();
        editor<QSpinBox>(0, ReturnLinesModel::QuantityColumn)->setValue(1);
        scan(dialog.exchangePanel()->searchField(), "7891234567895");
        QTRY_VERIFY(dialog.preview().has_value());
        QTRY_VERIFY(dialog.previewLabel()->text().contains("The client gets R$"));
        QVERIFY(!dialog.exchangePanel()->tenderEntry()->isVisible());
        // What is left of the refund goes back to the card it came from.
        QVERIFY(dialog.previewLabel()->text().contains("Back to the card"));
        dialog.commit();
        QVERIFY2(dialog.madeReturn(), qPrintable(dialog.message()->text()));
        const SaleReturn &made = *dialog.madeReturn();
        qint64 exchange = 0;
        qint64 card = 0;
        for (const Payment &p : made.payments) {
            if (p.method == PaymentMethod::Exchange)
                exchange += p.amount.minorUnits();
            if (p.method == PaymentMethod::Card)
                card += p.amount.minorUnits();
        }
        QCOMPARE(exchange, -4590);
        QCOMPARE(card, -(5290 - 4590));
        QCOMPARE(onHand(m_shop->shampoo), 9);
    }
};

QTEST_MAIN(TestReturnDialog)
#include "TestReturnDialog.moc"
