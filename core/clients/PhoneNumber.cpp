// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumber.h"

#include <phonenumbers/phonenumberutil.h>

#include <QLocale>

#include <optional>
#include <string>

namespace Balcao {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;
using LibNumber = i18n::phonenumbers::PhoneNumber;

constexpr int kBrazilCode = 55;
// E.164 allows at most 15 digits, country code included; libphonenumber's
// metadata lets some national numbers be longer (Germany: up to 15).
constexpr int kMaxE164Digits = 15;
// libphonenumber's own bound on a national significant number.
constexpr qsizetype kMaxNationalDigits = 17;

// Thread-safe, built once with the metadata of every country.
const PhoneNumberUtil &phoneUtil()
{
    return *PhoneNumberUtil::GetInstance();
}

std::string ascii(const QString &text)
{
    return text.toStdString();
}

Error invalid(const char *code, const QString &message)
{
    return Error::invalid(QLatin1String("phone.") + QLatin1String(code), message);
}

Error wrongLength(const QString &text, int callingCode)
{
    return invalid("length",
                   PhoneNumber::tr("\"%1\" is not a phone number of +%2: it has the wrong "
                                   "number of digits.")
                       .arg(text)
                       .arg(callingCode));
}

// What was typed, reduced to digits and whether a + came first.
struct Typed
{
    QString digits;
    bool plus = false;
    bool carrierPlaceholder = false;
};

// libphonenumber accepts letters (vanity numbers) and extensions; a front
// desk types neither into a client's phone, so anything but digits and the
// usual punctuation is refused before it gets there.
Result<Typed> scan(const QString &text)
{
    const QString trimmed = text.trimmed();
    Typed out;
    out.digits.reserve(trimmed.size());
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c >= u'0' && c <= u'9') {
            out.digits += c;
        } else if (c == u'+') {
            if (!out.digits.isEmpty() || out.plus)
                return invalid("plus",
                               PhoneNumber::tr("\"%1\" is not a phone number: a + can only come "
                                               "first, before the country code.")
                                   .arg(text));
            out.plus = true;
        } else if ((c == u'x' || c == u'X') && !out.plus && out.digits == QStringLiteral("0")
                   && !out.carrierPlaceholder && i + 1 < trimmed.size()
                   && (trimmed.at(i + 1) == u'x' || trimmed.at(i + 1) == u'X')) {
            // "0xx11 ...": the carrier digits of a Brazilian long-distance
            // call, written as a placeholder.
            out.carrierPlaceholder = true;
            ++i;
        } else if (!(c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'.' || c == u'/'
                     || c == QChar::Nbsp)) {
            return invalid("characters",
                           PhoneNumber::tr("\"%1\" is not a phone number: only digits, spaces "
                                           "and + - ( ) . / are allowed.")
                               .arg(text));
        }
    }
    if (out.digits.isEmpty())
        return invalid(
            "empty", PhoneNumber::tr("\"%1\" is not a phone number: it has no digits.").arg(text));
    if (out.digits.size() > kMaxE164Digits + 4)
        return invalid(
            "length",
            PhoneNumber::tr("\"%1\" is not a phone number: it has too many digits.").arg(text));
    return out;
}

// A country calling code and the national significant number after it.
struct Parts
{
    int callingCode = 0;
    QString national;
    bool operator==(const Parts &) const = default;
};

LibNumber toLibNumber(const Parts &parts)
{
    LibNumber number;
    number.set_country_code(parts.callingCode);
    // What libphonenumber's parser records for numbers whose national part
    // keeps its leading zeros (Italy's "06 ...").
    qsizetype zeros = 0;
    while (zeros < parts.national.size() - 1 && parts.national.at(zeros) == u'0')
        ++zeros;
    if (zeros > 0) {
        number.set_italian_leading_zero(true);
        if (zeros > 1)
            number.set_number_of_leading_zeros(static_cast<int>(zeros));
    }
    number.set_national_number(parts.national.toULongLong());
    return number;
}

Parts fromLibNumber(const LibNumber &number)
{
    std::string national;
    phoneUtil().GetNationalSignificantNumber(number, &national);
    return Parts { number.country_code(), QString::fromStdString(national) };
}

// Country calling codes form a prefix code (ITU-T E.164), so the first
// assigned one at the start of the digits is the only one.
int leadingCallingCode(const QString &digits)
{
    if (digits.startsWith(u'0'))
        return 0;
    for (qsizetype length = 1; length <= 3 && length < digits.size(); ++length) {
        const int code = digits.first(length).toInt();
        std::string region;
        phoneUtil().GetRegionCodeForCountryCode(code, &region);
        if (region != "ZZ") // libphonenumber's "unknown region"
            return code;
    }
    return 0;
}

// The digits after a + (or after an international prefix), split after the
// country calling code.
Result<Parts> international(const QString &text, const QString &digits)
{
    const int code = leadingCallingCode(digits);
    if (code == 0)
        return invalid("countryCode",
                       PhoneNumber::tr("\"%1\": +%2 is not a country calling code.")
                           .arg(text, digits.left(3)));
    Parts parts { code, digits.mid(QString::number(code).size()) };
    if (parts.national.isEmpty() || parts.national.size() > kMaxNationalDigits)
        return wrongLength(text, code);
    return parts;
}

