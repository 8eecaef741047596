// SPDX-License-Identifier: GPL-3.0-or-later
#include "Amounts.h"
#include "Tenders.h"
#include "sales/Tender.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace { } // namespace

// Change due and split payments (docs/sales.md, "Payments").
class TestPaymentAllocator : public QObject
{
    Q_OBJECT
private slots:
    void settles_data()
    {
        QTest::addColumn<qint64>("owed");
        QTest::addColumn<QList<Tender>>("tenders");
        QTest::addColumn<bool>("allowDue");
        QTest::addColumn<QList<qint64>>("applied"); // in settling order: non-cash first
        QTest::addColumn<qint64>("change");
        QTest::addColumn<qint64>("due");

        QTest::addRow("exact cash") << qint64(1000) << QList<Tender> { cash(1000) } << false
                                    << QList<qint64> { 1000 } << qint64(0) << qint64(0);
        QTest::addRow("a 50 note for 12.34")
            << qint64(1234) << QList<Tender> { cash(5000) } << false << QList<qint64> { 1234 }
            << qint64(3766) << qint64(0);
        QTest::addRow("card then cash with change")
            << qint64(1200) << QList<Tender> { card(500), cash(1000) } << false
            << QList<qint64> { 500, 700 } << qint64(300) << qint64(0);
        QTest::addRow("cash listed first still settles last")
            << qint64(1200) << QList<Tender> { cash(1000), card(500) } << false
            << QList<qint64> { 500, 700 } << qint64(300) << qint64(0);
        QTest::addRow("three ways")
            << qint64(10000) << QList<Tender> { pix(3000), card(4000), cash(3000) } << false
            << QList<qint64> { 3000, 4000, 3000 } << qint64(0) << qint64(0);
        QTest::addRow("two cash tenders: the second gives the change")
            << qint64(1500) << QList<Tender> { cash(1000), cash(1000) } << false
            << QList<qint64> { 1000, 500 } << qint64(500) << qint64(0);
        QTest::addRow("part left due") << qint64(1000) << QList<Tender> { card(600) } << true
                                       << QList<qint64> { 600 } << qint64(0) << qint64(400);
        QTest::addRow("all left due") << qint64(1000) << QList<Tender> {} << true
                                      << QList<qint64> {} << qint64(0) << qint64(1000);
        QTest::addRow("free sale, nothing to pay")
            << qint64(0) << QList<Tender> {} << false << QList<qint64> {} << qint64(0) << qint64(0);
    }
    void settles()
    {
        QFETCH(qint64, owed);
        QFETCH(QList<Tender>, tenders);
        QFETCH(bool, allowDue);
        QFETCH(QList<qint64>, applied);
        QFETCH(qint64, change);
        QFETCH(qint64, due);
        auto s = PaymentAllocator::settle(reais(owed), tenders, allowDue);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QList<qint64> got;
        for (const AppliedTender &t : s->tenders)
            got << t.applied.minorUnits();
        QCOMPARE(got, applied);
        QCOMPARE(s->change, reais(change));
        QCOMPARE(s->due, reais(due));
        QCOMPARE(*s->paid.plus(s->due), reais(owed));
    }

    void refuses_data()
    {
        QTest::addColumn<qint64>("owed");
        QTest::addColumn<QList<Tender>>("tenders");
        QTest::addColumn<bool>("allowDue");
        QTest::addColumn<QString>("code");
        QTest::addRow("card cannot give change") << qint64(1000) << QList<Tender> { card(1500) }
                                                 << false << QStringLiteral("payment.overpaid");
        QTest::addRow("second card over what is left")
            << qint64(1000) << QList<Tender> { card(600), card(600) } << false
            << QStringLiteral("payment.overpaid");
        QTest::addRow("not enough") << qint64(1000) << QList<Tender> { card(500) } << false
                                    << QStringLiteral("payment.notEnough");
        QTest::addRow("zero amount") << qint64(1000) << QList<Tender> { cash(0) } << false
                                     << QStringLiteral("payment.amountNotPositive");
        QTest::addRow("negative amount") << qint64(1000) << QList<Tender> { card(-10) } << false
                                         << QStringLiteral("payment.amountNotPositive");
        QTest::addRow("cash after it is paid")
            << qint64(1000) << QList<Tender> { card(1000), cash(100) } << false
            << QStringLiteral("payment.nothingOwed");
        QTest::addRow("on account is not a tender")
            << qint64(1000)
            << QList<Tender> { Tender { PaymentMethod::Account, reais(1000), {}, {} } } << true
            << QStringLiteral("payment.accountNotATender");
        QTest::addRow("too many") << qint64(100000) << QList<Tender>(11, card(1)) << false
                                  << QStringLiteral("payment.tooMany");
        // What is owed is in one currency; a tender in another is not added to it.
        QTest::addRow("dollars for reais")
            << qint64(1000)
            << QList<Tender> { Tender { PaymentMethod::Cash, dollars(1000), {}, {} } } << false
            << QStringLiteral("money.currencyMismatch");
        QTest::addRow("a tender of no currency")
            << qint64(1000)
            << QList<Tender> { Tender { PaymentMethod::Card, Money(), QStringLiteral("A1"), {} } }
            << false << QStringLiteral("money.noCurrency");
    }
    void refuses()
    {
        QFETCH(qint64, owed);
        QFETCH(QList<Tender>, tenders);
        QFETCH(bool, allowDue);
        QFETCH(QString, code);
        auto s = PaymentAllocator::settle(reais(owed), tenders, allowDue);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, code);
    }

    void methodNamesRoundTrip()
    {
        for (PaymentMethod m : { PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Pix,
                                 PaymentMethod::StoreCredit, PaymentMethod::GiftCard,
                                 PaymentMethod::Account, PaymentMethod::Exchange }) {
            QCOMPARE(paymentMethodFrom(paymentMethodName(m)), std::optional<PaymentMethod>(m));
            QVERIFY(!paymentMethodDisplayName(m).isEmpty());
        }
        QVERIFY(!paymentMethodFrom(QStringLiteral("bitcoin")));
    }
};

QTEST_GUILESS_MAIN(TestPaymentAllocator)
#include "TestPaymentAllocator.moc"
