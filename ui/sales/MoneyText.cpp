// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoneyText.h"

#include "common/Money.h"

namespace Balcao {

QString moneyText(qint64 minor, const QString &currencyCode, const QLocale &locale)
{
    const auto currency = Currency::fromCode(currencyCode);
    if (!currency)
        return locale.toString(minor);
    return Money(minor, *currency).toDisplayString(locale);
}

QString amountText(qint64 minor, const QString &currencyCode, const QLocale &locale)
{
    // Money puts the symbol, then a no-break space, then the number.
    const QString shown = moneyText(minor, currencyCode, locale);
    const qsizetype space = shown.indexOf(QChar(0x00A0));
    if (space < 0)
        return shown;
    return (minor < 0 ? locale.negativeSign() : QString()) + shown.mid(space + 1);
}

QString percentText(qint64 basisPoints, const QLocale &locale)
{
    // Whole percentages without decimals, others with as many as they need
    // (at most two: a basis point is a hundredth of a percent).
    QString number = locale.toString(basisPoints / 100);
    if (const qint64 hundredths = std::abs(basisPoints % 100); hundredths != 0) {
        QString digits = QStringLiteral("%1").arg(hundredths, 2, 10, QLatin1Char('0'));
        if (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        if (basisPoints < 0 && basisPoints > -100)
            number = locale.negativeSign() + number;
        number += locale.decimalPoint() + digits;
    }
    return QStringLiteral("%1\u00A0%").arg(number);
}

} // namespace Balcao
