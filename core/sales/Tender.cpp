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

Result<Settlement> PaymentAllocator::settle(const Money &owedAmount, const QList<Tender> &tenders,
                                            bool allowDue)
{
    if (tenders.size() > kMaxTenders)
        return Error::invalid(QStringLiteral("payment.tooMany"),
                              tr("A sale takes at most %1 payments.").arg(kMaxTenders));
    // Worked out in minor units of what is owed; every tender must be in
    // its currency.
    const Currency &currency = owedAmount.currency();
    auto owedMinor = owedAmount.minorUnitsIn(currency);
    if (!owedMinor)
        return owedMinor.error();
    qint64 owed = *owedMinor;
    qint64 paid = 0;
    qint64 change = 0;
    Settlement settlement;
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
        auto amount = t.amount.minorUnitsIn(currency);
        if (!amount)
            return amount.error();
        if (*amount <= 0)
            return Error::invalid(QStringLiteral("payment.amountNotPositive"),
                                  tr("Each payment must be more than zero (%1).").arg(method));
        if (t.reference.size() > kMaxReferenceLength)
            return Error::invalid(
                QStringLiteral("payment.referenceTooLong"),
                tr("A payment reference has at most %1 characters.").arg(kMaxReferenceLength));
        if (owed == 0)
            return Error::invalid(QStringLiteral("payment.nothingOwed"),
                                  tr("Nothing is left to pay with %1.").arg(method));
        qint64 applied = *amount;
        qint64 given = 0;
        if (t.method == PaymentMethod::Cash) {
            applied = std::min(*amount, owed);
            given = *amount - applied;
        } else if (*amount > owed) {
            return Error::invalid(
                QStringLiteral("payment.overpaid"),
                tr("%1 pays more than is owed; only cash can give change.").arg(method));
        }
        owed -= applied;
        paid += applied;
        change += given;
        settlement.tenders << AppliedTender { t, Money(applied, currency), Money(given, currency) };
    }
    if (owed > 0 && !allowDue)
        return Error::invalid(QStringLiteral("payment.notEnough"),
                              tr("The payments do not cover the total."));
    settlement.paid = Money(paid, currency);
    settlement.change = Money(change, currency);
    settlement.due = Money(std::max<qint64>(owed, 0), currency);
    return settlement;
}

} // namespace Balcao
