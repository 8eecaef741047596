// SPDX-License-Identifier: GPL-3.0-or-later
// Rule tables read better with plain literals.
#undef QT_NO_CAST_FROM_ASCII
#include "sales/RefundPlanner.h"

#include <QTest>

using namespace Balcao;

Q_DECLARE_METATYPE(Balcao::RefundMethod)

namespace {

const Currency &brl()
{
    static const Currency c = Currency::fromCode("BRL").value();
    return c;
}

Money reais(qint64 minor)
{
    return Money(minor, brl());
}

const Id kCard = Id::fromString(QStringLiteral("0190a1b2-0000-7000-8000-00000000ca7d"));

// "cash:5000", "card:2000:AUT1" (the authorisation), "gift_card:1500"
// (the card kCard).
Payment payment(const QString &text)
{
    const QStringList parts = text.split(':');
    Payment p;
    p.method = paymentMethodFrom(parts.value(0)).value();
    p.amount = reais(parts.value(1).toLongLong());
    p.reference = parts.value(2);
    if (p.method == PaymentMethod::GiftCard)
        p.giftCardId = kCard;
    return p;
}

QList<Payment> payments(const QStringList &texts)
{
    QList<Payment> out;
    for (const QString &t : texts)
        out << payment(t);
    return out;
}

QList<RefundPart> refunded(const QStringList &texts)
{
    QList<RefundPart> out;
    for (const QString &t : texts) {
        const Payment p = payment(t);
        out << RefundPart { p.method, p.amount, {}, p.giftCardId, false };
    }
    return out;
}

// "account:3000(due)", "card:2000:AUT1", "gift_card:1500@card".
QString describe(const RefundPart &part)
{
    QString text = paymentMethodName(part.method) + ':' + QString::number(part.amount.minorUnits());
    if (!part.reference.isEmpty())
        text += ':' + part.reference;
    if (part.giftCardId == kCard)
        text += "@card";
    if (part.reducesDue)
        text += "(due)";
    return text;
}

} // namespace

