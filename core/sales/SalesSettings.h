// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cart.h"
#include "PixCode.h"
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
    static constexpr int kMaxNoReceiptLookbackDays = 3650; // ten years

    explicit SalesSettings(LocalStore &store);

    // Each reads the business setting, or its default when never set; a
    // store that cannot be read is an error, never the default.
    Result<TaxRounding> taxRounding() const;
    Result<void> setTaxRounding(TaxRounding rounding);
    // Discounts above this share of a line (line and order discount
    // together) need a manager's approval.
    Result<qint64> discountLimitBp() const;
    Result<void> setDiscountLimitBp(qint64 basisPoints);
    Result<QString> receiptFooter() const;
    Result<void> setReceiptFooter(const QString &text);
    Result<QString> taxId() const;
    Result<void> setTaxId(const QString &text);
    // How far back a return without receipt looks for the lowest price.
    Result<int> noReceiptLookbackDays() const;
    Result<void> setNoReceiptLookbackDays(int days);

    // Where PIX payments go: the key in the directory's own form (see
    // PixKey), the receiver's name and city as the payer's app shows them.
    struct Pix
    {
        QString key;
        QString merchantName;
        QString city;
        bool isSet() const { return !key.isEmpty(); }
    };
    Result<Pix> pix() const;
    // The key is read as `keyType` says (eleven digits can be a CPF or a
    // phone); all three are checked by building a code with them.
    Result<void> setPix(PixKey::Type keyType, const QString &key, const QString &merchantName,
                        const QString &city);
    // No PIX at the counter any more.
    Result<void> clearPix();

    // Several settings changed at once, as a settings dialog saves them:
    // each given field is checked as its own setter checks it, and the
    // first refusal leaves every setting as it was.
    struct Changes
    {
        struct PixChange
        {
            PixKey::Type keyType = PixKey::Type::Cpf;
            QString key; // empty: clear PIX
            QString merchantName;
            QString city;
        };
        std::optional<TaxRounding> taxRounding;
        std::optional<qint64> discountLimitBp;
        std::optional<QString> receiptFooter;
        std::optional<QString> taxId;
        std::optional<int> noReceiptLookbackDays;
        std::optional<PixChange> pix;
    };
    Result<void> apply(const Changes &changes);

    // The static BR Code for an amount, identified by `reference` (a sale
    // number: only its letters and digits are kept, at most 25). Marked
    // single use ("12"): the payer's app refuses to pay it a second time, so
    // a code shown for a sale or printed on its receipt cannot be paid twice.
    Result<PixCode> pixCodeFor(const Money &amount, const QString &reference) const;

private:
    LocalStore &m_store;
};

} // namespace Balcao
