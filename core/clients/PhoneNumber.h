// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace Balcao {

// A phone number in E.164 form ("+5511987654321"), parsed from what people
// type at a front desk, then checked and formatted with libphonenumber, so
// every country works. Numbers written without a country code are read as
// numbers of a default region (the business's country); "+CC..." input is
// taken for any country. A thin Brazilian layer sits on top: trunk and carrier
// prefixes with any carrier ("0 11", "0xx11", "015 11"), the country code
// typed without its +, the ninth digit of mobiles (an old 8-digit mobile gains
// its 9), and errors that name a missing or wrong area code (DDD).
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::PhoneNumber)
public:
    static inline const QString kBrazil = QStringLiteral("BR");

    // `defaultRegion` is an ISO 3166 code ("BR", "PT", "US").
    static Result<PhoneNumber> parse(const QString &text, const QString &defaultRegion = kBrazil);

    // The country calling code of a region, 0 for a region libphonenumber does not know.
    static int callingCode(const QString &region);
    // "pt_BR" -> "BR"; empty when the locale names no known country.
    static QString regionOfLocale(const QString &localeName);

    QString e164() const;
    int countryCode() const { return m_countryCode; }
    // The national significant number: no country code, no trunk prefix.
    const QString &nationalNumber() const { return m_national; }

    // As the country writes it: "(11) 98765-4321", "020 7946 0018" (with the
    // trunk prefix where a country dials one).
    QString toNational() const;
    // "+55 11 98765-4321", "+44 20 7946 0018".
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
