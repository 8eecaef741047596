// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace Balcao {

// A phone number in E.164 form ("+5511987654321"), parsed from what people
// type at a front desk. Numbers written without a country code are read as
// numbers of a default region (the business's country); "+CC..." input is
// taken for any country. Brazil gets full rules: area codes (DDD), the ninth
// digit of mobiles (an old 8-digit mobile gains its 9), trunk and carrier
// prefixes ("0 11", "0xx11", "015 11"). NANP (+1) numbers are checked for
// their 10 digits; other countries by length where known, otherwise by the
// E.164 limits only.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::PhoneNumber)
public:
    static inline const QString kBrazil = QStringLiteral("BR");

    // `defaultRegion` is an ISO 3166 code ("BR", "PT", "US").
    static Result<PhoneNumber> parse(const QString &text, const QString &defaultRegion = kBrazil);

    // The country calling code of a region, 0 when this table does not know it.
    static int callingCode(const QString &region);
    // "pt_BR" -> "BR"; empty when the locale names no known country.
    static QString regionOfLocale(const QString &localeName);

    QString e164() const;
    int countryCode() const { return m_countryCode; }
    // The national significant number: no country code, no trunk prefix.
    const QString &nationalNumber() const { return m_national; }

    // "(11) 98765-4321" (with the trunk prefix where a country dials one).
    QString toNational() const;
    // "+55 11 98765-4321".
    QString toInternational() const;
    // National when the number belongs to `homeRegion`'s country, else international.
    QString toDisplay(const QString &homeRegion = kBrazil) const;
    // For a stored value: its display form, or the text as it is when it is
    // not a number this parser understands (old rows).
    static QString display(const QString &stored, const QString &homeRegion = kBrazil);

    bool operator==(const PhoneNumber &other) const = default;

private:
    PhoneNumber(int countryCode, QString national)
        : m_countryCode(countryCode)
        , m_national(std::move(national))
    { }
    int m_countryCode = 0;
    QString m_national;
};

} // namespace Balcao
