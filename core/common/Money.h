// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Balcao {

__extension__ typedef __int128 Int128;

// A currency code (ISO 4217) with the number of minor-unit digits it uses.
class Currency
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Currency)
public:
    static Result<Currency> fromCode(const QString &code);
    const QString &code() const { return m_code; }
    int minorDigits() const { return m_minorDigits; }
    qint64 minorPerMajor() const;
    bool operator==(const Currency &other) const = default;

private:
    Currency(QString code, int minorDigits)
        : m_code(std::move(code))
        , m_minorDigits(minorDigits)
    { }
    QString m_code;
    int m_minorDigits = 2;
};

// How a fractional minor unit becomes a whole one. Every operation that can
// produce a fraction names its rounding; there is no implicit default.
enum class Rounding {
    HalfUp, // 0.5 away from zero (commercial rounding, Brazilian receipts)
    HalfEven, // banker's rounding, for sums of many rounded parts
    Down, // toward zero (truncation)
    Up // away from zero
};

// An amount of money as integer minor units of one currency. Never double.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Money)
public:
    Money(qint64 minorUnits, Currency currency)
        : m_minor(minorUnits)
        , m_currency(std::move(currency))
    { }
    static Money zero(const Currency &currency) { return Money(0, currency); }

    // Parses "12.34", "12,34", "1.234,56", "-3" (decimal separator of `locale`
    // first, then '.'), refusing more decimals than the currency has.
    static Result<Money> parse(const QString &text, const Currency &currency,
                               const QLocale &locale = QLocale::c());

    qint64 minorUnits() const { return m_minor; }
    const Currency &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Result<Money> times(qint64 quantity) const;
    // this × numerator / denominator, rounded as asked (percentages, taxes,
    // fractional quantities in thousandths...).
    Result<Money> scaled(qint64 numerator, qint64 denominator, Rounding rounding) const;
    Money negated() const { return Money(-m_minor, m_currency); }

    // Splits into `parts` amounts that differ by at most one minor unit and
    // add up exactly to this amount (the first parts get the remainder).
    QList<Money> allocate(int parts) const;

    // "12.34" with the currency's digits, no grouping: for files and JSON.
    QString toPlainString() const;
    // Locale-aware, with the currency symbol: for people.
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    bool operator==(const Money &other) const = default;

private:
    Result<void> checkSameCurrency(const Money &other) const;
    qint64 m_minor = 0;
    Currency m_currency;
};

// Integer division of a 128-bit numerator with explicit rounding; exposed for
// tests and for callers that compute ratios of money (taxes, discounts).
Result<qint64> divideRounded(Int128 numerator, qint64 denominator, Rounding rounding);

} // namespace Balcao
