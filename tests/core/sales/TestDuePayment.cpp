// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "ShopFixture.h"
#include "TestStore.h"
#include "cash/ShiftService.h"
#include "sales/CheckoutService.h"
#include "sales/ClientAccount.h"
#include "sales/DuePayment.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using Balcao::Test::must;
using Balcao::Test::ShopFixture;
using Balcao::Test::TestStore;

// A client pays off what they left on their account.
class TestDuePayment : public QObject
{
    Q_OBJECT

private:
    // Joana buys two shampoos (91.80) paying 30.00: 61.80 left due.
    static void owe(TestStore &t, ShopFixture &f)
    {
        Cart cart = f.cartOf({ { f.shampoo, 2 } });
        cart.clientId = f.client;
        CheckoutRequest r = f.request(cart, { Tender { PaymentMethod::Card, 3000, "A1", {} } });
        r.leaveRestDue = true;
        must(CheckoutService(*t).checkout(r), "sale");
    }
    static DuePaymentRequest request(const ShopFixture &f, const QList<Tender> &tenders)
    {
        return DuePaymentRequest { f.client, f.location, tenders, f.frontDesk, f.drawer };
    }

private slots:
    void testPaysPartThenTheRestWithChange()
    {
        TestStore t;
        ShopFixture f(*t);
        owe(t, f);
        const Id shift = f.openShift();
        DuePayment pay(*t);
        auto part = pay.pay(request(f, { Tender { PaymentMethod::Pix, 2000, {}, {} } }));
        QVERIFY2(part.ok(), qPrintable(part.ok() ? QString() : part.error().message));
        QCOMPARE(part->stillDueMinor, 4180);
        QCOMPARE(ClientAccount(*t).due(f.client), 4180);
        auto rest = pay.pay(request(f, { Tender { PaymentMethod::Cash, 5000, {}, {} } }));
        QVERIFY(rest.ok());
        QCOMPARE(rest->paidMinor, 4180);
        QCOMPARE(rest->changeMinor, 820);
        QCOMPARE(rest->stillDueMinor, 0);
        QCOMPARE(ClientAccount(*t).due(f.client), 0);
        // The drawer got the cash part.
        QCOMPARE(ShiftService(*t).report(shift)->cashSalesMinor, 4180);
        QCOMPARE(pay.pay(request(f, { Tender { PaymentMethod::Pix, 100, {}, {} } })).error().code,
                 "account.nothingDue");
    }

    void refusals_data()
    {
        QTest::addColumn<QList<Tender>>("tenders");
        QTest::addColumn<bool>("shiftOpen");
        QTest::addColumn<QString>("code");
        QTest::addRow("no payment") << QList<Tender> {} << true << "account.noPayment";
        QTest::addRow("store credit")
            << QList<Tender> { Tender { PaymentMethod::StoreCredit, 100, {}, {} } } << true
            << "account.methodNotAccepted";
        QTest::addRow("card without code")
            << QList<Tender> { Tender { PaymentMethod::Card, 100, {}, {} } } << true
            << "payment.cardReferenceRequired";
        QTest::addRow("card over what is owed")
            << QList<Tender> { Tender { PaymentMethod::Card, 9999, "A", {} } } << true
            << "payment.overpaid";
        QTest::addRow("cash with the drawer closed")
            << QList<Tender> { Tender { PaymentMethod::Cash, 100, {}, {} } } << false
            << "sale.noOpenShift";
    }
    void refusals()
    {
        QFETCH(QList<Tender>, tenders);
        QFETCH(bool, shiftOpen);
        QFETCH(QString, code);
        TestStore t;
        ShopFixture f(*t);
        owe(t, f);
        if (shiftOpen)
            f.openShift();
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec("SELECT count(*) FROM change_log") && q.next());
        const qint64 before = q.value(0).toLongLong();
        auto refused = DuePayment(*t).pay(request(f, tenders));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, code);
        QCOMPARE(ClientAccount(*t).due(f.client), 6180);
        QVERIFY(q.exec("SELECT count(*) FROM change_log") && q.next());
        QCOMPARE(q.value(0).toLongLong(), before);
    }
};

QTEST_GUILESS_MAIN(TestDuePayment)
#include "TestDuePayment.moc"