// The same digits as libphonenumber's parser reads them: it drops a trunk
// prefix written after the country code ("+44 (0) 20 ...", not dialled from
// abroad).
std::optional<Parts> parsedInternational(const QString &digits)
{
    LibNumber parsed;
    if (phoneUtil().Parse(ascii(QLatin1Char('+') + digits), "ZZ", &parsed)
        != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    return fromLibNumber(parsed);
}

// A number dialled inside `region`'s country: libphonenumber knows its trunk
// prefix ("0", "1", "8") and its international prefix ("00", "011").
Result<Parts> dialledIn(const QString &text, const QString &digits, const QString &region)
{
    LibNumber parsed;
    switch (phoneUtil().Parse(ascii(digits), ascii(region), &parsed)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        return fromLibNumber(parsed);
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        // An international prefix ("00") followed by no country's code.
        return invalid("countryCode",
                       PhoneNumber::tr("\"%1\" is not a phone number: after the international "
                                       "prefix comes no country calling code.")
                           .arg(text));
    default:
        return wrongLength(text, phoneUtil().GetCountryCodeForRegion(ascii(region)));
    }
}

// The Brazilian layer: how numbers are dialled in Brazil beyond what
// libphonenumber reads ("0 + carrier + area code" with any carrier, the
// country code typed without its +), then the checks that name what is wrong
// (area code, subscriber) and the ninth digit of old mobiles.
Parts dialledInBrazil(const QString &digits)
{
    QString national = digits;
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
    return Parts { kBrazilCode, national };
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

// Area code + subscriber, no prefixes. An 8-digit subscriber starting 6 to 9
// is a mobile written before the ninth digit (2012-2016): it gains its 9.
// libphonenumber only knows today's numbering, so it would refuse them.
Result<QString> brazilianNational(const QString &text, const QString &national)
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

// Why libphonenumber refuses a number, in the user's words. A number short
// enough to be a local one lacks its area code when it was dialled
// nationally; written with a country code it is simply too short.
Error whyInvalid(const QString &text, const LibNumber &number, bool dialledNationally)
{
    switch (phoneUtil().IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        if (!dialledNationally)
            return wrongLength(text, number.country_code());
        return invalid(
            "missingAreaCode",
            PhoneNumber::tr("\"%1\" has no area code: write the number with it.").arg(text));
    case PhoneNumberUtil::IS_POSSIBLE:
        return invalid("invalid",
                       PhoneNumber::tr("\"%1\" is not a phone number of +%2: no number there "
                                       "starts like this. Look for a mistyped digit.")
                           .arg(text)
                           .arg(number.country_code()));
    default:
        return wrongLength(text, number.country_code());
    }
}

// The Brazilian layer, E.164's length and libphonenumber's check of the
// number against its country's numbering plan.
Result<Parts> checked(const QString &text, Parts parts, bool dialledNationally)
{
    if (parts.callingCode == kBrazilCode) {
        auto national = brazilianNational(text, parts.national);
        if (!national)
            return national.error();
        parts.national = *national;
    }
    if (QString::number(parts.callingCode).size() + parts.national.size() > kMaxE164Digits)
        return wrongLength(text, parts.callingCode);
    const LibNumber number = toLibNumber(parts);
    if (!phoneUtil().IsValidNumber(number))
        return whyInvalid(text, number, dialledNationally);
    return parts;
}

} // namespace

int PhoneNumber::callingCode(const QString &region)
{
    return phoneUtil().GetCountryCodeForRegion(ascii(region.toUpper()));
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
    auto typed = scan(text);
    if (!typed)
        return typed.error();
    const QString home = defaultRegion.toUpper();
    const bool homeIsBrazil = home == kBrazil;
    QString digits = typed->digits;
    bool plus = typed->plus;
    // Brazil's international prefix is "00" + a carrier ("0021 351 ..."),
    // whichever carrier it is.
    if (homeIsBrazil && !plus && !typed->carrierPlaceholder
        && digits.startsWith(QStringLiteral("00"))) {
        digits.remove(0, 4);
        plus = true;
    }

    Result<Parts> parts = Parts {};
    if (plus)
        parts = international(text, digits);
    else if (homeIsBrazil)
        parts = dialledInBrazil(digits);
    else if (callingCode(home) != 0)
        parts = dialledIn(text, digits, home);
    else
        return invalid("noCountry",
                       tr("\"%1\": write the number with its country code, e.g. +55 11 98765-4321.")
                           .arg(text));
    if (!parts)
        return parts.error();

    Result<Parts> number = checked(text, *parts, !plus);
    // Numbers read back from storage are E.164 and valid as written, so they
    // take one check and not libphonenumber's parser, ten times slower:
    // every display reads them. Only what fails as written is parsed.
    if (!number && plus) {
        const std::optional<Parts> reparsed = parsedInternational(digits);
        if (reparsed && *reparsed != *parts) {
            if (Result<Parts> second = checked(text, *reparsed, false))
                number = second;
        }
    }
    if (!number)
        return number.error();
    return PhoneNumber(number->callingCode, number->national);
}

QString PhoneNumber::e164() const
{
    return QLatin1Char('+') + QString::number(m_countryCode) + m_national;
}

QString PhoneNumber::toNational() const
{
    std::string out;
    phoneUtil().Format(toLibNumber(Parts { m_countryCode, m_national }), PhoneNumberUtil::NATIONAL,
                       &out);
    return QString::fromStdString(out);
}

QString PhoneNumber::toInternational() const
{
    std::string out;
    phoneUtil().Format(toLibNumber(Parts { m_countryCode, m_national }),
                       PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
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
