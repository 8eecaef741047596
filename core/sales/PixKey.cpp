// SPDX-License-Identifier: GPL-3.0-or-later
#include "PixKey.h"

#include "clients/PhoneNumber.h"

#include <QRegularExpression>

namespace Balcao {

namespace {

constexpr int kBrazilCallingCode = 55;

Error invalid(const char *code, const QString &message)
{
    return Error::invalid(QLatin1String("pixKey.") + QLatin1String(code), message);
}

// The digits of a CPF or CNPJ written with its usual punctuation
// ("529.982.247-25", "11.222.333/0001-81"); empty when anything else is in it.
QString documentDigits(const QString &text)
{
    QString digits;
    for (const QChar c : text.trimmed()) {
        if (c >= u'0' && c <= u'9')
            digits += c;
        else if (!(c == u'.' || c == u'-' || c == u'/' || c == u' '))
            return {};
    }
    return digits;
}

// The modulo-11 check digit of CPF and CNPJ: weights 2, 3, ... from the right,
// starting again at 2 after `maxWeight` (9 for CNPJ; CPF never wraps).
int mod11CheckDigit(QStringView digits, int maxWeight)
{
    int sum = 0;
    int weight = 2;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        sum += digits[i].digitValue() * weight;
        weight = weight == maxWeight ? 2 : weight + 1;
    }
    const int remainder = sum % 11;
    return remainder < 2 ? 0 : 11 - remainder;
}

// Both check digits right, and not one digit repeated: "111.111.111-11"
// passes the arithmetic but the Receita Federal never issues it.
bool hasValidCheckDigits(const QString &digits, int maxWeight)
{
    if (digits.count(digits.front()) == digits.size())
        return false;
    const qsizetype body = digits.size() - 2;
    const int first = mod11CheckDigit(QStringView(digits).first(body), maxWeight);
    const int second = mod11CheckDigit(QStringView(digits).first(body + 1), maxWeight);
    return digits.at(body).digitValue() == first && digits.at(body + 1).digitValue() == second;
}

// CPF (people) and CNPJ (companies): bare digits ending in two modulo-11
// check digits, which catch most mistyped digits before a payer does.
struct Document
{
    const char *code;
    const char *name;
    int digits;
    int maxWeight;
    const char *example;
};
constexpr Document kCpf { "cpf", "CPF", 11, 11, "529.982.247-25" };
constexpr Document kCnpj { "cnpj", "CNPJ", 14, 9, "11.222.333/0001-81" };

Result<QString> document(const QString &text, const Document &document)
{
    const QString digits = documentDigits(text);
    const QString name = QLatin1String(document.name);
    if (digits.size() != document.digits)
        return invalid(document.code,
                       PixKey::tr("\"%1\" is not a %2: it has %3 digits, as in %4.")
                           .arg(text, name, QString::number(document.digits),
                                QLatin1String(document.example)));
    if (!hasValidCheckDigits(digits, document.maxWeight))
        return invalid(document.code,
                       PixKey::tr("\"%1\" is not a %2: its check digits are wrong. Look for a "
                                  "mistyped digit.")
                           .arg(text, name));
    return digits;
}

// PIX phone keys are Brazilian numbers; PhoneNumber knows how people write them.
Result<QString> phone(const QString &text)
{
    auto number = PhoneNumber::parse(text, PhoneNumber::kBrazil);
    if (!number)
        return number.error();
    if (number->countryCode() != kBrazilCallingCode)
        return invalid("phoneCountry",
                       PixKey::tr("\"%1\" is not a Brazilian phone number: PIX keys are numbers "
                                  "with +55.")
                           .arg(text));
    return number->e164();
}

// The directory's pattern for e-mail keys, in lower case, with one more rule:
// the domain has a dot, so "ana@gmailcom" is caught here and not by the payer.
Result<QString> email(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9.!#$&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
                       "(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$"));
    const QString lower = text.trimmed().toLower();
    if (lower.size() > PixKey::kMaxEmailLength)
        return invalid("email",
                       PixKey::tr("\"%1\" is too long for a PIX key: e-mail keys have at most %2 "
                                  "characters.")
                           .arg(text, QString::number(PixKey::kMaxEmailLength)));
    if (!pattern.match(lower).hasMatch())
        return invalid("email",
                       PixKey::tr("\"%1\" is not an e-mail address a PIX key can have.").arg(text));
    return lower;
}

Result<QString> random(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    const QString lower = text.trimmed().toLower();
    if (!pattern.match(lower).hasMatch())
        return invalid("random",
                       PixKey::tr("\"%1\" is not a random PIX key: it has 32 letters a-f and "
                                  "digits in groups of 8-4-4-4-12, as in "
                                  "123e4567-e89b-12d3-a456-426614174000.")
                           .arg(text));
    return lower;
}

} // namespace

Result<PixKey> PixKey::parse(Type type, const QString &text)
{
    if (text.trimmed().isEmpty())
        return invalid("empty", tr("Enter the PIX key."));
    Result<QString> value = [&] {
        switch (type) {
        case Type::Cpf:
            return document(text, kCpf);
        case Type::Cnpj:
            return document(text, kCnpj);
        case Type::Phone:
            return phone(text);
        case Type::Email:
            return email(text);
        case Type::Random:
            break;
        }
        return random(text);
    }();
    if (!value)
        return value.error();
    return PixKey(type, std::move(value).value());
}

Result<PixKey> PixKey::fromCanonical(const QString &text)
{
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
    const bool digits = digitsOnly.match(text).hasMatch();
    Type type = Type::Random;
    if (text.startsWith(u'+'))
        type = Type::Phone;
    else if (text.contains(u'@'))
        type = Type::Email;
    else if (digits && text.size() == kCpf.digits)
        type = Type::Cpf;
    else if (digits && text.size() == kCnpj.digits)
        type = Type::Cnpj;
    else if (text.size() != 36 || text.count(u'-') != 4)
        return invalid("unknown",
                       tr("\"%1\" is not a PIX key: not a CPF, CNPJ, +55 phone number, e-mail "
                          "address or random key.")
                           .arg(text));
    auto key = parse(type, text);
    // The directory looks keys up as they are written: a payer's app cannot
    // find "Ana@Example.com" or "+55 11 98765-4321", so neither is a key here.
    if (key && key->value() != text)
        return invalid("notCanonical",
                       tr("\"%1\" is not written as the PIX directory writes keys: \"%2\".")
                           .arg(text, key->value()));
    return key;
}

} // namespace Balcao
