// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "ShopFixture.h"
#include "TestStore.h"
#include "cash/ShiftService.h"
#include "sales/CheckoutService.h"
#include "sales/ClientAccount.h"
#include "sales/DuePayment.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

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
        CheckoutRequest r
            = f.request(cart, { Tender { PaymentMethod::Card, reais(3000), "A1", {} } });
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
        auto part = pay.pay(request(f, { Tender { PaymentMethod::Pix, reais(2000), {}, {} } }));
        QVERIFY2(part.ok(), qPrintable(part.ok() ? QString() : part.error().message));
        QCOMPARE(part->stillDue, reais(4180));
        QCOMPARE(ClientAccount(*t).due(f.client).value(), reais(4180));
        auto rest = pay.pay(request(f, { Tender { PaymentMethod::Cash, reais(5000), {}, {} } }));
        QVERIFY(rest.ok());
        QCOMPARE(rest->paid, reais(4180));
        QCOMPARE(rest->change, reais(820));
        QCOMPARE(rest->stillDue, reais(0));
        QCOMPARE(ClientAccount(*t).due(f.client).value(), reais(0));
        // The drawer got the cash part.
        QCOMPARE(ShiftService(*t).report(shift)->cashSales, reais(4180));
        QCOMPARE(
            pay.pay(request(f, { Tender { PaymentMethod::Pix, reais(100), {}, {} } })).error().code,
            "account.nothingDue");
    }

    void refusals_data()
    {
        QTest::addColumn<QList<Tender>>("tenders");
        QTest::addColumn<bool>("shiftOpen");
        QTest::addColumn<QString>("code");
        QTest::addRow("no payment") << QList<Tender> {} << true << "account.noPayment";
        QTest::addRow("store credit")
            << QList<Tender> { Tender { PaymentMethod::StoreCredit, reais(100), {}, {} } } << true
            << "account.methodNotAccepted";
        QTest::addRow("card without code")
            << QList<Tender> { Tender { PaymentMethod::Card, reais(100), {}, {} } } << true
            << "payment.cardReferenceRequired";
        QTest::addRow("card over what is owed")
            << QList<Tender> { Tender { PaymentMethod::Card, reais(9999), "A", {} } } << true
            << "payment.overpaid";
        QTest::addRow("cash with the drawer closed")
            << QList<Tender> { Tender { PaymentMethod::Cash, reais(100), {}, {} } } << false
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
        QCOMPARE(ClientAccount(*t).due(f.client).value(), reais(6180));
        QVERIFY(q.exec("SELECT count(*) FROM change_log") && q.next());
        QCOMPARE(q.value(0).toLongLong(), before);
    }

    // What an amount leaves, as the F10 dialog shows it before paying: the
    // same rule pay() applies.
    void settle_data()
    {
        QTest::addColumn<qint64>("owed");
        QTest::addColumn<QList<Tender>>("tenders");
        QTest::addColumn<qint64>("paid");
        QTest::addColumn<qint64>("change");
        QTest::addColumn<qint64>("stillDue");
        QTest::addColumn<QString>("code");
        const auto cash = [](qint64 a) { return Tender { PaymentMethod::Cash, reais(a), {}, {} }; };
        const auto card = [](qint64 a) {
            return Tender { PaymentMethod::Card, reais(a), "A1", {} };
        };
        QTest::addRow("all of it") << qint64(6180) << QList<Tender> { card(6180) } << qint64(6180)
                                   << qint64(0) << qint64(0) << QString();
        QTest::addRow("part of it") << qint64(6180) << QList<Tender> { card(2000) } << qint64(2000)
                                    << qint64(0) << qint64(4180) << QString();
        QTest::addRow("cash over it gives change")
            << qint64(6180) << QList<Tender> { cash(7000) } << qint64(6180) << qint64(820)
            << qint64(0) << QString();
        QTest::addRow("card and cash") << qint64(6180) << QList<Tender> { cash(5000), card(2000) }
                                       << qint64(6180) << qint64(820) << qint64(0) << QString();
        QTest::addRow("nothing paid yet") << qint64(6180) << QList<Tender> {} << qint64(0)
                                          << qint64(0) << qint64(6180) << QString();
        QTest::addRow("a card over it") << qint64(6180) << QList<Tender> { card(7000) } << qint64(0)
                                        << qint64(0) << qint64(0) << "payment.overpaid";
        QTest::addRow("nothing owed") << qint64(0) << QList<Tender> { cash(100) } << qint64(0)
                                      << qint64(0) << qint64(0) << "account.nothingDue";
        QTest::addRow("owed to the client, not by them")
            << qint64(-500) << QList<Tender> {} << qint64(0) << qint64(0) << qint64(0)
            << "account.nothingDue";
    }
    void settle()
    {
        QFETCH(qint64, owed);
        QFETCH(QList<Tender>, tenders);
        QFETCH(qint64, paid);
        QFETCH(qint64, change);
        QFETCH(qint64, stillDue);
        QFETCH(QString, code);
        const Currency brl = Currency::fromCode("BRL").value();
        const auto settled = DuePayment::settle(Money(owed, brl), tenders);
        if (!code.isEmpty()) {
            QVERIFY(!settled.ok());
            QCOMPARE(settled.error().code, code);
            return;
        }
        QVERIFY(settled.ok());
        QCOMPARE(settled->paid, Money(paid, brl));
        QCOMPARE(settled->change, Money(change, brl));
        QCOMPARE(settled->stillDue, Money(stillDue, brl));
    }

    void checkTender_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("code");
        QTest::addRow("cash") << int(PaymentMethod::Cash) << QString() << QString();
        QTest::addRow("card with its code") << int(PaymentMethod::Card) << "A1" << QString();
        QTest::addRow("card without") << int(PaymentMethod::Card) << "  "
                                      << "payment.cardReferenceRequired";
        QTest::addRow("PIX") << int(PaymentMethod::Pix) << QString() << QString();
        QTest::addRow("store credit")
            << int(PaymentMethod::StoreCredit) << QString() << "account.methodNotAccepted";
        QTest::addRow("gift card")
            << int(PaymentMethod::GiftCard) << QString() << "account.methodNotAccepted";
    }
    void checkTender()
    {
        QFETCH(int, method);
        QFETCH(QString, reference);
        QFETCH(QString, code);
        const Tender tender { PaymentMethod(method), reais(100), reference, {} };
        const auto checked = DuePayment::checkTender(tender);
        QCOMPARE(checked.ok(), code.isEmpty());
        if (!code.isEmpty())
            QCOMPARE(checked.error().code, code);
        QCOMPARE(DuePayment::acceptedMethods().contains(PaymentMethod(method)),
                 code != "account.methodNotAccepted");
    }

    void owedIsWhatTheAccountSays()
    {
        TestStore t;
        ShopFixture f(*t);
        QCOMPARE(must(DuePayment(*t).owed(f.client), "nothing yet").minorUnits(), 0);
        owe(t, f);
        const Money owed = must(DuePayment(*t).owed(f.client), "owed");
        QCOMPARE(owed.minorUnits(), 6180);
        QCOMPARE(owed.currency().code(), "BRL");
    }
};

QTEST_GUILESS_MAIN(TestDuePayment)
#include "TestDuePayment.moc"
