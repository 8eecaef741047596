// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "ShopFixture.h"
#include "TestStore.h"
#include "clients/ClientDetailPanel.h"
#include "clients/ClientPurchasesModel.h"
#include "common/Money.h"
#include "sales/CheckoutService.h"
#include "sales/ReturnService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// The client page's purchases: the client's sales, newest first, with how
// they were paid and what was refunded since.
class TestClientPurchasesModel : public QObject
{
    Q_OBJECT

private slots:
    void testListsTheClientsSales()
    {
        TestStore t;
        ShopFixture f(*t);
        Cart first = f.cartOf({ { f.shampoo, 2 } });
        first.clientId = f.client;
        const Sale older
            = must(CheckoutService(*t).checkout(
                       f.request(first, { Tender { PaymentMethod::Card, reais(9180), "A1", {} } })),
                   "first");
        t.clock().advance(3600000);
        Cart second = f.cartOf({ { f.giftWrap, 1 } });
        second.clientId = f.client;
        must(CheckoutService(*t).checkout(
                 f.request(second, { Tender { PaymentMethod::Pix, reais(500), {}, {} } })),
             "second");
        must(CheckoutService(*t).checkout(
                 f.request(f.cartOf({ { f.giftWrap, 1 } }),
                           { Tender { PaymentMethod::Pix, reais(500), {}, {} } })),
             "someone else's");
        ReturnRequest back;
        back.saleId = older.id;
        back.locationId = f.location;
        back.lines = { ReturnLineRequest {
            older.lines.first().id, {}, 1, ReturnDisposition::Restock, {} } };
        must(ReturnService(*t).createReturn(back), "return");

        ClientPurchasesModel model(*t);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(f.client).ok());
        QCOMPARE(model.rowCount(), 2);
        const auto cell
            = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(0, ClientPurchasesModel::PaidWithColumn), "PIX");
        QCOMPARE(cell(1, ClientPurchasesModel::NumberColumn), older.number);
        QCOMPARE(cell(1, ClientPurchasesModel::TotalColumn),
                 Money(9180, Currency::fromCode("BRL").value()).toDisplayString());
        QCOMPARE(cell(1, ClientPurchasesModel::RefundedColumn),
                 Money(4590, Currency::fromCode("BRL").value()).toDisplayString());
        QCOMPARE(cell(0, ClientPurchasesModel::RefundedColumn), QString());

        // On the client's page, with the store credit and activation.
        ClientDetailPanel panel(*t, ClientDetailPanel::Layout::Wide);
        panel.setClient(f.client);
        QCOMPARE(panel.metric("totalSpent"),
                 Money(9180 + 500 - 4590, Currency::fromCode("BRL").value()).toDisplayString());
        auto *view = panel.findChild<QTableView *>("clientPurchases");
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 2);
        QSignalSpy requested(&panel, &ClientDetailPanel::saleRequested);
        emit view->activated(view->model()->index(1, 0));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().value<Id>(), older.id);
    }
};

QTEST_MAIN(TestClientPurchasesModel)
#include "TestClientPurchasesModel.moc"
