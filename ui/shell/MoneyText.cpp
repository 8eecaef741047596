// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoneyText.h"

#include "common/Money.h"

#include <cstdlib>

namespace Balcao {

QString moneyText(qint64 minor, const QString &currencyCode, const QLocale &locale)
{
    auto currency = Currency::fromCode(currencyCode);
    return currency ? Money(minor, *currency).toDisplayString(locale) : locale.toString(minor);
}

QString amountText(qint64 minor, const QString &currencyCode, const QLocale &locale)
{
    auto currency = Currency::fromCode(currencyCode);
    const int digits = currency ? currency->minorDigits() : 2;
    qint64 per = 1;
    for (int i = 0; i < digits; ++i)
        per *= 10;
    const quint64 absolute
        = minor < 0 ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    QString number = locale.toString(static_cast<qulonglong>(absolute / per));
    if (digits > 0)
        number += locale.decimalPoint()
            + QStringLiteral("%1").arg(absolute % per, digits, 10, QLatin1Char('0'));
    return (minor < 0 ? locale.negativeSign() : QString()) + number;
}

QString percentText(qint64 basisPoints, const QLocale &locale)
{
    // Whole and hundredths from integers: no binary fraction shows up as
    // "5,2499999".
    const qint64 whole = basisPoints / 100;
    const qint64 hundredths = std::abs(basisPoints % 100);
    QString number = locale.toString(whole);
    if (hundredths != 0) {
        QString fraction = QStringLiteral("%1").arg(hundredths, 2, 10, QLatin1Char('0'));
        if (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        // -0.5 % has no whole part to carry the sign.
        if (basisPoints < 0 && whole == 0)
            number = locale.negativeSign() + number;
        number += locale.decimalPoint() + fraction;
    }
    return number + QChar(0x00A0) + locale.percent();
}

} // namespace Balcao