// RefundPlanner's rules, one row each: where a refund goes back given what
// the sale was paid with, what was refunded before, what the client still
// owes for it, the method chosen and an exchange's new items.
class TestRefundPlanner : public QObject
{
    Q_OBJECT

private slots:
    void plan_data()
    {
        QTest::addColumn<qint64>("refund");
        QTest::addColumn<qint64>("exchangeCredit");
        QTest::addColumn<RefundMethod>("method");
        QTest::addColumn<bool>("hasClient");
        QTest::addColumn<bool>("withReceipt");
        QTest::addColumn<qint64>("owed");
        QTest::addColumn<QStringList>("salePayments"); // in the order they were made
        QTest::addColumn<QStringList>("refundedBefore");
        QTest::addColumn<QStringList>("parts"); // expected, in order
        QTest::addColumn<QString>("error"); // expected code instead of parts

        const auto O = RefundMethod::Original;
        const auto S = RefundMethod::StoreCredit;
        QTest::addRow("back the way it was paid")
            << qint64(5000) << qint64(0) << O << false << true << qint64(0)
            << QStringList { "cash:5000" } << QStringList {} << QStringList { "cash:5000" }
            << QString();
        QTest::addRow("the last payment first")
            << qint64(2500) << qint64(0) << O << false << true << qint64(0)
            << QStringList { "cash:3000", "card:2000:AUT1" } << QStringList {}
            << QStringList { "card:2000:AUT1", "cash:500" } << QString();
        QTest::addRow("earlier refunds used up the card")
            << qint64(1000) << qint64(0) << O << false << true << qint64(0)
            << QStringList { "cash:3000", "card:2000:AUT1" } << QStringList { "card:2000" }
            << QStringList { "cash:1000" } << QString();
        QTest::addRow("earlier refunds used part of the card")
            << qint64(1000) << qint64(0) << O << false << true << qint64(0)
            << QStringList { "cash:3000", "card:2000:AUT1" } << QStringList { "card:1500" }
            << QStringList { "card:500:AUT1", "cash:500" } << QString();
        QTest::addRow("more than the payments show: the rest in cash")
            << qint64(1500) << qint64(0) << O << false << true << qint64(0)
            << QStringList { "card:1000:AUT1" } << QStringList {}
            << QStringList { "card:1000:AUT1", "cash:500" } << QString();
        QTest::addRow("exchange credit spent on the sale goes back as cash")
            << qint64(3000) << qint64(0) << O << false << true << qint64(0)
            << QStringList { "exchange:2000", "card:1000:AUT1" } << QStringList {}
            << QStringList { "card:1000:AUT1", "cash:2000" } << QString();
        QTest::addRow("a gift card gets its own money back")
            << qint64(1500) << qint64(0) << O << false << true << qint64(0)
            << QStringList { "gift_card:1500" } << QStringList {}
            << QStringList { "gift_card:1500@card" } << QString();
        QTest::addRow("store credit spent goes back to store credit")
            << qint64(2000) << qint64(0) << O << true << true << qint64(0)
            << QStringList { "store_credit:2000" } << QStringList {}
            << QStringList { "store_credit:2000" } << QString();
        QTest::addRow("store credit spent, but no client to give it to")
            << qint64(2000) << qint64(0) << O << false << true << qint64(0)
            << QStringList { "store_credit:2000" } << QStringList {} << QStringList {}
            << "return.creditNeedsClient";
        QTest::addRow("what is still owed goes first")
            << qint64(5000) << qint64(0) << O << true << true << qint64(3000)
            << QStringList { "cash:2000" } << QStringList {}
            << QStringList { "account:3000(due)", "cash:2000" } << QString();
        QTest::addRow("owing more than the refund: no money moves")
            << qint64(5000) << qint64(0) << O << true << true << qint64(6000)
            << QStringList { "cash:2000" } << QStringList {} << QStringList { "account:5000(due)" }
            << QString();
        QTest::addRow("all to store credit")
            << qint64(5000) << qint64(0) << S << true << true << qint64(0)
            << QStringList { "card:5000:AUT1" } << QStringList {}
            << QStringList { "store_credit:5000" } << QString();
        QTest::addRow("owed first, then store credit")
            << qint64(5000) << qint64(0) << S << true << true << qint64(1000)
            << QStringList { "card:5000:AUT1" } << QStringList {}
            << QStringList { "account:1000(due)", "store_credit:4000" } << QString();
        QTest::addRow("store credit needs a client")
            << qint64(5000) << qint64(0) << S << false << true << qint64(0)
            << QStringList { "cash:5000" } << QStringList {} << QStringList {}
            << "return.creditNeedsClient";
        QTest::addRow("the exchange's new items first")
            << qint64(5000) << qint64(3000) << O << false << true << qint64(0)
            << QStringList { "card:5000:AUT1" } << QStringList {}
            << QStringList { "exchange:3000", "card:2000:AUT1" } << QString();
        QTest::addRow("new items take the whole refund")
            << qint64(5000) << qint64(5000) << O << false << true << qint64(2000)
            << QStringList { "card:5000:AUT1" } << QStringList {} << QStringList { "exchange:5000" }
            << QString();
        QTest::addRow("new items, then what is owed")
            << qint64(5000) << qint64(1000) << O << true << true << qint64(3000)
            << QStringList { "cash:5000" } << QStringList {}
            << QStringList { "exchange:1000", "account:3000(due)", "cash:1000" } << QString();
        QTest::addRow("exchange credit above the refund")
            << qint64(5000) << qint64(6000) << O << false << true << qint64(0)
            << QStringList { "cash:5000" } << QStringList {} << QStringList {}
            << "return.badExchangeCredit";
        QTest::addRow("negative exchange credit")
            << qint64(5000) << qint64(-1) << O << false << true << qint64(0)
            << QStringList { "cash:5000" } << QStringList {} << QStringList {}
            << "return.badExchangeCredit";
        QTest::addRow("without a receipt: cash")
            << qint64(3000) << qint64(0) << O << false << false << qint64(0) << QStringList {}
            << QStringList {} << QStringList { "cash:3000" } << QString();
        QTest::addRow("without a receipt nothing is owed on it")
            << qint64(3000) << qint64(0) << O << true << false << qint64(2000) << QStringList {}
            << QStringList {} << QStringList { "cash:3000" } << QString();
        QTest::addRow("without a receipt, to store credit")
            << qint64(3000) << qint64(0) << S << true << false << qint64(0) << QStringList {}
            << QStringList {} << QStringList { "store_credit:3000" } << QString();
        QTest::addRow("exchange is not a refund method")
            << qint64(3000) << qint64(0) << RefundMethod::Exchange << false << true << qint64(0)
            << QStringList { "cash:3000" } << QStringList {} << QStringList {}
            << "return.badRefundMethod";
        QTest::addRow("nothing to refund")
            << qint64(0) << qint64(0) << O << false << true << qint64(0)
            << QStringList { "cash:3000" } << QStringList {} << QStringList {} << QString();
    }
    void plan()
    {
        QFETCH(qint64, refund);
        QFETCH(qint64, exchangeCredit);
        QFETCH(RefundMethod, method);
        QFETCH(bool, hasClient);
        QFETCH(bool, withReceipt);
        QFETCH(qint64, owed);
        QFETCH(QStringList, salePayments);
        QFETCH(QStringList, refundedBefore);
        QFETCH(QStringList, parts);
        QFETCH(QString, error);
        RefundFacts facts { reais(refund),
                            reais(exchangeCredit),
                            method,
                            hasClient,
                            withReceipt,
                            reais(owed),
                            payments(salePayments),
                            refunded(refundedBefore) };
        const auto planned = RefundPlanner::plan(facts);
        if (!error.isEmpty()) {
            QVERIFY(!planned.ok());
            QCOMPARE(planned.error().code, error);
            QVERIFY(!planned.error().message.isEmpty());
            return;
        }
        QVERIFY2(planned.ok(), qPrintable(planned.ok() ? QString() : planned.error().message));
        QStringList got;
        qint64 sum = 0;
        for (const RefundPart &part : *planned) {
            got << describe(part);
            QVERIFY(part.amount.minorUnits() > 0);
            QCOMPARE(part.amount.currency(), brl());
            sum += part.amount.minorUnits();
        }
        QCOMPARE(got, parts);
        // Every cent of the refund goes somewhere, once.
        QCOMPARE(sum, refund);
    }

