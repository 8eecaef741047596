// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cart.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace Balcao {

// What one line comes to. `net` is what the line costs after its own
// discount and its share of the order discount, tax included when the tax
// is included; `total` adds an added tax.
struct LineAmounts
{
    Money gross;
    Money lineDiscount;
    Money orderDiscount;
    Money net;
    Money tax;
    Money total;
    bool operator==(const LineAmounts &) const = default;
};

// The tax of one rate across the cart, as a receipt lists it.
struct TaxSummary
{
    TaxRate rate;
    Money base; // the nets of its lines
    Money tax;
};

// Every amount in the cart's currency.
struct CartTotals
{
    QList<LineAmounts> lines;
    Money gross;
    Money discount; // line and order discounts
    Money taxIncluded; // inside the prices
    Money taxAdded; // on top of them
    Money tax; // both
    Money tip;
    Money total; // what the client pays
    QList<TaxSummary> taxes;

    // The totals of a cart with nothing in it yet.
    static CartTotals empty(const Currency &currency);
};

// The arithmetic of a cart, with no database: discounts, the order
// discount's allocation to lines, taxes and their rounding, tips. The
// rules are in docs/sales.md and tested line by line in TestPriceCalculator.
class PriceCalculator
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::PriceCalculator)
public:
    static constexpr qint64 kMaxQuantity = 100000;
    // The most a price, a line or a tip may be.
    static constexpr qint64 kMaxAmountMajor = 1000000000; // a billion
    static Money maxAmount(const Currency &currency);

    // Every amount of the cart must be in its currency (money.currencyMismatch).
    static Result<CartTotals> compute(const Cart &cart, TaxRounding rounding);

    // Splits `amount` over `weights` in proportion, exactly: each part is
    // rounded down, and the minor units left go one each to the parts with
    // the largest remainders (the earliest on a tie).
    static QList<Money> allocate(const Money &amount, const QList<qint64> &weights);
    // Half-up tax of a net amount: inside it (included) or on top of it.
    static Money taxOf(const Money &net, int rateBp, bool included);

    // The largest share of a line's gross taken off by discounts, in basis
    // points: what a manager's approval is measured against.
    static qint64 largestDiscountBp(const CartTotals &totals);
};

} // namespace Balcao
