// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sale.h"

namespace Balcao {

Payment Payment::fromTender(const AppliedTender &t, qint64 atMsecs)
{
    Payment payment;
    payment.method = t.tender.method;
    payment.amount = t.applied;
    payment.reference = t.tender.reference.trimmed();
    payment.atMsecs = atMsecs;
    if (t.tender.method == PaymentMethod::Cash) {
        payment.tendered = t.tender.amount;
        payment.change = t.change;
    }
    return payment;
}

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
