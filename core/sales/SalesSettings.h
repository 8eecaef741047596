// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cart.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace Balcao {

class LocalStore;

// The business's checkout rules, kept as synced settings: how taxes round,
// how much discount the front desk may give without a manager, what the
// receipt says and where PIX payments go.
class SalesSettings
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::SalesSettings)
public:
    static inline const QString kTaxRounding = QStringLiteral("sales.taxRounding");
    static inline const QString kDiscountLimitBp = QStringLiteral("sales.discountLimitBp");
    static inline const QString kReceiptFooter = QStringLiteral("sales.receiptFooter");
    static inline const QString kTaxId = QStringLiteral("business.taxId");
    static inline const QString kPixKey = QStringLiteral("pix.key");
    static inline const QString kPixMerchantName = QStringLiteral("pix.merchantName");
    static inline const QString kPixCity = QStringLiteral("pix.city");
    static inline const QString kNoReceiptLookbackDays
        = QStringLiteral("sales.noReceiptLookbackDays");

    static constexpr qint64 kDefaultDiscountLimitBp = 1000; // 10 %
    static constexpr int kDefaultNoReceiptLookbackDays = 90;

    explicit SalesSettings(LocalStore &store);

    TaxRounding taxRounding() const;
    Result<void> setTaxRounding(TaxRounding rounding);
    // Discounts above this share of a line (line and order discount
    // together) need a manager's approval.
    qint64 discountLimitBp() const;
    Result<void> setDiscountLimitBp(qint64 basisPoints);
    QString receiptFooter() const;
    Result<void> setReceiptFooter(const QString &text);
    QString taxId() const;
    Result<void> setTaxId(const QString &text);
    // How far back a return without receipt looks for the lowest price.
    int noReceiptLookbackDays() const;

    struct Pix
    {
        QString key;
        QString merchantName;
        QString city;
        bool isSet() const { return !key.isEmpty(); }
    };
    Pix pix() const;
    // Checked as a BR Code would need them (see PixCode).
    Result<void> setPix(const Pix &pix);

private:
    LocalStore &m_store;
};

} // namespace Balcao
