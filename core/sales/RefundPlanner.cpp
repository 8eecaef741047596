// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefundPlanner.h"

#include <QHash>

#include <algorithm>

namespace Balcao {

namespace {

// Refunds to the same method (and gift card) are counted together.
QString tenderKey(PaymentMethod method, const Id &giftCardId)
{
    return paymentMethodName(method) + u'/'
        + (giftCardId.isNull() ? QString() : giftCardId.toString());
}

} // namespace

Result<QList<RefundPart>> RefundPlanner::plan(const RefundFacts &f)
{
    const Currency &currency = f.refund.currency();
    const auto money = [&](qint64 minor) { return Money(minor, currency); };
    if (f.method == RefundMethod::Exchange)
        return Error::invalid(QStringLiteral("return.badRefundMethod"),
                              tr("Choose how the refund is paid back."));
    // Worked out in minor units of the refund's currency: every other amount
    // must be in it.
    for (const Money &amount : { f.exchangeCredit, f.owedOnSale }) {
        if (auto same = amount.minorUnitsIn(currency); !same)
            return same.error();
    }
    for (const Payment &p : f.salePayments) {
        if (auto same = p.amount.minorUnitsIn(currency); !same)
            return same.error();
    }
    for (const RefundPart &earlier : f.refundedBefore) {
        if (auto same = earlier.amount.minorUnitsIn(currency); !same)
            return same.error();
    }
    const qint64 refund = f.refund.minorUnits();
    const qint64 credit = f.exchangeCredit.minorUnits();
    if (refund < 0)
        return Error::invalid(QStringLiteral("return.badRefund"),
                              tr("A refund cannot be negative."));
    if (credit < 0 || credit > refund)
        return Error::invalid(QStringLiteral("return.badExchangeCredit"),
                              tr("The exchange credit cannot exceed the refund."));

    QList<RefundPart> parts;
    if (credit > 0)
        parts << RefundPart { PaymentMethod::Exchange, money(credit), {}, {}, false };
    qint64 rest = refund - credit;
    // Whatever the method, what the client still owes for this sale goes
    // first: nobody is handed money or credit while owing the same sale.
    if (rest > 0 && f.withReceipt && f.owedOnSale.minorUnits() > 0) {
        const qint64 part = std::min(f.owedOnSale.minorUnits(), rest);
        parts << RefundPart { PaymentMethod::Account, money(part), {}, {}, true };
        rest -= part;
    }
    if (rest > 0 && f.method == RefundMethod::StoreCredit) {
        if (!f.hasClient)
            return Error::invalid(QStringLiteral("return.creditNeedsClient"),
                                  tr("Choose the client who gets the store credit."));
        parts << RefundPart { PaymentMethod::StoreCredit, money(rest), {}, {}, false };
        rest = 0;
    }
    if (rest > 0 && f.withReceipt) {
        // Back the way it came: the payments, the last one first, each at
        // most what it paid less what was refunded to it already. Earlier
        // refunds went back to the last payments first too.
        QHash<QString, qint64> refunded;
        for (const RefundPart &earlier : f.refundedBefore)
            refunded[tenderKey(earlier.method, earlier.giftCardId)] += earlier.amount.minorUnits();
        for (auto it = f.salePayments.crbegin(); it != f.salePayments.crend() && rest > 0; ++it) {
            qint64 &earlier = refunded[tenderKey(it->method, it->giftCardId)];
            const qint64 paid = it->amount.minorUnits();
            const qint64 skipped = std::min(earlier, paid);
            earlier -= skipped;
            const qint64 part = std::min(paid - skipped, rest);
            if (part <= 0)
                continue;
            // Exchange credit spent on this sale goes back as cash.
            const PaymentMethod method
                = it->method == PaymentMethod::Exchange ? PaymentMethod::Cash : it->method;
            parts << RefundPart { method, money(part), it->reference, it->giftCardId, false };
            rest -= part;
        }
    }
    if (rest > 0) // without receipt, or more than the payments show: cash
        parts << RefundPart { PaymentMethod::Cash, money(rest), {}, {}, false };
    for (const RefundPart &part : std::as_const(parts)) {
        if (part.method == PaymentMethod::StoreCredit && !f.hasClient)
            return Error::invalid(QStringLiteral("return.creditNeedsClient"),
                                  tr("Choose the client who gets the store credit."));
    }
    return parts;
}

Result<Money> RefundPlanner::exchangeCredit(const Money &refund, const Money &newItems)
{
    auto cheaper = newItems.compare(refund);
    if (!cheaper)
        return cheaper.error();
    const Money &credit = *cheaper < 0 ? newItems : refund;
    return credit.isNegative() ? Money::zero(refund.currency()) : credit;
}

Result<Money> RefundPlanner::dueReduced(const SaleReturn &done)
{
    Money moved = Money::zero(done.currency());
    for (const Payment &p : done.payments) {
        if (auto added = moved.add(p.amount.negated()); !added)
            return added.error();
    }
    auto rest = done.refund.minus(moved);
    if (!rest)
        return rest.error();
    return rest->isNegative() ? Money::zero(done.currency()) : *rest;
}

} // namespace Balcao