    void currenciesMustAgree()
    {
        const Currency usd = Currency::fromCode("USD").value();
        RefundFacts facts {
            reais(1000), Money(0, usd), RefundMethod::Original, false, false, reais(0), {}, {}
        };
        const auto planned = RefundPlanner::plan(facts);
        QVERIFY(!planned.ok());
        QCOMPARE(planned.error().code, "money.currencyMismatch");
    }

    void exchangeCredit_data()
    {
        QTest::addColumn<qint64>("refund");
        QTest::addColumn<qint64>("newItems");
        QTest::addColumn<qint64>("credit");
        QTest::addRow("new items cost less") << qint64(5000) << qint64(3000) << qint64(3000);
        QTest::addRow("new items cost more") << qint64(3000) << qint64(5000) << qint64(3000);
        QTest::addRow("even") << qint64(4000) << qint64(4000) << qint64(4000);
        QTest::addRow("no new items yet") << qint64(5000) << qint64(0) << qint64(0);
        QTest::addRow("nothing refunded") << qint64(0) << qint64(5000) << qint64(0);
    }
    void exchangeCredit()
    {
        QFETCH(qint64, refund);
        QFETCH(qint64, newItems);
        QFETCH(qint64, credit);
        QCOMPARE(*RefundPlanner::exchangeCredit(reais(refund), reais(newItems)), reais(credit));
    }

    void dueReduced_data()
    {
        QTest::addColumn<qint64>("refund");
        QTest::addColumn<QStringList>("refunds"); // paid out, positive here
        QTest::addColumn<qint64>("reduced");
        QTest::addRow("all paid out") << qint64(5000) << QStringList { "cash:5000" } << qint64(0);
        QTest::addRow("part took the due down")
            << qint64(5000) << QStringList { "cash:2000" } << qint64(3000);
        QTest::addRow("all took the due down") << qint64(5000) << QStringList {} << qint64(5000);
        QTest::addRow("an exchange's credit is paid out")
            << qint64(5000) << QStringList { "exchange:4000", "cash:1000" } << qint64(0);
    }
    void dueReduced()
    {
        QFETCH(qint64, refund);
        QFETCH(QStringList, refunds);
        QFETCH(qint64, reduced);
        SaleReturn done;
        done.refund = reais(refund);
        for (Payment p : payments(refunds)) {
            p.amount = p.amount.negated();
            done.payments << p;
        }
        const auto due = RefundPlanner::dueReduced(done);
        QVERIFY(due.ok());
        QCOMPARE(*due, reais(reduced));
    }
};

QTEST_GUILESS_MAIN(TestRefundPlanner)
#include "TestRefundPlanner.moc"
