// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include <QHash>

#include <limits>

namespace Balcao {

namespace {

// Currencies whose minor unit is not two digits (ISO 4217). Any other
// well-formed code uses two.
int minorDigitsFor(const QString &code)
{
    static const QHash<QString, int> exceptions = {
        { QStringLiteral("JPY"), 0 }, { QStringLiteral("KRW"), 0 }, { QStringLiteral("CLP"), 0 },
        { QStringLiteral("PYG"), 0 }, { QStringLiteral("ISK"), 0 }, { QStringLiteral("VND"), 0 },
        { QStringLiteral("XAF"), 0 }, { QStringLiteral("XOF"), 0 }, { QStringLiteral("UGX"), 0 },
        { QStringLiteral("BHD"), 3 }, { QStringLiteral("KWD"), 3 }, { QStringLiteral("OMR"), 3 },
        { QStringLiteral("JOD"), 3 }, { QStringLiteral("TND"), 3 }, { QStringLiteral("LYD"), 3 },
        { QStringLiteral("IQD"), 3 },
    };
    return exceptions.value(code, 2);
}

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

Error overflow()
{
    return Error::invalid(QStringLiteral("money.overflow"),
                          QCoreApplication::translate("Balcao::Money", "The amount is too large."));
}

} // namespace

Result<Currency> Currency::fromCode(const QString &code)
{
    const QString upper = code.trimmed().toUpper();
    bool wellFormed = upper.size() == 3;
    for (const QChar c : upper)
        wellFormed = wellFormed && c >= QLatin1Char('A') && c <= QLatin1Char('Z');
    if (!wellFormed) {
        return Error::invalid(
            QStringLiteral("currency.invalid"),
            tr("\"%1\" is not a currency code. Use three letters, such as BRL or USD.").arg(code));
    }
    return Currency(upper, minorDigitsFor(upper));
}

qint64 Currency::minorPerMajor() const
{
    qint64 factor = 1;
    for (int i = 0; i < m_minorDigits; ++i)
        factor *= 10;
    return factor;
}

Result<qint64> divideRounded(Int128 numerator, qint64 denominator, Rounding rounding)
{
    if (denominator == 0)
        return Error::invalid(QStringLiteral("money.divisionByZero"),
                              QCoreApplication::translate("Balcao::Money", "Division by zero."));
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    Int128 quotient = numerator / denominator;
    Int128 remainder = numerator % denominator; // same sign as numerator
    if (remainder != 0) {
        const bool negative = numerator < 0;
        const Int128 absRemainder = remainder < 0 ? -remainder : remainder;
        const Int128 twice = absRemainder * 2;
        bool awayFromZero = false;
        switch (rounding) {
        case Rounding::Down:
            awayFromZero = false;
            break;
        case Rounding::Up:
            awayFromZero = true;
            break;
        case Rounding::HalfUp:
            awayFromZero = twice >= denominator;
            break;
        case Rounding::HalfEven:
            awayFromZero = twice > denominator || (twice == denominator && (quotient % 2) != 0);
            break;
        }
        if (awayFromZero)
            quotient += negative ? -1 : 1;
    }
    if (quotient > kMax || quotient < kMin)
        return overflow();
    return static_cast<qint64>(quotient);
}

Result<void> Money::checkSameCurrency(const Money &other) const
{
    if (!hasCurrency() || !other.hasCurrency()) {
        return Error::invalid(QStringLiteral("money.noCurrency"),
                              tr("An amount has no currency, so it cannot be combined with "
                                 "another."));
    }
    if (other.m_currency.code() != m_currency.code()) {
        return Error::invalid(QStringLiteral("money.currencyMismatch"),
                              tr("Cannot combine amounts in %1 and %2.")
                                  .arg(m_currency.code(), other.m_currency.code()));
    }
    return {};
}

Result<void> Money::requireCurrency() const
{
    return checkSameCurrency(*this);
}

Result<qint64> Money::minorUnitsIn(const Currency &currency) const
{
    if (auto check = checkSameCurrency(Money(0, currency)); !check)
        return check.error();
    return m_minor;
}

Result<Money> Money::sum(const QList<Money> &amounts, const Currency &currency)
{
    Money total = zero(currency);
    for (const Money &amount : amounts) {
        auto next = total.plus(amount);
        if (!next)
            return next.error();
        total = *next;
    }
    if (auto known = total.requireCurrency(); !known)
        return known.error();
    return total;
}

Result<int> Money::compare(const Money &other) const
{
    if (auto check = checkSameCurrency(other); !check)
        return check.error();
    return m_minor < other.m_minor ? -1 : (m_minor > other.m_minor ? 1 : 0);
}

Result<Money> Money::atMost(const Money &limit) const
{
    auto order = compare(limit);
    if (!order)
        return order.error();
    return *order > 0 ? limit : *this;
}

Result<Money> Money::plus(const Money &other) const
{
    if (auto check = checkSameCurrency(other); !check)
        return check.error();
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return overflow();
    return Money(sum, m_currency);
}

Result<void> Money::add(const Money &other)
{
    auto sum = plus(other);
    if (!sum)
        return sum.error();
    *this = *sum;
    return {};
}

Result<Money> Money::minus(const Money &other) const
{
    if (auto check = checkSameCurrency(other); !check)
        return check.error();
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference))
        return overflow();
    return Money(difference, m_currency);
}

Result<Money> Money::times(qint64 quantity) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minor, quantity, &product))
        return overflow();
    return Money(product, m_currency);
}

Result<Money> Money::scaled(qint64 numerator, qint64 denominator, Rounding rounding) const
{
    auto result = divideRounded(static_cast<Int128>(m_minor) * numerator, denominator, rounding);
    if (!result)
        return result.error();
    return Money(*result, m_currency);
}

