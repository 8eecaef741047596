// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sale.h"
#include "Tender.h"
#include "common/Error.h"
#include "common/Money.h"

#include <QCoreApplication>

namespace Balcao {

class LocalStore;

struct DuePaymentRequest
{
    Id clientId;
    Id locationId;
    QList<Tender> tenders; // cash, card or PIX; may pay part of what is owed
    Id userId;
    Id drawerId; // cash needs its shift open
};

// What paying an amount due with some tenders leaves.
struct DueSettlement
{
    Money paid;
    Money change; // cash handed over beyond what is owed
    Money stillDue;
    QList<AppliedTender> tenders; // what each tender paid
};

// A client paying off what they left due at earlier sales: the payments
// and the account entry that lowers the amount due commit together. Every
// rule of it is here, for the checkout's F10 dialog and `balcaoctl account
// pay` alike: which methods pay it, what a card needs, how the tenders
// settle (part of it may be paid; only cash gives change).
class DuePayment
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::DuePayment)
public:
    struct Outcome
    {
        QList<Payment> payments;
        Money paid;
        Money change;
        Money stillDue;
    };

    explicit DuePayment(LocalStore &store);

    // Cash, card and PIX, in that order: store credit and gift cards pay
    // sales, not the account.
    static QList<PaymentMethod> acceptedMethods();
    // What pay() refuses in a tender before anything is read: a method it
    // does not take, a card payment without the terminal's authorisation.
    static Result<void> checkTender(const Tender &tender);
    // What paying `tenders` against `owed` leaves, by the rule pay() applies.
    static Result<DueSettlement> settle(const Money &owed, const QList<Tender> &tenders);

    // What the client owes now.
    Result<Money> owed(const Id &clientId) const;
    Result<Outcome> pay(const DuePaymentRequest &request);

private:
    LocalStore &m_store;
};

} // namespace Balcao
