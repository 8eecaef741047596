// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesSettings.h"

#include "settings/BusinessSettings.h"
#include "storage/LocalStore.h"

namespace Balcao {

SalesSettings::SalesSettings(LocalStore &store)
    : m_store(store)
{ }

Result<TaxRounding> SalesSettings::taxRounding() const
{
    auto stored = BusinessSettings(m_store).value(kTaxRounding);
    if (!stored)
        return stored.error();
    return taxRoundingFrom(*stored).value_or(TaxRounding::PerLine);
}

Result<void> SalesSettings::setTaxRounding(TaxRounding rounding)
{
    return BusinessSettings(m_store).setValue(kTaxRounding, taxRoundingName(rounding));
}

Result<qint64> SalesSettings::discountLimitBp() const
{
    auto stored = BusinessSettings(m_store).value(kDiscountLimitBp);
    if (!stored)
        return stored.error();
    bool ok = false;
    const qint64 value = stored->toLongLong(&ok);
    return ok && value >= 0 && value <= 10000 ? value : kDefaultDiscountLimitBp;
}

Result<void> SalesSettings::setDiscountLimitBp(qint64 basisPoints)
{
    if (basisPoints < 0 || basisPoints > 10000)
        return Error::invalid(QStringLiteral("settings.discountLimitInvalid"),
                              tr("The discount limit must be between 0 % and 100 %."));
    return BusinessSettings(m_store).setValue(kDiscountLimitBp, QString::number(basisPoints));
}

Result<QString> SalesSettings::receiptFooter() const
{
    return BusinessSettings(m_store).value(kReceiptFooter);
}

Result<void> SalesSettings::setReceiptFooter(const QString &text)
{
    if (text.size() > 500)
        return Error::invalid(QStringLiteral("settings.footerTooLong"),
                              tr("The receipt footer has at most 500 characters."));
    return BusinessSettings(m_store).setValue(kReceiptFooter, text.trimmed());
}

Result<QString> SalesSettings::taxId() const
{
    return BusinessSettings(m_store).value(kTaxId);
}

Result<void> SalesSettings::setTaxId(const QString &text)
{
    if (text.simplified().size() > 40)
        return Error::invalid(QStringLiteral("settings.taxIdTooLong"),
                              tr("The tax id has at most 40 characters."));
    return BusinessSettings(m_store).setValue(kTaxId, text.simplified());
}

Result<int> SalesSettings::noReceiptLookbackDays() const
{
    auto stored = BusinessSettings(m_store).value(kNoReceiptLookbackDays);
    if (!stored)
        return stored.error();
    bool ok = false;
    const int days = stored->toInt(&ok);
    return ok && days > 0 && days <= kMaxNoReceiptLookbackDays ? days
                                                               : kDefaultNoReceiptLookbackDays;
}

Result<void> SalesSettings::setNoReceiptLookbackDays(int days)
{
    if (days < 1 || days > kMaxNoReceiptLookbackDays)
        return Error::invalid(QStringLiteral("settings.lookbackInvalid"),
                              tr("A return without receipt looks back between 1 and %1 days.")
                                  .arg(kMaxNoReceiptLookbackDays));
    return BusinessSettings(m_store).setValue(kNoReceiptLookbackDays, QString::number(days));
}

Result<SalesSettings::Pix> SalesSettings::pix() const
{
    const BusinessSettings settings(m_store);
    auto key = settings.value(kPixKey);
    if (!key)
        return key.error();
    auto name = settings.value(kPixMerchantName);
    if (!name)
        return name.error();
    auto city = settings.value(kPixCity);
    if (!city)
        return city.error();
    return Pix { *key, *name, *city };
}

Result<void> SalesSettings::setPix(PixKey::Type keyType, const QString &key,
                                   const QString &merchantName, const QString &city)
{
    auto parsed = PixKey::parse(keyType, key);
    if (!parsed)
        return parsed.error();
    if (merchantName.simplified().isEmpty() || city.simplified().isEmpty())
        return Error::invalid(QStringLiteral("settings.pixIncomplete"),
                              tr("PIX needs the key, the name of the receiver and the city."));
    const PixCharge trial { .key = *parsed,
                            .merchantName = merchantName.simplified(),
                            .merchantCity = city.simplified(),
                            .amount = {},
                            .txid = {},
                            .description = {},
                            .use = PixUse::Unstated };
    if (auto code = PixCode::build(trial); !code)
        return code.error();
    return m_store.transact([&]() -> Result<void> {
        BusinessSettings settings(m_store);
        if (auto r = settings.setValue(kPixKey, parsed->value()); !r)
            return r;
        if (auto r = settings.setValue(kPixMerchantName, trial.merchantName); !r)
            return r;
        return settings.setValue(kPixCity, trial.merchantCity);
    });
}

Result<void> SalesSettings::clearPix()
{
    return m_store.transact([&]() -> Result<void> {
        BusinessSettings settings(m_store);
        for (const QString &key : { kPixKey, kPixMerchantName, kPixCity }) {
            if (auto r = settings.remove(key); !r)
                return r;
        }
        return {};
    });
}

Result<void> SalesSettings::apply(const Changes &changes)
{
    return m_store.transact([&]() -> Result<void> {
        if (changes.taxRounding) {
            if (auto r = setTaxRounding(*changes.taxRounding); !r)
                return r;
        }
        if (changes.discountLimitBp) {
            if (auto r = setDiscountLimitBp(*changes.discountLimitBp); !r)
                return r;
        }
        if (changes.receiptFooter) {
            if (auto r = setReceiptFooter(*changes.receiptFooter); !r)
                return r;
        }
        if (changes.taxId) {
            if (auto r = setTaxId(*changes.taxId); !r)
                return r;
        }
        if (changes.noReceiptLookbackDays) {
            if (auto r = setNoReceiptLookbackDays(*changes.noReceiptLookbackDays); !r)
                return r;
        }
        if (changes.pix) {
            const Changes::PixChange &pix = *changes.pix;
            if (auto r = pix.key.trimmed().isEmpty()
                    ? clearPix()
                    : setPix(pix.keyType, pix.key, pix.merchantName, pix.city);
                !r)
                return r;
        }
        return {};
    });
}

Result<PixCode> SalesSettings::pixCodeFor(const Money &amount, const QString &reference) const
{
    const auto stored = pix();
    if (!stored)
        return stored.error();
    const Pix &settings = *stored;
    if (!settings.isSet())
        return Error::invalid(QStringLiteral("settings.pixNotSet"),
                              tr("Set up PIX first: the key, the receiver's name and the city."));
    auto key = PixKey::fromCanonical(settings.key);
    if (!key)
        return key.error();
    PixCharge charge { .key = *key,
                       .merchantName = settings.merchantName,
                       .merchantCity = settings.city,
                       .amount = amount,
                       .txid = {},
                       .description = {},
                       .use = PixUse::SingleUse };
    for (const QChar c : reference) {
        if (charge.txid.size() < PixCode::kMaxTxid
            && ((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')))
            charge.txid += c;
    }
    return PixCode::build(charge);
}

} // namespace Balcao
