// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PriceCalculator.h"
#include "Sale.h"
#include "Tender.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace Balcao {

class LocalStore;

struct CheckoutRequest
{
    Cart cart;
    Id locationId;
    QList<Tender> tenders;
    bool leaveRestDue = false; // what the tenders do not cover goes on the client's account
    Id userId; // the cashier
    Id approvedBy; // a manager, when discounts pass the limit
    // The terminal's drawer: cash needs its shift open, and a sale made
    // while it is open belongs to that shift's reports.
    Id drawerId;
    // Set by an exchange: the sale's id chosen in advance and the return
    // whose refund pays part of it.
    Id saleId;
    Id exchangeReturnId;
};

// What the front desk should know before taking payment.
struct CheckoutReview
{
    struct Shortage
    {
        int line = 0;
        QString description;
        qint64 onHand = 0;
        qint64 wanted = 0;
    };
    CartTotals totals;
    qint64 largestDiscountBp = 0;
    qint64 discountLimitBp = 0;
    bool needsApproval = false;
    QList<Shortage> shortages; // selling them takes stock below zero
    // The cart's client's balances; none without a client.
    std::optional<Money> clientStoreCredit;
    std::optional<Money> clientDue;
};

// Commits a sale: the sale, its lines, payments, stock movements, gift card
// and client account entries and their change-log entries in one
// transaction, so a crash leaves either all of it or none of it.
class CheckoutService
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::CheckoutService)
public:
    explicit CheckoutService(LocalStore &store);

    // An empty cart reviews as zero totals (with the client's balances).
    Result<CheckoutReview> review(const Cart &cart, const Id &locationId) const;
    Result<Sale> checkout(const CheckoutRequest &request);

private:
    struct Prepared;
    Result<Prepared> prepare(const CheckoutRequest &request) const;
    Result<void> write(const CheckoutRequest &request, Prepared &prepared, Sale &sale);
    LocalStore &m_store;
};

} // namespace Balcao
