// SPDX-License-Identifier: GPL-3.0-or-later
#include "Denominations.h"

namespace Balcao {

QList<qint64> Denominations::of(const QString &currencyCode)
{
    // Notes and coins in circulation (the BRL 1-cent coin is still legal
    // tender, so it stays).
    if (currencyCode == QLatin1String("BRL"))
        return { 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 25, 10, 5, 1 };
    if (currencyCode == QLatin1String("USD"))
        return { 10000, 5000, 2000, 1000, 500, 100, 25, 10, 5, 1 };
    if (currencyCode == QLatin1String("EUR"))
        return { 50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1 };
    if (currencyCode == QLatin1String("GBP"))
        return { 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1 };
    return {};
}

qint64 Denominations::largestCoin(const QString &currencyCode)
{
    // R$ 1 and € 2 are coins; the US dollar is a note (its coin is rare in a
    // till), the pound has a £2 coin.
    if (currencyCode == QLatin1String("BRL"))
        return 100;
    if (currencyCode == QLatin1String("USD"))
        return 25;
    if (currencyCode == QLatin1String("EUR") || currencyCode == QLatin1String("GBP"))
        return 200;
    return 0;
}

Money Denominations::total(const QMap<qint64, int> &counts, const Currency &currency)
{
    qint64 sum = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sum += it.key() * it.value();
    return Money(sum, currency);
}

} // namespace Balcao
