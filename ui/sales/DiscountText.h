// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Money.h"
#include "sales/Cart.h"

#include <QCoreApplication>
#include <QLocale>

namespace Balcao {

// A discount as the front desk types it in one field: "10%" or "12,5 %" is a
// percentage, anything else an amount of money ("5", "5,00"); empty or zero
// is no discount. Whether it is allowed (at most the line, a manager above
// the limit) is core's to say when the cart is reviewed.
class DiscountText
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::DiscountText)
public:
    // An amount is in `currency`, the cart's.
    static Result<Discount> parse(const QString &text, const Currency &currency,
                                  const QLocale &locale = QLocale());
    // What parse() reads back: "10%" or "5,00"; empty for none.
    static QString format(const Discount &discount, const Currency &currency,
                          const QLocale &locale = QLocale());
};

} // namespace Balcao
