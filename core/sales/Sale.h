// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cart.h"
#include "Tender.h"
#include "common/Id.h"

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
    qint64 unitPriceMinor = 0;
    qint64 lineDiscountMinor = 0;
    qint64 orderDiscountMinor = 0;
    qint64 netMinor = 0;
    TaxRate tax;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;
    std::optional<qint64> unitCostMinor;
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
    qint64 amountMinor = 0;
    QString currency;
    std::optional<qint64> tenderedMinor;
    std::optional<qint64> changeMinor;
    QString reference;
    Id giftCardId;
    qint64 atMsecs = 0;
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
    QString currency;
    qint64 grossMinor = 0;
    qint64 discountMinor = 0;
    qint64 taxMinor = 0;
    qint64 tipMinor = 0;
    Id tipStaffId;
    qint64 totalMinor = 0;
    Discount orderDiscount;
    TaxRounding taxRounding = TaxRounding::PerLine;
    Id exchangeReturnId;
    QString notes;
    QList<SaleLine> lines;
    QList<Payment> payments;
    qint64 dueMinor = 0; // left on the client's account at the sale

    qint64 paidMinor() const
    {
        qint64 paid = 0;
        for (const Payment &p : payments)
            paid += p.amountMinor;
        return paid;
    }
    qint64 changeMinor() const
    {
        qint64 change = 0;
        for (const Payment &p : payments)
            change += p.changeMinor.value_or(0);
        return change;
    }
};

} // namespace Balcao
