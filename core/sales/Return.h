// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sale.h"

namespace Balcao {

// What happens to returned goods: back on the shelf, or written off.
enum class ReturnDisposition { Restock, Damaged };
QString returnDispositionName(ReturnDisposition disposition); // "restock", "damaged"

// Where a refund goes: back the way the sale was paid, or onto the client's
// store credit. Exchange is set by ExchangeService only.
enum class RefundMethod { Original, StoreCredit, Exchange };
QString refundMethodName(RefundMethod method); // "original", "store_credit", "exchange"
std::optional<RefundMethod> refundMethodFrom(const QString &name);

struct ReturnLineRequest
{
    Id saleLineId; // with a receipt
    Id productId; // without one
    qint64 quantity = 0;
    ReturnDisposition disposition = ReturnDisposition::Restock;
    QString reason;
};

struct ReturnRequest
{
    Id saleId; // null: a return without receipt (needs a manager)
    Id locationId;
    QList<ReturnLineRequest> lines;
    RefundMethod refundMethod = RefundMethod::Original;
    Id clientId; // for store credit when there is no sale to take it from
    QString reason;
    Id userId;
    Id approvedBy;
    Id drawerId; // cash refunds need its shift open
    // Set by an exchange.
    Id returnId;
    Id exchangeSaleId;
    std::optional<Money> exchangeCredit; // the part of the refund that pays the new sale
};

struct ReturnLine
{
    Id id;
    Id saleLineId;
    Id productId;
    QString description;
    qint64 quantity = 0;
    Money refund; // in the return's currency
    Money tax;
    ReturnDisposition disposition = ReturnDisposition::Restock;
    QString reason;
};

struct SaleReturn
{
    Id id;
    QString number;
    qint64 sequence = 0;
    Id saleId;
    Id locationId;
    Id deviceId;
    Id shiftId;
    Id clientId;
    Id userId;
    Id approvedBy;
    qint64 atMsecs = 0;
    Money refund;
    Money tax;
    RefundMethod refundMethod = RefundMethod::Original;
    QString reason;
    Id exchangeSaleId;
    QList<ReturnLine> lines;
    QList<Payment> payments; // refunds, negative

    const Currency &currency() const { return refund.currency(); }
};

// A sale line as the return dialog sees it.
struct ReturnableLine
{
    SaleLine line;
    qint64 returned = 0;
    qint64 returnable = 0;
};

} // namespace Balcao
