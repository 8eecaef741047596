// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sale.h"

namespace Balcao {

Result<Money> Sale::paid() const
{
    QList<Money> amounts;
    for (const Payment &p : payments)
        amounts << p.amount;
    return Money::sum(amounts, currency());
}

Result<Money> Sale::change() const
{
    QList<Money> amounts;
    for (const Payment &p : payments) {
        if (p.change)
            amounts << *p.change;
    }
    return Money::sum(amounts, currency());
}

} // namespace Balcao
