// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Balcao {

// How money moved. Account is not handed over at the counter: it is what a
// client leaves due (or pays off later) on their account.
// Exchange carries a return's refund into the new sale of an exchange: −X on
// the return, +X on the sale, so it nets to zero in every report.
enum class PaymentMethod { Cash, Card, Pix, StoreCredit, GiftCard, Account, Exchange };
QString paymentMethodName(PaymentMethod method); // "cash", "card", "pix", ...
std::optional<PaymentMethod> paymentMethodFrom(const QString &name);
QString paymentMethodDisplayName(PaymentMethod method); // translated

// What the client hands over for one method. For cash, `amount` is the
// note(s) given; the change comes out of settling.
struct Tender
{
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    QString reference; // card terminal's authorisation, PIX end-to-end id
    QString giftCardCode;
};

// A tender as it pays the sale: how much of it went to the sale and, for
// cash, what was handed over and given back.
struct AppliedTender
{
    Tender tender;
    Money applied;
    Money change;
};

// In the currency of what was owed.
struct Settlement
{
    QList<AppliedTender> tenders;
    Money paid; // applied, all tenders
    Money change;
    Money due; // left on the client's account
};

// Splits what is owed over the tenders (see docs/sales.md): card, PIX,
// store credit and gift cards first, each at most what is still owed (no
// change from a card); cash last, where only the part that pays is applied
// and the rest is change. What remains is refused, or left due on the
// client's account when the sale allows it.
class PaymentAllocator
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::PaymentAllocator)
public:
    static constexpr int kMaxTenders = 10;
    static constexpr int kMaxReferenceLength = 100;

    // A tender in another currency than `owed` is refused.
    static Result<Settlement> settle(const Money &owed, const QList<Tender> &tenders,
                                     bool allowDue);
};

} // namespace Balcao
