// SPDX-License-Identifier: GPL-3.0-or-later
#include "PriceCalculator.h"

#include "common/Money.h"

#include <algorithm>
#include <numeric>

namespace Balcao {

namespace {

// The arithmetic below works in minor units of the cart's currency: compute()
// takes every amount in through minorUnitsIn(cart.currency) and gives its
// results back as Money of that currency.

qint64 halfUp(Int128 numerator, qint64 denominator)
{
    // Inputs are bounded (maxAmount, rates ≤ 100 %), so the quotient always
    // fits and the division cannot fail.
    return divideRounded(numerator, denominator, Rounding::HalfUp).value();
}

QList<qint64> allocateMinor(qint64 amount, const QList<qint64> &weights)
{
    QList<qint64> parts(weights.size(), 0);
    const Int128 total = std::accumulate(weights.begin(), weights.end(), Int128(0));
    if (total <= 0 || amount == 0)
        return parts;
    QList<std::pair<Int128, qsizetype>> remainders;
    qint64 given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const Int128 scaled = Int128(amount) * weights.at(i);
        parts[i] = qint64(scaled / total);
        given += parts.at(i);
        remainders.append({ scaled % total, i });
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype k = 0; given < amount && k < remainders.size(); ++k, ++given)
        ++parts[remainders.at(k).second];
    return parts;
}

qint64 taxMinor(qint64 net, int rateBp, bool included)
{
    if (rateBp == 0)
        return 0;
    return included ? halfUp(Int128(net) * rateBp, 10000 + rateBp)
                    : halfUp(Int128(net) * rateBp, 10000);
}

// One line's amounts while they are worked out.
struct LineMinor
{
    qint64 gross = 0;
    qint64 lineDiscount = 0;
    qint64 orderDiscount = 0;
    qint64 net = 0;
    qint64 tax = 0;
    qint64 total = 0;
};

qint64 discountOf(const Discount &discount, qint64 base)
{
    switch (discount.kind) {
    case Discount::Kind::None:
        return 0;
    case Discount::Kind::Amount:
        return discount.value;
    case Discount::Kind::Percent:
        return halfUp(Int128(base) * discount.value, 10000);
    }
    return 0;
}

} // namespace

QString taxRoundingName(TaxRounding rounding)
{
    return rounding == TaxRounding::PerTotal ? QStringLiteral("total") : QStringLiteral("line");
}

std::optional<TaxRounding> taxRoundingFrom(const QString &name)
{
    if (name == QLatin1String("line"))
        return TaxRounding::PerLine;
    if (name == QLatin1String("total"))
        return TaxRounding::PerTotal;
    return std::nullopt;
}

QString saleLineKindName(SaleLineKind kind)
{
    switch (kind) {
    case SaleLineKind::Product:
        return QStringLiteral("product");
    case SaleLineKind::Service:
        return QStringLiteral("service");
    case SaleLineKind::GiftCard:
        return QStringLiteral("gift_card");
    }
    return {};
}

