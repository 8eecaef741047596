// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Balcao {

__extension__ typedef __int128 Int128;

// A currency code (ISO 4217) with the number of minor-unit digits it uses.
// A default-constructed Currency is no currency (empty code): what a Money
// holds before it is filled (see Money()).
class Currency
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Currency)
public:
    Currency() = default;
    static Result<Currency> fromCode(const QString &code);
    bool isValid() const { return !m_code.isEmpty(); }
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
//
// Every amount in core's structs and service signatures is a Money. A struct
// is declared before it is filled (read from a row, computed), so Money()
// exists: zero of no currency. Such an amount — and one read from a row
// whose currency code is not a currency — is refused by every operation that
// combines two amounts (money.noCurrency), as two currencies are
// (money.currencyMismatch): it can never be summed silently into a real
// amount. A sum starts from zero(currency), not from Money().
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Money)
public:
    Money() = default;
    Money(qint64 minorUnits, Currency currency)
        : m_minor(minorUnits)
        , m_currency(std::move(currency))
    { }
    static Money zero(const Currency &currency) { return Money(0, currency); }
    // The sum of `amounts`, each of which must be in `currency`; zero when
    // there are none.
    static Result<Money> sum(const QList<Money> &amounts, const Currency &currency);

    // Parses "12.34", "12,34", "1.234,56", "-3" (decimal separator of `locale`
    // first, then '.'), refusing more decimals than the currency has.
    static Result<Money> parse(const QString &text, const Currency &currency,
                               const QLocale &locale = QLocale::c());

    qint64 minorUnits() const { return m_minor; }
    // The minor units of this amount, which must be in `currency`: how a rule
    // that works in one currency (a cart's, a shift's) takes an amount in.
    Result<qint64> minorUnitsIn(const Currency &currency) const;
    const Currency &currency() const { return m_currency; }
    bool hasCurrency() const { return m_currency.isValid(); }
    // money.noCurrency for an amount of no currency: what a writer checks
    // before it fills a row's `currency` column.
    Result<void> requireCurrency() const;
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    bool isPositive() const { return m_minor > 0; }

    Result<Money> plus(const Money &other) const;
    // Adds `other` to this amount in place, for running totals; on an error
    // (another currency, none, overflow) this amount is left as it was.
    Result<void> add(const Money &other);
    Result<Money> minus(const Money &other) const;
    Result<Money> times(qint64 quantity) const;
    // this × numerator / denominator, rounded as asked (percentages, taxes,
    // fractional quantities in thousandths...).
    Result<Money> scaled(qint64 numerator, qint64 denominator, Rounding rounding) const;
    Money negated() const { return Money(-m_minor, m_currency); }
    // Negative, zero or positive as this amount is below, equal to or above
    // `other`; an error for two currencies (or none).
    Result<int> compare(const Money &other) const;
    // This amount, or `limit` when that is smaller (what a payment may take
    // of a balance); an error for two currencies.
    Result<Money> atMost(const Money &limit) const;

    // Splits into `parts` amounts that differ by at most one minor unit and
    // add up exactly to this amount (the first parts get the remainder).
    QList<Money> allocate(int parts) const;

    // "12.34" with the currency's digits, no grouping: for files and JSON.
    QString toPlainString() const;
    // Locale-aware, with the currency symbol: for people ("R$ 1.234,56"). An
    // amount of no currency shows the bare number.
    QString toDisplayString(const QLocale &locale = QLocale()) const;
    // The same number without the symbol ("1.234,56"): what an amount field
    // shows, so that typing over it parses back.
    QString toDisplayNumber(const QLocale &locale = QLocale()) const;

    bool operator==(const Money &other) const = default;

private:
    Result<void> checkSameCurrency(const Money &other) const;
    QString absoluteDisplayNumber(const QLocale &locale) const;
    qint64 m_minor = 0;
    Currency m_currency;
};

// Integer division of a 128-bit numerator with explicit rounding; exposed for
// tests and for callers that compute ratios of money (taxes, discounts).
Result<qint64> divideRounded(Int128 numerator, qint64 denominator, Rounding rounding);

} // namespace Balcao