QList<Money> Money::allocate(int parts) const
{
    QList<Money> out;
    if (parts <= 0)
        return out;
    const qint64 base = m_minor / parts;
    qint64 remainder = m_minor % parts;
    const qint64 step = remainder < 0 ? -1 : 1;
    for (int i = 0; i < parts; ++i) {
        qint64 amount = base;
        if (remainder != 0) {
            amount += step;
            remainder -= step;
        }
        out.append(Money(amount, m_currency));
    }
    return out;
}

Result<Money> Money::parse(const QString &text, const Currency &currency, const QLocale &locale)
{
    const auto invalid = [&] {
        return Error::invalid(QStringLiteral("money.unparsable"),
                              tr("\"%1\" is not an amount of money.").arg(text));
    };
    QString s = text.trimmed();
    s.remove(QLatin1Char(' '));
    s.remove(QChar(0x00A0));
    if (s.isEmpty())
        return invalid();
    bool negative = false;
    if (s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s.remove(0, 1);
    }
    // Decide the decimal separator: the locale's if present, else '.' when it
    // is the last separator. The other one is taken as grouping.
    const QChar localeDecimal
        = locale.decimalPoint().isEmpty() ? QLatin1Char('.') : locale.decimalPoint().at(0);
    QChar decimal = QChar();
    const int lastLocale = s.lastIndexOf(localeDecimal);
    const int lastDot = s.lastIndexOf(QLatin1Char('.'));
    const int lastComma = s.lastIndexOf(QLatin1Char(','));
    if (lastLocale >= 0 && lastLocale == qMax(lastDot, lastComma))
        decimal = localeDecimal;
    else if (lastDot >= 0 && lastComma < 0 && s.count(QLatin1Char('.')) == 1)
        decimal = QLatin1Char('.');
    else if (lastComma >= 0 && lastDot < 0 && s.count(QLatin1Char(',')) == 1)
        decimal = QLatin1Char(',');

    QString whole = s;
    QString fraction;
    if (!decimal.isNull()) {
        const int at = s.lastIndexOf(decimal);
        whole = s.left(at);
        fraction = s.mid(at + 1);
    }
    const QChar grouping = decimal == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(',');
    whole.remove(grouping);
    if (decimal.isNull()) {
        whole.remove(QLatin1Char('.'));
        whole.remove(QLatin1Char(','));
    }
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    for (const QChar c : QString(whole + fraction)) {
        if (!c.isDigit() || c.unicode() > 127)
            return invalid();
    }
    if (fraction.size() > currency.minorDigits()) {
        return Error::invalid(QStringLiteral("money.tooManyDecimals"),
                              tr("\"%1\" has more decimal places than %2 allows (%3).")
                                  .arg(text, currency.code())
                                  .arg(currency.minorDigits()));
    }
    while (fraction.size() < currency.minorDigits())
        fraction.append(QLatin1Char('0'));
    bool okWhole = false;
    const qint64 major = whole.toLongLong(&okWhole);
    const qint64 minor = fraction.isEmpty() ? 0 : fraction.toLongLong();
    qint64 total = 0;
    if (!okWhole || __builtin_mul_overflow(major, currency.minorPerMajor(), &total)
        || __builtin_add_overflow(total, minor, &total))
        return overflow();
    return Money(negative ? -total : total, currency);
}

QString Money::toPlainString() const
{
    const qint64 per = m_currency.minorPerMajor();
    const quint64 absolute
        = m_minor < 0 ? 0 - static_cast<quint64>(m_minor) : static_cast<quint64>(m_minor);
    QString out = m_minor < 0 ? QStringLiteral("-") : QString();
    out += QString::number(absolute / static_cast<quint64>(per));
    if (m_currency.minorDigits() > 0) {
        out += QLatin1Char('.');
        out += QStringLiteral("%1").arg(absolute % static_cast<quint64>(per),
                                        m_currency.minorDigits(), 10, QLatin1Char('0'));
    }
    return out;
}

QString Money::toDisplayNumber(const QLocale &locale) const
{
    const QString sign = m_minor < 0 ? locale.negativeSign() : QString();
    return sign + absoluteDisplayNumber(locale);
}

QString Money::absoluteDisplayNumber(const QLocale &locale) const
{
    // Build the number from integer parts so no binary floating point is
    // involved; only the separators come from the locale.
    const qint64 per = m_currency.minorPerMajor();
    const quint64 absolute
        = m_minor < 0 ? 0 - static_cast<quint64>(m_minor) : static_cast<quint64>(m_minor);
    QString number = locale.toString(static_cast<qulonglong>(absolute / static_cast<quint64>(per)));
    if (m_currency.minorDigits() > 0) {
        number += locale.decimalPoint();
        number += QStringLiteral("%1").arg(absolute % static_cast<quint64>(per),
                                           m_currency.minorDigits(), 10, QLatin1Char('0'));
    }
    return number;
}

QString Money::toDisplayString(const QLocale &locale) const
{
    if (!hasCurrency())
        return toDisplayNumber(locale);
    const QString number = absoluteDisplayNumber(locale);
    QString symbol = m_currency.code();
    if (m_currency.code() == QStringLiteral("BRL"))
        symbol = QStringLiteral("R$");
    else if (m_currency.code() == QStringLiteral("USD"))
        symbol = QStringLiteral("US$");
    else if (m_currency.code() == QStringLiteral("EUR"))
        symbol = QStringLiteral("€");
    const QString sign = m_minor < 0 ? locale.negativeSign() : QString();
    return sign + symbol + QChar(0x00A0) + number;
}

} // namespace Balcao