std::optional<SaleLineKind> saleLineKindFrom(const QString &name)
{
    for (SaleLineKind kind :
         { SaleLineKind::Product, SaleLineKind::Service, SaleLineKind::GiftCard }) {
        if (saleLineKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

CartTotals CartTotals::empty(const Currency &currency)
{
    const Money zero = Money::zero(currency);
    CartTotals t;
    t.gross = t.discount = t.taxIncluded = t.taxAdded = t.tax = t.tip = t.total = zero;
    return t;
}

Money PriceCalculator::maxAmount(const Currency &currency)
{
    return Money(kMaxAmountMajor * currency.minorPerMajor(), currency);
}

QList<Money> PriceCalculator::allocate(const Money &amount, const QList<qint64> &weights)
{
    QList<Money> out;
    for (const qint64 part : allocateMinor(amount.minorUnits(), weights))
        out << Money(part, amount.currency());
    return out;
}

Money PriceCalculator::taxOf(const Money &net, int rateBp, bool included)
{
    return Money(taxMinor(net.minorUnits(), rateBp, included), net.currency());
}

Result<CartTotals> PriceCalculator::compute(const Cart &cart, TaxRounding rounding)
{
    if (cart.lines.isEmpty())
        return Error::invalid(QStringLiteral("sale.empty"), tr("The sale has no lines."));
    const Currency &currency = cart.currency;
    const qint64 maxMinor = maxAmount(currency).minorUnits();
    QList<LineMinor> lines;
    QList<qint64> discountable; // per line: what the order discount is shared by
    for (const CartLine &line : cart.lines) {
        if (line.quantity < 1 || line.quantity > kMaxQuantity)
            return Error::invalid(QStringLiteral("sale.quantityInvalid"),
                                  tr("The quantity of \"%1\" must be between 1 and %2.")
                                      .arg(line.description)
                                      .arg(kMaxQuantity));
        auto unitPrice = line.unitPrice.minorUnitsIn(currency);
        if (!unitPrice)
            return unitPrice.error();
        if (*unitPrice < 0 || *unitPrice > maxMinor)
            return Error::invalid(QStringLiteral("sale.priceInvalid"),
                                  tr("The price of \"%1\" is not valid.").arg(line.description));
        if (line.tax.rateBp < 0 || line.tax.rateBp > 10000)
            return Error::invalid(QStringLiteral("tax.rateInvalid"),
                                  tr("A tax rate must be between 0 % and 100 %."));
        LineMinor amounts;
        const Int128 gross = Int128(*unitPrice) * line.quantity;
        if (gross > maxMinor)
            return Error::invalid(QStringLiteral("sale.amountTooLarge"),
                                  tr("The amount of \"%1\" is too large.").arg(line.description));
        amounts.gross = qint64(gross);
        const bool giftCard = line.kind == SaleLineKind::GiftCard;
        if (giftCard && !line.discount.isNone())
            return Error::invalid(QStringLiteral("sale.giftCardDiscount"),
                                  tr("A gift card is sold at its value, without discount."));
        if (line.discount.value < 0
            || (line.discount.kind == Discount::Kind::Percent && line.discount.value > 10000))
            return Error::invalid(QStringLiteral("sale.discountInvalid"),
                                  tr("The discount on \"%1\" is not valid.").arg(line.description));
        amounts.lineDiscount = discountOf(line.discount, amounts.gross);
        if (amounts.lineDiscount > amounts.gross)
            return Error::invalid(
                QStringLiteral("sale.discountTooLarge"),
                tr("The discount on \"%1\" is larger than the line.").arg(line.description));
        discountable << (giftCard ? 0 : amounts.gross - amounts.lineDiscount);
        lines << amounts;
    }

    const qint64 orderBase = std::accumulate(discountable.begin(), discountable.end(), qint64(0));
    const Discount &order = cart.orderDiscount;
    if (order.value < 0 || (order.kind == Discount::Kind::Percent && order.value > 10000))
        return Error::invalid(QStringLiteral("sale.discountInvalid"),
                              tr("The discount on the sale is not valid."));
    const qint64 orderDiscount = discountOf(order, orderBase);
    if (orderDiscount > orderBase)
        return Error::invalid(QStringLiteral("sale.discountTooLarge"),
                              tr("The discount on the sale is larger than what it discounts."));
    const QList<qint64> shares = allocateMinor(orderDiscount, discountable);

    for (qsizetype i = 0; i < lines.size(); ++i) {
        LineMinor &a = lines[i];
        a.orderDiscount = shares.at(i);
        a.net = a.gross - a.lineDiscount - a.orderDiscount;
        const TaxRate &rate = cart.lines.at(i).tax;
        if (rounding == TaxRounding::PerLine && cart.lines.at(i).kind != SaleLineKind::GiftCard)
            a.tax = taxMinor(a.net, rate.rateBp, rate.included);
    }

    // One summary per rate (class, rate and kind): the receipt's tax lines.
    // Per total, each summary's tax is rounded once and shared back to its
    // lines by their nets, so lines always add up to the receipt.
    struct Summary
    {
        TaxRate rate;
        qint64 base = 0;
        qint64 tax = 0;
    };
    QList<Summary> summaries;
    for (qsizetype i = 0; i < cart.lines.size(); ++i) {
        const CartLine &line = cart.lines.at(i);
        if (line.kind == SaleLineKind::GiftCard || line.tax.rateBp == 0)
            continue;
        auto it = std::find_if(summaries.begin(), summaries.end(),
                               [&](const Summary &s) { return s.rate == line.tax; });
        if (it == summaries.end()) {
            summaries.append(Summary { line.tax, 0, 0 });
            it = summaries.end() - 1;
        }
        it->base += lines.at(i).net;
        it->tax += lines.at(i).tax;
    }
    if (rounding == TaxRounding::PerTotal) {
        for (Summary &summary : summaries) {
            summary.tax = taxMinor(summary.base, summary.rate.rateBp, summary.rate.included);
            QList<qsizetype> members;
            QList<qint64> nets;
            for (qsizetype i = 0; i < cart.lines.size(); ++i) {
                if (cart.lines.at(i).kind != SaleLineKind::GiftCard
                    && cart.lines.at(i).tax == summary.rate) {
                    members << i;
                    nets << lines.at(i).net;
                }
            }
            const QList<qint64> parts = allocateMinor(summary.tax, nets);
            for (qsizetype k = 0; k < members.size(); ++k)
                lines[members.at(k)].tax = parts.at(k);
        }
    }

    qint64 tip = 0;
    if (cart.tip) {
        auto tipMinor = cart.tip->minorUnitsIn(currency);
        if (!tipMinor)
            return tipMinor.error();
        tip = *tipMinor;
    }
    if (tip < 0 || tip > maxMinor)
        return Error::invalid(QStringLiteral("sale.tipInvalid"), tr("The tip is not valid."));
    const auto money = [&](qint64 minor) { return Money(minor, currency); };
    qint64 gross = 0;
    qint64 discount = 0;
    qint64 taxIncluded = 0;
    qint64 taxAdded = 0;
    qint64 total = 0;
    CartTotals totals;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        LineMinor &a = lines[i];
        const bool added = !cart.lines.at(i).tax.included;
        a.total = a.net + (added ? a.tax : 0);
        gross += a.gross;
        discount += a.lineDiscount + a.orderDiscount;
        (added ? taxAdded : taxIncluded) += a.tax;
        total += a.total;
        totals.lines << LineAmounts { money(a.gross), money(a.lineDiscount), money(a.orderDiscount),
                                      money(a.net),   money(a.tax),          money(a.total) };
    }
    for (const Summary &summary : std::as_const(summaries))
        totals.taxes << TaxSummary { summary.rate, money(summary.base), money(summary.tax) };
    totals.gross = money(gross);
    totals.discount = money(discount);
    totals.taxIncluded = money(taxIncluded);
    totals.taxAdded = money(taxAdded);
    totals.tax = money(taxIncluded + taxAdded);
    totals.tip = money(tip);
    totals.total = money(total + tip);
    return totals;
}

qint64 PriceCalculator::largestDiscountBp(const CartTotals &totals)
{
    qint64 largest = 0;
    for (const LineAmounts &a : totals.lines) {
        // The amounts of one line are in one currency (compute made them).
        if (a.gross.isPositive())
            // Rounded up: 10.01 % is over a 10 % limit.
            largest = std::max(
                largest,
                divideRounded(Int128(a.lineDiscount.minorUnits() + a.orderDiscount.minorUnits())
                                  * 10000,
                              a.gross.minorUnits(), Rounding::Up)
                    .value());
    }
    return largest;
}

} // namespace Balcao
