// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Return.h"
#include "common/Money.h"

#include <QCoreApplication>

namespace Balcao {

// One part of a refund: which way the money goes back.
struct RefundPart
{
    PaymentMethod method = PaymentMethod::Cash;
    Money amount; // positive
    QString reference; // the card's authorisation, for a refund to the card
    Id giftCardId;
    bool reducesDue = false; // the client owed it: their due goes down, no money moves
};

// What a refund is split over, read by ReturnService before planning.
struct RefundFacts
{
    Money refund; // what the returned lines are worth
    Money exchangeCredit; // the part that pays an exchange's new items
    RefundMethod method = RefundMethod::Original;
    bool hasClient = false; // store credit needs one
    // With a receipt: what the client still owes for the sale, the sale's
    // payments in the order they were made, and the refunds already made to
    // each of them (method and gift card; amounts positive).
    bool withReceipt = false;
    Money owedOnSale;
    QList<Payment> salePayments;
    QList<RefundPart> refundedBefore;
};

// Splits a refund over where the money goes back (docs/sales.md, Returns
// and Exchanges): an exchange's new items first, then what the client still
// owes for the sale, then all to store credit or back the way the sale was
// paid, the last payment first and each at most what it paid less what was
// refunded to it before; what is left (no receipt, or more than the
// payments show) in cash. Reads nothing: ReturnService gathers the facts.
class RefundPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::RefundPlanner)
public:
    static Result<QList<RefundPart>> plan(const RefundFacts &facts);

    // The part of a refund that pays an exchange's new items: all of it,
    // or what the new items cost when they cost less.
    static Result<Money> exchangeCredit(const Money &refund, const Money &newItems);

    // The part of a return that no money moved for: it took the client's
    // amount due down (refund minus the refunds paid out).
    static Result<Money> dueReduced(const SaleReturn &done);
};

} // namespace Balcao
