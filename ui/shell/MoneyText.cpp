// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoneyText.h"

#include <cstdlib>

namespace Balcao {

QString moneyText(const Result<Money> &amount, const QLocale &locale)
{
    return amount ? amount->toDisplayString(locale) : amount.error().message;
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
