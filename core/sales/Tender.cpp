// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tender.h"

namespace Balcao {

namespace {

struct MethodName
{
    PaymentMethod method;
    const char *name;
};
constexpr MethodName kMethods[] = {
    { PaymentMethod::Cash, "cash" },
    { PaymentMethod::Card, "card" },
    { PaymentMethod::Pix, "pix" },
    { PaymentMethod::StoreCredit, "store_credit" },
    { PaymentMethod::GiftCard, "gift_card" },
    { PaymentMethod::Account, "account" },
    { PaymentMethod::Exchange, "exchange" },
};

} // namespace

QString paymentMethodName(PaymentMethod method)
{
    for (const MethodName &m : kMethods) {
        if (m.method == method)
            return QString::fromLatin1(m.name);
    }
    return {};
}

std::optional<PaymentMethod> paymentMethodFrom(const QString &name)
{
    for (const MethodName &m : kMethods) {
        if (name == QLatin1String(m.name))
            return m.method;
    }
    return std::nullopt;
}

QString paymentMethodDisplayName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return PaymentAllocator::tr("Cash");
    case PaymentMethod::Card:
        return PaymentAllocator::tr("Card");
    case PaymentMethod::Pix:
        return PaymentAllocator::tr("PIX");
    case PaymentMethod::StoreCredit:
        return PaymentAllocator::tr("Store credit");
    case PaymentMethod::GiftCard:
        return PaymentAllocator::tr("Gift card");
    case PaymentMethod::Account:
        return PaymentAllocator::tr("On account");
    case PaymentMethod::Exchange:
        return PaymentAllocator::tr("Exchange credit");
    }
    return {};
}

Result<Settlement> PaymentAllocator::settle(qint64 owedMinor, const QList<Tender> &tenders,
                                            bool allowDue)
{
    if (tenders.size() > kMaxTenders)
        return Error::invalid(QStringLiteral("payment.tooMany"),
                              tr("A sale takes at most %1 payments.").arg(kMaxTenders));
    Settlement settlement;
    qint64 owed = owedMinor;
    // Non-cash first, in the order given; then cash, which alone gives change.
    QList<Tender> ordered;
    for (const Tender &t : tenders) {
        if (t.method != PaymentMethod::Cash)
            ordered << t;
    }
    for (const Tender &t : tenders) {
        if (t.method == PaymentMethod::Cash)
            ordered << t;
    }
    for (const Tender &t : std::as_const(ordered)) {
        const QString method = paymentMethodDisplayName(t.method);
        if (t.method == PaymentMethod::Account)
            return Error::invalid(QStringLiteral("payment.accountNotATender"),
                                  tr("Leave the rest on the client's account instead of paying "
                                     "\"on account\"."));
        if (t.amountMinor <= 0)
            return Error::invalid(QStringLiteral("payment.amountNotPositive"),
                                  tr("Each payment must be more than zero (%1).").arg(method));
        if (t.reference.size() > kMaxReferenceLength)
            return Error::invalid(
                QStringLiteral("payment.referenceTooLong"),
                tr("A payment reference has at most %1 characters.").arg(kMaxReferenceLength));
        if (owed == 0)
            return Error::invalid(QStringLiteral("payment.nothingOwed"),
                                  tr("Nothing is left to pay with %1.").arg(method));
        AppliedTender applied { t, 0, 0 };
        if (t.method == PaymentMethod::Cash) {
            applied.appliedMinor = std::min(t.amountMinor, owed);
            applied.changeMinor = t.amountMinor - applied.appliedMinor;
        } else {
            if (t.amountMinor > owed)
                return Error::invalid(
                    QStringLiteral("payment.overpaid"),
                    tr("%1 pays more than is owed; only cash can give change.").arg(method));
            applied.appliedMinor = t.amountMinor;
        }
        owed -= applied.appliedMinor;
        settlement.paidMinor += applied.appliedMinor;
        settlement.changeMinor += applied.changeMinor;
        settlement.tenders << applied;
    }
    if (owed > 0) {
        if (!allowDue)
            return Error::invalid(QStringLiteral("payment.notEnough"),
                                  tr("The payments do not cover the total."));
        settlement.dueMinor = owed;
    }
    return settlement;
}

} // namespace Balcao
