// SPDX-License-Identifier: GPL-3.0-or-later
#include "Amounts.h"
#include "sales/PriceCalculator.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

Q_DECLARE_METATYPE(Balcao::Discount)
Q_DECLARE_METATYPE(Balcao::TaxRounding)

namespace {

CartLine line(qint64 quantity, qint64 unit, int rateBp = 0, bool included = true,
              Discount discount = {})
{
    CartLine l;
    l.description = QStringLiteral("item");
    l.quantity = quantity;
    l.unitPrice = reais(unit);
    l.discount = discount;
    if (rateBp > 0)
        l.tax = TaxRate { Id(), QStringLiteral("tax %1").arg(rateBp), rateBp, included };
    return l;
}

QList<qint64> column(const CartTotals &t, Money LineAmounts::*member)
{
    QList<qint64> out;
    for (const LineAmounts &a : t.lines)
        out << (a.*member).minorUnits();
    return out;
}

// A cart in reais.
Cart cartOf(const QList<CartLine> &lines, const Discount &order, qint64 tip)
{
    Cart cart;
    cart.currency = currencyOf("BRL");
    cart.lines = lines;
    cart.orderDiscount = order;
    if (tip != 0)
        cart.tip = reais(tip);
    return cart;
}

} // namespace

// The rules of docs/sales.md ("Prices, discounts and taxes"), row by row.
class TestPriceCalculator : public QObject
{
    Q_OBJECT
private slots:
    void allocate_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QList<qint64>>("weights");
        QTest::addColumn<QList<qint64>>("parts");
        QTest::addRow("proportional")
            << qint64(100) << QList<qint64> { 300, 700 } << QList<qint64> { 30, 70 };
        QTest::addRow("one cent, equal weights: the first")
            << qint64(1) << QList<qint64> { 100, 100, 100 } << QList<qint64> { 1, 0, 0 };
        QTest::addRow("largest remainder")
            << qint64(10) << QList<qint64> { 333, 333, 334 } << QList<qint64> { 3, 3, 4 };
        QTest::addRow("zero weight gets nothing")
            << qint64(50) << QList<qint64> { 0, 100 } << QList<qint64> { 0, 50 };
        QTest::addRow("all weights zero")
            << qint64(50) << QList<qint64> { 0, 0 } << QList<qint64> { 0, 0 };
        QTest::addRow("two of three cents")
            << qint64(2) << QList<qint64> { 10, 10, 10 } << QList<qint64> { 1, 1, 0 };
    }
    void allocate()
    {
        QFETCH(qint64, amount);
        QFETCH(QList<qint64>, weights);
        QFETCH(QList<qint64>, parts);
        QList<qint64> got;
        for (const Money &part : PriceCalculator::allocate(reais(amount), weights)) {
            QCOMPARE(part.currency(), currencyOf("BRL"));
            got << part.minorUnits();
        }
        QCOMPARE(got, parts);
        if (std::any_of(weights.begin(), weights.end(), [](qint64 w) { return w > 0; }))
            QCOMPARE(std::accumulate(got.begin(), got.end(), qint64(0)), amount);
    }

    void taxOf_data()
    {
        QTest::addColumn<qint64>("net");
        QTest::addColumn<int>("rateBp");
        QTest::addColumn<bool>("included");
        QTest::addColumn<qint64>("tax");
        QTest::addRow("18 pc inside 10.00: 1.5254 → 1.53")
            << qint64(1000) << 1800 << true << qint64(153);
        QTest::addRow("8.25 pc on 10.00: 0.825 → 0.83 (half up)")
            << qint64(1000) << 825 << false << qint64(83);
        QTest::addRow("10 pc inside 9.99: 0.9082 → 0.91")
            << qint64(999) << 1000 << true << qint64(91);
        QTest::addRow("exact half rounds up") << qint64(10) << 500 << false << qint64(1);
        QTest::addRow("just under half rounds down") << qint64(9) << 500 << false << qint64(0);
        QTest::addRow("zero rate") << qint64(12345) << 0 << true << qint64(0);
        QTest::addRow("100 pc added doubles") << qint64(500) << 10000 << false << qint64(500);
    }
    void taxOf()
    {
        QFETCH(qint64, net);
        QFETCH(int, rateBp);
        QFETCH(bool, included);
        QFETCH(qint64, tax);
        QCOMPARE(PriceCalculator::taxOf(reais(net), rateBp, included), reais(tax));
    }

    void totals_data()
    {
        QTest::addColumn<QList<CartLine>>("lines");
        QTest::addColumn<Discount>("order");
        QTest::addColumn<qint64>("tip");
        QTest::addColumn<TaxRounding>("rounding");
        QTest::addColumn<QList<qint64>>("nets");
        QTest::addColumn<QList<qint64>>("taxes");
        QTest::addColumn<qint64>("discount");
        QTest::addColumn<qint64>("taxIncluded");
        QTest::addColumn<qint64>("taxAdded");
        QTest::addColumn<qint64>("total");

        const auto perLine = TaxRounding::PerLine;
        const auto perTotal = TaxRounding::PerTotal;
        QTest::addRow("untaxed line")
            << QList<CartLine> { line(1, 1000) } << Discount {} << qint64(0) << perLine
            << QList<qint64> { 1000 } << QList<qint64> { 0 } << qint64(0) << qint64(0) << qint64(0)
            << qint64(1000);
        QTest::addRow("included tax leaves the total alone")
            << QList<CartLine> { line(1, 1000, 1800) } << Discount {} << qint64(0) << perLine
            << QList<qint64> { 1000 } << QList<qint64> { 153 } << qint64(0) << qint64(153)
            << qint64(0) << qint64(1000);
        QTest::addRow("added tax goes on top")
            << QList<CartLine> { line(1, 1000, 825, false) } << Discount {} << qint64(0) << perLine
            << QList<qint64> { 1000 } << QList<qint64> { 83 } << qint64(0) << qint64(0)
            << qint64(83) << qint64(1083);
        QTest::addRow("quantity times unit, then tax")
            << QList<CartLine> { line(3, 333, 1000) } << Discount {} << qint64(0) << perLine
            << QList<qint64> { 999 } << QList<qint64> { 91 } << qint64(0) << qint64(91) << qint64(0)
            << qint64(999);
        QTest::addRow("percent line discount before tax")
            << QList<CartLine> { line(2, 1250, 1800, true, Discount::percent(1000)) } << Discount {}
            << qint64(0) << perLine << QList<qint64> { 2250 } << QList<qint64> { 343 }
            << qint64(250) << qint64(343) << qint64(0) << qint64(2250);
        QTest::addRow("amount line discount")
            << QList<CartLine> { line(1, 1000, 0, true, Discount::amount(199)) } << Discount {}
            << qint64(0) << perLine << QList<qint64> { 801 } << QList<qint64> { 0 } << qint64(199)
            << qint64(0) << qint64(0) << qint64(801);
        QTest::addRow("order discount shared by nets")
            << QList<CartLine> { line(1, 300), line(1, 700) } << Discount::amount(100) << qint64(0)
            << perLine << QList<qint64> { 270, 630 } << QList<qint64> { 0, 0 } << qint64(100)
            << qint64(0) << qint64(0) << qint64(900);
        QTest::addRow("order percent after line discounts")
            << QList<CartLine> { line(1, 1000, 0, true, Discount::amount(200)), line(1, 1000) }
            << Discount::percent(1000) << qint64(0) << perLine << QList<qint64> { 720, 900 }
            << QList<qint64> { 0, 0 } << qint64(380) << qint64(0) << qint64(0) << qint64(1620);
        QTest::addRow("per line: each line rounds")
            << QList<CartLine> { line(1, 10, 1800), line(1, 10, 1800), line(1, 10, 1800) }
            << Discount {} << qint64(0) << perLine << QList<qint64> { 10, 10, 10 }
            << QList<qint64> { 2, 2, 2 } << qint64(0) << qint64(6) << qint64(0) << qint64(30);
        QTest::addRow("per total: one rounding, shared back")
            << QList<CartLine> { line(1, 10, 1800), line(1, 10, 1800), line(1, 10, 1800) }
            << Discount {} << qint64(0) << perTotal << QList<qint64> { 10, 10, 10 }
            << QList<qint64> { 2, 2, 1 } << qint64(0) << qint64(5) << qint64(0) << qint64(30);
        QTest::addRow("per line, added tax")
            << QList<CartLine> { line(1, 10, 825, false), line(1, 10, 825, false),
                                 line(1, 10, 825, false) }
            << Discount {} << qint64(0) << perLine << QList<qint64> { 10, 10, 10 }
            << QList<qint64> { 1, 1, 1 } << qint64(0) << qint64(0) << qint64(3) << qint64(33);
        QTest::addRow("per total, added tax")
            << QList<CartLine> { line(1, 10, 825, false), line(1, 10, 825, false),
                                 line(1, 10, 825, false) }
            << Discount {} << qint64(0) << perTotal << QList<qint64> { 10, 10, 10 }
            << QList<qint64> { 1, 1, 0 } << qint64(0) << qint64(0) << qint64(2) << qint64(32);
        QTest::addRow("tip is neither taxed nor discounted")
            << QList<CartLine> { line(1, 1000, 825, false) } << Discount::percent(1000)
            << qint64(500) << perLine << QList<qint64> { 900 } << QList<qint64> { 74 }
            << qint64(100) << qint64(0) << qint64(74) << qint64(1474);
        QTest::addRow("mixed included and added")
            << QList<CartLine> { line(1, 1000, 1800, true), line(1, 2000, 500, false) }
            << Discount {} << qint64(0) << perLine << QList<qint64> { 1000, 2000 }
            << QList<qint64> { 153, 100 } << qint64(0) << qint64(153) << qint64(100)
            << qint64(3100);
        CartLine giftCard = line(1, 5000, 1800);
        giftCard.kind = SaleLineKind::GiftCard;
        QTest::addRow("gift card: no tax, no share of the order discount")
            << QList<CartLine> { line(1, 1000), giftCard } << Discount::percent(1000) << qint64(0)
            << perLine << QList<qint64> { 900, 5000 } << QList<qint64> { 0, 0 } << qint64(100)
            << qint64(0) << qint64(0) << qint64(5900);
        QTest::addRow("100 pc discount")
            << QList<CartLine> { line(1, 1000, 1800, true, Discount::percent(10000)) }
            << Discount {} << qint64(0) << perLine << QList<qint64> { 0 } << QList<qint64> { 0 }
            << qint64(1000) << qint64(0) << qint64(0) << qint64(0);
    }
    void totals()
    {
        QFETCH(QList<CartLine>, lines);
        QFETCH(Discount, order);
        QFETCH(qint64, tip);
        QFETCH(TaxRounding, rounding);
        QFETCH(QList<qint64>, nets);
        QFETCH(QList<qint64>, taxes);
        QFETCH(qint64, discount);
        QFETCH(qint64, taxIncluded);
        QFETCH(qint64, taxAdded);
        QFETCH(qint64, total);
        auto t = PriceCalculator::compute(cartOf(lines, order, tip), rounding);
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
        QCOMPARE(column(*t, &LineAmounts::net), nets);
        QCOMPARE(column(*t, &LineAmounts::tax), taxes);
        QCOMPARE(t->discount, reais(discount));
        QCOMPARE(t->taxIncluded, reais(taxIncluded));
        QCOMPARE(t->taxAdded, reais(taxAdded));
        QCOMPARE(t->tax, reais(taxIncluded + taxAdded));
        QCOMPARE(t->total, reais(total));
        QCOMPARE(t->tip, reais(tip));
        // The receipt's summaries add up to the lines.
        qint64 summarised = 0;
        for (const TaxSummary &s : t->taxes)
            summarised += s.tax.minorUnits();
        QCOMPARE(summarised, t->tax.minorUnits());
        // Lines always add up to the total.
        const QList<qint64> lineTotals = column(*t, &LineAmounts::total);
        QCOMPARE(std::accumulate(lineTotals.begin(), lineTotals.end(), qint64(0)) + tip, total);
    }

    void refusals_data()
    {
        QTest::addColumn<QList<CartLine>>("lines");
        QTest::addColumn<Discount>("order");
        QTest::addColumn<qint64>("tip");
        QTest::addColumn<QString>("code");
        CartLine giftCard = line(1, 5000);
        giftCard.kind = SaleLineKind::GiftCard;
        giftCard.discount = Discount::amount(100);
        QTest::addRow("no lines") << QList<CartLine> {} << Discount {} << qint64(0)
                                  << QStringLiteral("sale.empty");
        QTest::addRow("zero quantity") << QList<CartLine> { line(0, 100) } << Discount {}
                                       << qint64(0) << QStringLiteral("sale.quantityInvalid");
        QTest::addRow("negative price") << QList<CartLine> { line(1, -1) } << Discount {}
                                        << qint64(0) << QStringLiteral("sale.priceInvalid");
        QTest::addRow("discount larger than the line")
            << QList<CartLine> { line(1, 100, 0, true, Discount::amount(101)) } << Discount {}
            << qint64(0) << QStringLiteral("sale.discountTooLarge");
        QTest::addRow("more than 100 pc")
            << QList<CartLine> { line(1, 100, 0, true, Discount::percent(10001)) } << Discount {}
            << qint64(0) << QStringLiteral("sale.discountInvalid");
        QTest::addRow("negative discount")
            << QList<CartLine> { line(1, 100, 0, true, Discount::amount(-5)) } << Discount {}
            << qint64(0) << QStringLiteral("sale.discountInvalid");
        QTest::addRow("order discount larger than the sale")
            << QList<CartLine> { line(1, 100) } << Discount::amount(101) << qint64(0)
            << QStringLiteral("sale.discountTooLarge");
        QTest::addRow("discounted gift card")
            << QList<CartLine> { giftCard } << Discount {} << qint64(0)
            << QStringLiteral("sale.giftCardDiscount");
        QTest::addRow("negative tip") << QList<CartLine> { line(1, 100) } << Discount {}
                                      << qint64(-1) << QStringLiteral("sale.tipInvalid");
        QTest::addRow("overflowing line") << QList<CartLine> {
            line(100000, PriceCalculator::maxAmount(currencyOf("BRL")).minorUnits())
        } << Discount {} << qint64(0) << QStringLiteral("sale.amountTooLarge");
        // Every amount of a cart is in the cart's currency: another one is
        // refused, never added up.
        CartLine inDollars = line(1, 100);
        inDollars.unitPrice = dollars(100);
        QTest::addRow("a price in another currency")
            << QList<CartLine> { line(1, 100), inDollars } << Discount {} << qint64(0)
            << QStringLiteral("money.currencyMismatch");
        CartLine unfilled = line(1, 100);
        unfilled.unitPrice = Money();
        QTest::addRow("a price of no currency") << QList<CartLine> { unfilled } << Discount {}
                                                << qint64(0) << QStringLiteral("money.noCurrency");
    }
    void refusals()
    {
        QFETCH(QList<CartLine>, lines);
        QFETCH(Discount, order);
        QFETCH(qint64, tip);
        QFETCH(QString, code);
        auto t = PriceCalculator::compute(cartOf(lines, order, tip), TaxRounding::PerLine);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, code);
        QVERIFY(!t.error().message.isEmpty());
    }

    void largestDiscount_data()
    {
        QTest::addColumn<QList<CartLine>>("lines");
        QTest::addColumn<Discount>("order");
        QTest::addColumn<qint64>("bp");
        QTest::addRow("none") << QList<CartLine> { line(1, 1000) } << Discount {} << qint64(0);
        QTest::addRow("line 10 pc")
            << QList<CartLine> { line(1, 1000, 0, true, Discount::percent(1000)) } << Discount {}
            << qint64(1000);
        QTest::addRow("line and order together")
            << QList<CartLine> { line(1, 1000, 0, true, Discount::amount(100)) }
            << Discount::amount(50) << qint64(1500);
        QTest::addRow("a hair over rounds up")
            << QList<CartLine> { line(1, 999, 0, true, Discount::amount(100)) } << Discount {}
            << qint64(1002);
    }
    void largestDiscount()
    {
        QFETCH(QList<CartLine>, lines);
        QFETCH(Discount, order);
        QFETCH(qint64, bp);
        auto t = PriceCalculator::compute(cartOf(lines, order, 0), TaxRounding::PerLine);
        QVERIFY(t.ok());
        QCOMPARE(PriceCalculator::largestDiscountBp(*t), bp);
    }
};

QTEST_GUILESS_MAIN(TestPriceCalculator)
#include "TestPriceCalculator.moc"
