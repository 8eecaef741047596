// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "SalesDataSet.h"
#include "TestStore.h"
#include "agenda/ModalAnswerer.h"
#include "history/ReturnDialog.h"
#include "history/ReturnLinesModel.h"
#include "history/SaleDetailPanel.h"
#include "history/SaleLinesModel.h"
#include "history/SalesHistoryFilters.h"
#include "history/SalesHistoryModel.h"
#include "history/SalesHistoryPage.h"
#include "locations/LocationService.h"
#include "sales/ExchangeService.h"
#include "sales/ReturnService.h"
#include "sales/SalesJournal.h"
#include "shell/FormMessage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Balcao;
using namespace Balcao::Test;

// The sales area over a history of a few hundred sales made through
// checkout: filters, paging as the list scrolls, a scanned receipt number,
// the keyboard, and a sale's detail with its returns and exchange.
class TestSalesHistoryPage : public QObject
{
    Q_OBJECT

private:
    static constexpr int kSales = 300;
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<ShopFixture> m_shop;
    std::unique_ptr<SalesDataSet> m_data;
    std::unique_ptr<SalesHistoryPage> m_page;

    LocalStore &store() { return **m_store; }
    SalesHistoryModel *model() { return m_page->model(); }

    ReturnRequest returnOf(const Sale &sale, qint64 units, ReturnDisposition disposition)
    {
        ReturnRequest r;
        r.saleId = sale.id;
        r.locationId = m_shop->location;
        r.lines = { ReturnLineRequest {
            sale.lines.first().id, {}, units, disposition, QStringLiteral("Wrong size") } };
        r.userId = m_shop->frontDesk;
        r.drawerId = m_shop->drawer;
        return r;
    }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<TestStore>();
        m_shop = std::make_unique<ShopFixture>(**m_store);
        m_data = std::make_unique<SalesDataSet>(*m_shop, m_store->clock(), kSales);
    }

    void init()
    {
        m_page = std::make_unique<SalesHistoryPage>(store());
        m_page->setUser(m_shop->frontDesk);
        m_page->resize(1400, 860);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() { m_page.reset(); }

    void testTheFirstScreenComesAtOnceAndScrollingFetchesMore()
    {
        m_page->filters()->setPeriod(SalesHistoryFilters::Period::AnyDate);
        QCOMPARE(model()->rowCount(), SalesHistoryModel::kDefaultPageSize);
        QVERIFY(model()->canFetchMore({}));
        QScrollBar *bar = m_page->table()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum());
        QTRY_COMPARE(model()->rowCount(), 2 * SalesHistoryModel::kDefaultPageSize);
        // To the end of the history, a page at a time.
        for (int i = 0; i < 10 && model()->canFetchMore({}); ++i) {
            bar->setValue(bar->maximum());
            QCoreApplication::processEvents();
        }
        QCOMPARE(model()->rowCount(), kSales);
        QVERIFY(!model()->canFetchMore({}));
    }

    void testPeriodMethodAndLocationFilters()
    {
        SalesHistoryFilters *filters = m_page->filters();
        filters->setPeriod(SalesHistoryFilters::Period::Today);
        const QTimeZone zone("America/Sao_Paulo");
        const QDate today
            = QDateTime::fromMSecsSinceEpoch(store().clock().nowMsecsSinceEpoch(), zone).date();
        SaleFilter expected;
        expected.locationId = m_shop->location;
        expected.fromMsecs = QDateTime(today, QTime(0, 0), zone).toMSecsSinceEpoch();
        expected.toMsecs = QDateTime(today.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
        const SaleFilter shown = model()->filter();
        QCOMPARE(shown.fromMsecs, expected.fromMsecs);
        QCOMPARE(shown.toMsecs, expected.toMsecs);
        QCOMPARE(shown.locationId, m_shop->location); // this terminal's, by default
        const int todays
            = static_cast<int>(SalesJournal(store()).list(expected, 1000).value().size());
        QVERIFY(todays > 0);
        QCOMPARE(model()->rowCount(), todays);

        filters->setPeriod(SalesHistoryFilters::Period::Yesterday);
        QCOMPARE(*model()->filter().toMsecs, *expected.fromMsecs);
        filters->setPeriod(SalesHistoryFilters::Period::AnyDate);
        QVERIFY(!model()->filter().fromMsecs);
        filters->setMethod(PaymentMethod::Pix);
        model()->setPageSize(1000);
        filters->setMethod(PaymentMethod::Card); // reloads with the bigger page
        QCOMPARE(model()->rowCount(), kSales / 3);
        for (int row = 0; row < model()->rowCount(); ++row)
            QVERIFY(model()->saleAt(row).methods.contains("card"));
        // A custom range of days: typing a date picks "Custom".
        filters->setMethod(std::nullopt);
        filters->setRange(today.addDays(-2), today.addDays(-1));
        QCOMPARE(filters->period(), SalesHistoryFilters::Period::Custom);
        QCOMPARE(model()->rowCount(), 16); // two days, a sale every three hours
    }

    void testTypingAClientsNameFilters()
    {
        m_page->filters()->setPeriod(SalesHistoryFilters::Period::AnyDate);
        model()->setPageSize(1000);
        m_page->focusSearch();
        QTest::keyClicks(m_page->filters()->searchField(), "Pedro");
        QTRY_COMPARE(model()->filter().text, QStringLiteral("Pedro"));
        QCOMPARE(model()->rowCount(), kSales / 3);
        QCOMPARE(model()->index(0, SalesHistoryModel::ClientColumn).data().toString(),
                 "Pedro Souza");
    }

    void testScanningAReceiptNumberFindsTheSale()
    {
        // An old sale, outside the last 30 days the page opens on.
        const Sale &old = m_data->sales.at(5);
        QVERIFY(model()->rowOf(old.id) < 0);
        m_page->focusSearch();
        QTest::keyClicks(m_page->filters()->searchField(), old.number);
        QTest::keyClick(m_page->filters()->searchField(), Qt::Key_Return);
        QCOMPARE(m_page->detail()->saleId(), old.id);
        QVERIFY(m_page->message()->text().contains(old.number));

        // The last digits of a recent one: found and selected in the list.
        const Sale &recent = m_data->sales.at(kSales - 3);
        m_page->focusSearch();
        QTest::keyClicks(m_page->filters()->searchField(),
                         QString::number(recent.sequence).rightJustified(6, u'0'));
        QTest::keyClick(m_page->filters()->searchField(), Qt::Key_Return);
        QCOMPARE(m_page->detail()->saleId(), recent.id);
        QCOMPARE(m_page->table()->currentIndex().row(), model()->rowOf(recent.id));
        QVERIFY(m_page->table()->hasFocus());

        // A number nobody has is said so.
        m_page->focusSearch();
        QTest::keyClicks(m_page->filters()->searchField(), "ZZZ-ZZZZ-999999");
        QTest::keyClick(m_page->filters()->searchField(), Qt::Key_Return);
        QCOMPARE(m_page->message()->kind(), FormMessage::Kind::Error);
        QVERIFY(m_page->message()->text().contains("ZZZ-ZZZZ-999999"));
    }

    void testKeyboardFromSearchToListToActions()
    {
        QTest::keyClick(m_page.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(m_page->filters()->searchField()->hasFocus());
        QTest::keyClick(m_page->filters()->searchField(), Qt::Key_Down);
        QVERIFY(m_page->table()->hasFocus());
        QCOMPARE(m_page->detail()->saleId(), model()->saleAt(0).id);
        QTest::keyClick(m_page->table(), Qt::Key_Down);
        QCOMPARE(m_page->detail()->saleId(), model()->saleAt(1).id);
        QTest::keyClick(m_page->table(), Qt::Key_Return);
        QVERIFY(m_page->detail()->returnButton()->hasFocus());
    }

    void testDetailShowsPaymentsReturnsAndTheExchange()
    {
        // Cash handed over with change, then part of it returned, then
        // the rest exchanged for something else.
        const Sale &sale = m_data->sales.at(kSales - 1); // i = 299: cash, gift wrap × 2
        QCOMPARE(sale.payments.first().method, PaymentMethod::Cash);
        m_page->showSale(sale.id);
        SaleDetailPanel *detail = m_page->detail();
        QCOMPARE(detail->linesModel()->rowCount(), sale.lines.size());
        const QString payments = detail->findChild<QLabel *>("salePayments")->text();
        QVERIFY2(payments.contains("handed over") && payments.contains("change"),
                 qPrintable(payments));
        QVERIFY(detail->returnsText().contains("Nothing returned"));

        const SaleReturn back = must(
            ReturnService(store()).createReturn(returnOf(sale, 1, ReturnDisposition::Restock)),
            "return");
        ExchangeRequest x;
        x.giveBack = returnOf(sale, 1, ReturnDisposition::Damaged);
        x.takeNew = m_shop->request(m_shop->cartOf({ { m_shop->shampoo, 1 } }),
                                    { SalesDataSet::cash(5000) });
        const Exchange exchange = must(ExchangeService(store()).exchange(x), "exchange");
        m_page->reload();
        QCOMPARE(detail->saleId(), sale.id);
        const QString returns = detail->returnsText();
        QVERIFY2(returns.contains(back.number) && returns.contains("Back to stock")
                     && returns.contains("Damaged") && returns.contains("Wrong size"),
                 qPrintable(returns));
        QVERIFY2(returns.contains(exchange.sale.number), qPrintable(returns));
        QCOMPARE(detail->linesModel()->index(0, SaleLinesModel::ReturnedColumn).data().toString(),
                 "2");
        QVERIFY(!detail->returnButton()->isEnabled()); // everything came back

        // The exchange's link leads to the new sale, which links back.
        emit detail->saleLinkActivated(exchange.sale.id);
        QCOMPARE(detail->saleId(), exchange.sale.id);
        const QString note = detail->findChild<QLabel *>("exchangeNote")->text();
        QVERIFY2(note.contains(sale.number) && note.contains(exchange.returned.number),
                 qPrintable(note));
    }

    void testReprintAndClientPageAreSignals()
    {
        const Sale &forJoana = m_data->sales.at(kSales - 3); // i = 297: Joana, by card
        m_page->showSale(forJoana.id);
        QSignalSpy reprint(m_page.get(), &SalesHistoryPage::reprintRequested);
        QSignalSpy client(m_page.get(), &SalesHistoryPage::clientPageRequested);
        QTest::mouseClick(m_page->detail()->reprintButton(), Qt::LeftButton);
        QCOMPARE(reprint.size(), 1);
        QCOMPARE(reprint.first().first().value<Id>(), forJoana.id);
        QVERIFY(m_page->detail()->clientButton()->isEnabled());
        QTest::mouseClick(m_page->detail()->clientButton(), Qt::LeftButton);
        QCOMPARE(client.size(), 1);
        QCOMPARE(client.first().first().value<Id>(), m_shop->client);
    }

    void testAReturnFromThePageShowsInTheList()
    {
        const Sale &sale = m_data->sales.at(kSales - 6); // i = 294: Joana, shampoo × 1, card
        m_page->showSale(sale.id);
        QVERIFY(model()->rowOf(sale.id) >= 0);
        QSignalSpy changed(m_page.get(), &SalesHistoryPage::salesChanged);
        ModalAnswerer answerer;
        answerer.then("returnDialog", [](QWidget *w) {
            auto *dialog = static_cast<ReturnDialog *>(w);
            auto *spin = qobject_cast<QSpinBox *>(dialog->linesView()->indexWidget(
                dialog->linesModel()->index(0, ReturnLinesModel::QuantityColumn)));
            spin->setValue(1);
            QTRY_VERIFY(dialog->commitButton()->isEnabled());
            QTest::mouseClick(dialog->commitButton(), Qt::LeftButton);
        });
        QTest::mouseClick(m_page->detail()->returnButton(), Qt::LeftButton);
        QVERIFY(answerer.done());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_page->message()->kind(), FormMessage::Kind::Success);
        const int row = model()->rowOf(sale.id);
        QVERIFY(row >= 0);
        QCOMPARE(model()->saleAt(row).refunded, sale.total);
        QVERIFY(
            !model()->index(row, SalesHistoryModel::RefundedColumn).data().toString().isEmpty());
        QVERIFY(m_page->detail()->returnsText().contains("-R"));
    }
};

QTEST_MAIN(TestSalesHistoryPage)
#include "TestSalesHistoryPage.moc"
