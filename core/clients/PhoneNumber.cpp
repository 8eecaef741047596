// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumber.h"

#include <QLocale>

#include <array>

namespace Balcao {

namespace {

constexpr int kBrazilCode = 55;
constexpr int kNanpCode = 1;
// E.164 allows at most 15 digits, country code included.
constexpr int kMaxE164Digits = 15;
constexpr int kMinE164Digits = 7;

struct Region
{
    const char *code;
    int callingCode;
    const char *trunk; // what is dialled before a national number ("0"), if anything
    int minNational; // 0: length not known here, only the E.164 limits apply
    int maxNational;
};

// The countries a business using Balcão is likely to be in or to have clients
// from. Lengths are of the national significant number; they are given only
// where every number of the country has them.
constexpr std::array kRegions {
    Region { "BR", 55, "0", 10, 11 }, Region { "PT", 351, "", 9, 9 },
    Region { "US", 1, "1", 10, 10 },  Region { "CA", 1, "1", 10, 10 },
    Region { "PR", 1, "1", 10, 10 },  Region { "DO", 1, "1", 10, 10 },
    Region { "AR", 54, "0", 10, 11 }, Region { "MX", 52, "", 10, 11 },
    Region { "CL", 56, "", 9, 9 },    Region { "CO", 57, "", 10, 10 },
    Region { "PE", 51, "0", 8, 9 },   Region { "UY", 598, "0", 8, 8 },
    Region { "PY", 595, "0", 9, 9 },  Region { "BO", 591, "0", 8, 8 },
    Region { "VE", 58, "0", 10, 10 }, Region { "EC", 593, "0", 8, 9 },
    Region { "ES", 34, "", 9, 9 },    Region { "FR", 33, "0", 9, 9 },
    Region { "IT", 39, "", 6, 11 },   Region { "DE", 49, "0", 0, 0 },
    Region { "GB", 44, "0", 7, 10 },  Region { "IE", 353, "0", 7, 9 },
    Region { "NL", 31, "0", 9, 9 },   Region { "BE", 32, "0", 8, 9 },
    Region { "CH", 41, "0", 9, 9 },   Region { "AT", 43, "0", 0, 0 },
    Region { "LU", 352, "", 0, 0 },   Region { "PL", 48, "", 9, 9 },
    Region { "SE", 46, "0", 0, 0 },   Region { "NO", 47, "", 8, 8 },
    Region { "DK", 45, "", 8, 8 },    Region { "FI", 358, "0", 0, 0 },
    Region { "GR", 30, "", 10, 10 },  Region { "RU", 7, "8", 10, 10 },
    Region { "TR", 90, "0", 10, 10 }, Region { "IL", 972, "0", 8, 9 },
    Region { "AO", 244, "", 9, 9 },   Region { "MZ", 258, "", 8, 9 },
    Region { "CV", 238, "", 7, 7 },   Region { "ST", 239, "", 7, 7 },
    Region { "GW", 245, "", 0, 0 },   Region { "TL", 670, "", 7, 8 },
    Region { "JP", 81, "0", 9, 10 },  Region { "CN", 86, "0", 0, 0 },
    Region { "IN", 91, "0", 10, 10 }, Region { "AU", 61, "0", 9, 9 },
    Region { "NZ", 64, "0", 0, 0 },   Region { "ZA", 27, "0", 9, 9 },
};

const Region *regionByCode(const QString &code)
{
    for (const Region &r : kRegions) {
        if (code.compare(QLatin1String(r.code), Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

const Region *regionByCallingCode(int callingCode)
{
    for (const Region &r : kRegions) {
        if (r.callingCode == callingCode)
            return &r;
    }
    return nullptr;
}

// Country calling codes form a prefix code (ITU-T E.164 assignments): +1 and
// +7 are one digit, these are two, and the other two-digit beginnings below
// start three-digit codes.
int callingCodeLength(QStringView digits)
{
    if (digits.isEmpty())
        return 0;
    if (digits.front() == u'1' || digits.front() == u'7')
        return 1;
    if (digits.size() < 2)
        return 0;
    static const QList<int> twoDigit { 20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46,
                                       47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63,
                                       64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98 };
    static const QList<int> threeDigitStarts { 21, 22, 23, 24, 25, 26, 29, 35, 37, 38, 42, 50,
                                               59, 67, 68, 69, 80, 85, 87, 88, 96, 97, 99 };
    const int start = digits.first(2).toInt();
    if (twoDigit.contains(start))
        return 2;
    if (threeDigitStarts.contains(start) && digits.size() >= 3)
        return 3;
    return 0;
}

bool isBrazilianAreaCode(QStringView ddd)
{
    static const QList<int> codes { 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28,
                                    31, 32, 33, 34, 35, 37, 38, 41, 42, 43, 44, 45, 46, 47,
                                    48, 49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68,
                                    69, 71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87,
                                    88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99 };
    return codes.contains(ddd.toInt());
}

Error invalid(const char *code, const QString &message)
{
    return Error::invalid(QLatin1String("phone.") + QLatin1String(code), message);
}

// Area code + subscriber, no prefixes. An 8-digit subscriber starting 6 to 9
// is a mobile written before the ninth digit (2012-2016): it gains its 9.
Result<QString> brazilianNational(const QString &text, QString national)
{
    if (national.size() == 8 || national.size() == 9)
        return invalid("missingAreaCode",
                       PhoneNumber::tr("\"%1\" has no area code (DDD): write it as in (11) "
                                       "98765-4321.")
                           .arg(text));
    if (national.size() != 10 && national.size() != 11)
        return invalid("length",
                       PhoneNumber::tr("\"%1\" is not a Brazilian phone number: it should have "
                                       "an area code (DDD) and 8 or 9 digits.")
                           .arg(text));
    const QString ddd = national.left(2);
    if (!isBrazilianAreaCode(ddd))
        return invalid(
            "areaCode",
            PhoneNumber::tr("\"%1\": %2 is not a Brazilian area code (DDD).").arg(text, ddd));
    const QString subscriber = national.mid(2);
    const QChar first = subscriber.front();
    if (subscriber.size() == 9 && first == u'9')
        return national;
    if (subscriber.size() == 8 && first >= u'2' && first <= u'5')
        return national;
    if (subscriber.size() == 8 && first >= u'6' && first <= u'9')
        return QString(ddd + QLatin1Char('9') + subscriber);
    return invalid("subscriber",
                   PhoneNumber::tr("\"%1\" is not a Brazilian phone number: after the area code "
                                   "a mobile has 9 digits starting with 9, a landline 8 digits "
                                   "starting with 2 to 5.")
                       .arg(text));
}

Result<QString> nanpNational(const QString &text, QString national)
{
    if (national.size() == 11 && national.front() == u'1')
        national.remove(0, 1);
    if (national.size() != 10 || national.at(0) < u'2' || national.at(3) < u'2')
        return invalid("length",
                       PhoneNumber::tr("\"%1\" is not a North American phone number: it needs "
                                       "10 digits, and neither the area code nor the exchange "
                                       "starts with 0 or 1.")
                           .arg(text));
    return national;
}

Result<QString> genericNational(const QString &text, int callingCode, const QString &national)
{
    const Region *region = regionByCallingCode(callingCode);
    const int total = static_cast<int>(QString::number(callingCode).size() + national.size());
    const bool lengthKnown = region && region->minNational > 0;
    const bool fits = lengthKnown
        ? national.size() >= region->minNational && national.size() <= region->maxNational
        : total >= kMinE164Digits;
    if (!fits || total > kMaxE164Digits)
        return invalid("length",
                       PhoneNumber::tr("\"%1\" is not a phone number of +%2: it has the wrong "
                                       "number of digits.")
                           .arg(text)
                           .arg(callingCode));
    return national;
}

// The national significant number of a number of `callingCode`, given the
// digits after the country code (or after a trunk prefix already removed).
Result<QString> nationalFor(const QString &text, int callingCode, const QString &national)
{
    if (callingCode == kBrazilCode)
        return brazilianNational(text, national);
    if (callingCode == kNanpCode)
        return nanpNational(text, national);
    return genericNational(text, callingCode, national);
}

struct International
{
    int callingCode = 0;
    QString national;
};

Result<International> splitInternational(const QString &text, const QString &digits)
{
    const int length = callingCodeLength(digits);
    if (length == 0)
        return invalid("countryCode",
                       PhoneNumber::tr("\"%1\": +%2 is not a country calling code.")
                           .arg(text, digits.left(3)));
    International out { digits.left(length).toInt(), digits.mid(length) };
    // "+44 (0) 20 ..." is a common way of writing a number: the trunk 0 in
    // brackets is not dialled from abroad. Where 0 is not a trunk prefix (Italy)
    // it is part of the number and stays.
    const Region *region = regionByCallingCode(out.callingCode);
    if (region && qstrcmp(region->trunk, "0") == 0 && out.national.startsWith(u'0'))
        out.national.remove(0, 1);
    return out;
}

} // namespace

int PhoneNumber::callingCode(const QString &region)
{
    const Region *r = regionByCode(region);
    return r ? r->callingCode : 0;
}

QString PhoneNumber::regionOfLocale(const QString &localeName)
{
    if (localeName.isEmpty())
        return {};
    const QLocale locale(localeName);
    // QLocale falls back to "C" for names it does not know.
    if (locale.language() == QLocale::C)
        return {};
    const QString name = locale.name(); // "pt_BR"
    const QString region = name.section(QLatin1Char('_'), 1, 1);
    return callingCode(region) != 0 ? region : QString();
}

Result<PhoneNumber> PhoneNumber::parse(const QString &text, const QString &defaultRegion)
{
    const QString trimmed = text.trimmed();
    QString digits;
    digits.reserve(trimmed.size());
    bool plus = false;
    bool carrierPlaceholder = false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c >= u'0' && c <= u'9') {
            digits += c;
        } else if (c == u'+') {
            if (!digits.isEmpty() || plus)
                return invalid("plus",
                               tr("\"%1\" is not a phone number: a + can only come first, "
                                  "before the country code.")
                                   .arg(text));
            plus = true;
        } else if ((c == u'x' || c == u'X') && !plus && digits == QStringLiteral("0")
                   && !carrierPlaceholder && i + 1 < trimmed.size()
                   && (trimmed.at(i + 1) == u'x' || trimmed.at(i + 1) == u'X')) {
            // "0xx11 ...": the carrier digits of a Brazilian long-distance
            // call, written as a placeholder.
            carrierPlaceholder = true;
            ++i;
        } else if (!(c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'.' || c == u'/'
                     || c == QChar::Nbsp)) {
            return invalid("characters",
                           tr("\"%1\" is not a phone number: only digits, spaces and + - ( ) . / "
                              "are allowed.")
                               .arg(text));
        }
    }
    if (digits.isEmpty())
        return invalid("empty", tr("\"%1\" is not a phone number: it has no digits.").arg(text));
    if (digits.size() > kMaxE164Digits + 4)
        return invalid("length",
                       tr("\"%1\" is not a phone number: it has too many digits.").arg(text));

    const Region *home = regionByCode(defaultRegion);
    const bool homeIsBrazil = home && home->callingCode == kBrazilCode;
    // Dialled from the home country with its international prefix: "00 351 ...",
    // or in Brazil "00 + carrier + country" ("0021 351 ...").
    if (!plus && !carrierPlaceholder && digits.startsWith(QStringLiteral("00"))) {
        digits.remove(0, homeIsBrazil ? 4 : 2);
        plus = true;
    }
    if (plus) {
        auto split = splitInternational(text, digits);
        if (!split)
            return split.error();
        auto national = nationalFor(text, split->callingCode, split->national);
        if (!national)
            return national.error();
        return PhoneNumber(split->callingCode, *national);
    }

    if (!home)
        return invalid("noCountry",
                       tr("\"%1\": write the number with its country code, e.g. +55 11 98765-4321.")
                           .arg(text));
    QString national = digits;
    if (homeIsBrazil) {
        if (national.startsWith(u'0')) {
            // "0 11 ..." (trunk), "0xx11 ..." or "015 11 ..." (trunk + carrier):
            // 10 or 11 digits remain for area code and subscriber, 12 or 13
            // when a carrier was dialled.
            national.remove(0, 1);
            if (national.size() == 12 || national.size() == 13)
                national.remove(0, 2);
        } else if ((national.size() == 12 || national.size() == 13)
                   && national.startsWith(QStringLiteral("55"))) {
            // The country code without its +: national numbers have 10 or 11
            // digits, so the length tells it apart from the area code 55.
            national.remove(0, 2);
        }
    } else if (qstrlen(home->trunk) > 0 && national.startsWith(QLatin1String(home->trunk))
               && !(home->callingCode == kNanpCode && national.size() == 10)) {
        national.remove(0, qstrlen(home->trunk));
    }
    auto checked = nationalFor(text, home->callingCode, national);
    if (!checked)
        return checked.error();
    return PhoneNumber(home->callingCode, *checked);
}

QString PhoneNumber::e164() const
{
    return QLatin1Char('+') + QString::number(m_countryCode) + m_national;
}

QString PhoneNumber::toNational() const
{
    if (m_countryCode == kBrazilCode) {
        const QString subscriber = m_national.mid(2);
        const qsizetype split = subscriber.size() - 4;
        return QStringLiteral("(%1) %2-%3")
            .arg(m_national.left(2), subscriber.left(split), subscriber.mid(split));
    }
    if (m_countryCode == kNanpCode && m_national.size() == 10)
        return QStringLiteral("(%1) %2-%3")
            .arg(m_national.left(3), m_national.mid(3, 3), m_national.mid(6));
    const Region *region = regionByCallingCode(m_countryCode);
    return QLatin1String(region ? region->trunk : "") + m_national;
}

QString PhoneNumber::toInternational() const
{
    if (m_countryCode == kBrazilCode) {
        const QString subscriber = m_national.mid(2);
        const qsizetype split = subscriber.size() - 4;
        return QStringLiteral("+55 %1 %2-%3")
            .arg(m_national.left(2), subscriber.left(split), subscriber.mid(split));
    }
    if (m_countryCode == kNanpCode && m_national.size() == 10)
        return QStringLiteral("+1 %1-%2-%3")
            .arg(m_national.left(3), m_national.mid(3, 3), m_national.mid(6));
    return QLatin1Char('+') + QString::number(m_countryCode) + QLatin1Char(' ') + m_national;
}

QString PhoneNumber::toDisplay(const QString &homeRegion) const
{
    return callingCode(homeRegion) == m_countryCode ? toNational() : toInternational();
}

QString PhoneNumber::display(const QString &stored, const QString &homeRegion)
{
    if (stored.isEmpty())
        return stored;
    auto parsed = parse(stored, homeRegion);
    return parsed ? parsed->toDisplay(homeRegion) : stored;
}

} // namespace Balcao
