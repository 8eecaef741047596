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
    qint64 gross = 0;
    qint64 lineDiscount = 0;
    qint64 orderDiscount = 0;
    qint64 net = 0;
    qint64 tax = 0;
    qint64 total = 0;
    bool operator==(const LineAmounts &) const = default;
};

// The tax of one rate across the cart, as a receipt lists it.
struct TaxSummary
{
    TaxRate rate;
    qint64 base = 0; // the nets of its lines
    qint64 tax = 0;
};

struct CartTotals
{
    QList<LineAmounts> lines;
    qint64 gross = 0;
    qint64 discount = 0; // line and order discounts
    qint64 taxIncluded = 0; // inside the prices
    qint64 taxAdded = 0; // on top of them
    qint64 tip = 0;
    qint64 total = 0; // what the client pays
    QList<TaxSummary> taxes;

    qint64 tax() const { return taxIncluded + taxAdded; }
};

// The arithmetic of a cart, with no database: discounts, the order
// discount's allocation to lines, taxes and their rounding, tips. The
// rules are in docs/sales.md and tested line by line in TestPriceCalculator.
class PriceCalculator
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::PriceCalculator)
public:
    static constexpr qint64 kMaxQuantity = 100000;
    static constexpr qint64 kMaxAmountMinor = 100000000000LL; // a billion in major units

    static Result<CartTotals> compute(const Cart &cart, TaxRounding rounding);

    // Splits `amount` over `weights` in proportion, exactly: each part is
    // rounded down, and the minor units left go one each to the parts with
    // the largest remainders (the earliest on a tie).
    static QList<qint64> allocate(qint64 amount, const QList<qint64> &weights);
    // Half-up tax of a net amount: inside it (included) or on top of it.
    static qint64 taxOf(qint64 net, int rateBp, bool included);

    // The largest share of a line's gross taken off by discounts, in basis
    // points: what a manager's approval is measured against.
    static qint64 largestDiscountBp(const CartTotals &totals);
};

} // namespace Balcao
