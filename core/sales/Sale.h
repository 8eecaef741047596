// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cart.h"
#include "Tender.h"
#include "common/Error.h"
#include "common/Id.h"
#include "common/Money.h"

#include <QList>
#include <QString>

#include <optional>

namespace Balcao {

// A line as sold: a ledger fact, with the amounts and the tax rate of the
// moment it was sold.
struct SaleLine
{
    Id id;
    Id saleId;
    int position = 0;
    SaleLineKind kind = SaleLineKind::Product;
    Id productId;
    Id serviceId;
    Id appointmentItemId;
    Id giftCardId;
    Id staffId;
    QString description;
    QString sku;
    qint64 quantity = 0;
    // In the sale's currency (a line's row has none of its own).
    Money unitPrice;
    Money lineDiscount;
    Money orderDiscount;
    Money net;
    TaxRate tax;
    Money taxAmount;
    Money total;
    std::optional<Money> unitCost;
};

// Money that moved for a sale, a return or a client's account. Refunds are
// negative.
struct Payment
{
    Id id;
    Id saleId;
    Id returnId;
    Id clientId;
    Id shiftId;
    Id locationId;
    Id deviceId;
    Id userId;
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    std::optional<Money> tendered; // cash handed over
    std::optional<Money> change; // cash given back
    QString reference;
    Id giftCardId;
    qint64 atMsecs = 0;

    // The payment a settled tender makes at `atMsecs`: its method, what of
    // it was applied, the reference as typed but trimmed and, for cash,
    // what was handed over and given back. Whose and where it is, the caller says.
    static Payment fromTender(const AppliedTender &tender, qint64 atMsecs);
};

// A committed sale. Every field is a fact written once; what was paid is
// the sum of its payments and what is still due lives on the client's
// account.
struct Sale
{
    Id id;
    QString number; // location-device-sequence, unique across terminals
    qint64 sequence = 0;
    Id locationId;
    Id deviceId;
    Id shiftId;
    Id clientId;
    Id userId;
    Id approvedBy;
    Id appointmentId;
    qint64 atMsecs = 0;
    Money gross;
    Money discount;
    Money tax;
    Money tip;
    Id tipStaffId;
    Money total;
    Discount orderDiscount;
    TaxRounding taxRounding = TaxRounding::PerLine;
    Id exchangeReturnId;
    QString notes;
    QList<SaleLine> lines;
    QList<Payment> payments;
    Money due; // left on the client's account at the sale

    const Currency &currency() const { return total.currency(); }
    // The sums of its payments; an error for a payment in another currency.
    Result<Money> paid() const;
    Result<Money> change() const;
};

} // namespace Balcao
