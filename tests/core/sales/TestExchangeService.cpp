// SPDX-License-Identifier: GPL-3.0-or-later
// Rule tables read better with plain literals.
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "ShopFixture.h"
#include "TestStore.h"
#include "sales/CheckoutService.h"
#include "sales/ExchangeService.h"
#include "sales/ReturnService.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

Q_DECLARE_METATYPE(Balcao::RefundMethod)

namespace {

QStringList described(const QList<Payment> &payments)
{
    QStringList out;
    for (const Payment &p : payments)
        out << paymentMethodName(p.method) + ':' + QString::number(p.amount.minorUnits());
    return out;
}

} // namespace

// An exchange's settlement, as the return dialog and `balcaoctl exchange
// --preview` show it before anything is written, and as exchange() then
// settles it: the refund pays the new items first; the client pays the
// rest, or gets it back the way the refund method says.
class TestExchangeService : public QObject
{
    Q_OBJECT

private slots:
    void previewIsWhatHappens_data()
    {
        QTest::addColumn<QString>("instead"); // what the client takes
        QTest::addColumn<RefundMethod>("method");
        QTest::addColumn<qint64>("newItems");
        QTest::addColumn<qint64>("credit");
        QTest::addColumn<qint64>("difference");
        QTest::addColumn<QStringList>("refunds"); // the return's payments
        // A shampoo (R$ 45,90) paid by card comes back.
        QTest::addRow("dearer: the client pays the difference")
            << "conditioner" << RefundMethod::Original << qint64(5290) << qint64(4590)
            << qint64(700) << QStringList { "exchange:-4590" };
        QTest::addRow("cheaper: the rest back to the card")
            << "gift wrap" << RefundMethod::Original << qint64(500) << qint64(500) << qint64(-4090)
            << QStringList { "exchange:-500", "card:-4090" };
        QTest::addRow("cheaper: the rest to store credit")
            << "gift wrap" << RefundMethod::StoreCredit << qint64(500) << qint64(500)
            << qint64(-4090) << QStringList { "exchange:-500", "store_credit:-4090" };
        QTest::addRow("even") << "shampoo" << RefundMethod::Original << qint64(4590) << qint64(4590)
                              << qint64(0) << QStringList { "exchange:-4590" };
    }
    void previewIsWhatHappens()
    {
        QFETCH(QString, instead);
        QFETCH(RefundMethod, method);
        QFETCH(qint64, newItems);
        QFETCH(qint64, credit);
        QFETCH(qint64, difference);
        QFETCH(QStringList, refunds);
        TestStore t;
        ShopFixture f(*t);
        f.openShift();
        CheckoutRequest paid
            = f.request(f.cartOf({ { f.shampoo, 1 } }),
                        { Tender { PaymentMethod::Card, reais(4590), "AUT1", {} } });
        paid.cart.clientId = f.client;
        const Sale sale = must(CheckoutService(*t).checkout(paid), "sale");

        ExchangeRequest x;
        x.giveBack.saleId = sale.id;
        x.giveBack.locationId = f.location;
        x.giveBack.lines = { ReturnLineRequest {
            sale.lines.first().id, {}, 1, ReturnDisposition::Restock, {} } };
        x.giveBack.refundMethod = method;
        x.giveBack.userId = f.frontDesk;
        x.giveBack.drawerId = f.drawer;
        const Id product = instead == "conditioner" ? f.conditioner
            : instead == "gift wrap"                ? f.giftWrap
                                                    : f.shampoo;
        x.takeNew = f.request(f.cartOf({ { product, 1 } }), {});
        if (difference > 0)
            x.takeNew.tenders = { Tender { PaymentMethod::Cash, reais(difference), {}, {} } };

        const qint64 returnsBefore = rowCount(*t, "returns");
        const qint64 salesBefore = rowCount(*t, "sales");
        const auto settlement = ExchangeService(*t).preview(x);
        QVERIFY2(settlement.ok(),
                 qPrintable(settlement.ok() ? QString() : settlement.error().message));
        // A preview writes nothing.
        QCOMPARE(rowCount(*t, "returns"), returnsBefore);
        QCOMPARE(rowCount(*t, "sales"), salesBefore);
        QCOMPARE(settlement->newItems.minorUnits(), newItems);
        QCOMPARE(settlement->credit.minorUnits(), credit);
        QCOMPARE(settlement->difference.minorUnits(), difference);
        QCOMPARE(settlement->returned.refund, reais(4590));
        QCOMPARE(described(settlement->returned.payments), refunds);

        const Exchange done = must(ExchangeService(*t).exchange(x), "exchange");
        QCOMPARE(done.difference, reais(difference));
        QCOMPARE(done.sale.total, reais(newItems));
        QCOMPARE(described(done.returned.payments), refunds);
        qint64 exchangeCredit = 0;
        for (const Payment &p : done.sale.payments) {
            if (p.method == PaymentMethod::Exchange)
                exchangeCredit += p.amount.minorUnits();
        }
        QCOMPARE(exchangeCredit, credit);
    }

    // Before the new items are chosen, the preview is the return's alone.
    void nothingChosenYet()
    {
        TestStore t;
        ShopFixture f(*t);
        f.openShift();
        const Sale sale = must(CheckoutService(*t).checkout(f.request(
                                   f.cartOf({ { f.shampoo, 1 } }),
                                   { Tender { PaymentMethod::Cash, reais(4590), {}, {} } })),
                               "sale");
        ExchangeRequest x;
        x.giveBack.saleId = sale.id;
        x.giveBack.locationId = f.location;
        x.giveBack.lines = { ReturnLineRequest {
            sale.lines.first().id, {}, 1, ReturnDisposition::Restock, {} } };
        x.giveBack.drawerId = f.drawer;
        x.takeNew.locationId = f.location;
        x.takeNew.cart.currency = currencyOf("BRL");
        const auto settlement = ExchangeService(*t).preview(x);
        QVERIFY(settlement.ok());
        QVERIFY(settlement->newItems.isZero());
        QVERIFY(settlement->credit.isZero());
        QCOMPARE(settlement->difference.minorUnits(), -4590);
        QCOMPARE(described(settlement->returned.payments), QStringList { "cash:-4590" });
    }
};

QTEST_GUILESS_MAIN(TestExchangeService)
#include "TestExchangeService.moc"
