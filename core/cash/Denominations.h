// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Balcao {

// The notes and coins of a currency, largest first, in minor units: what a
// closing count asks for. Currencies not listed are counted as one total.
class Denominations
{
public:
    static QList<qint64> of(const QString &currencyCode);
    // The largest coin of the list: people count notes, then coins. 0 when
    // the currency has no list.
    static qint64 largestCoin(const QString &currencyCode);
    // Σ denomination × count, in `currency`. Counts are non-negative and
    // bounded by the caller (ShiftService::close), so the sum cannot overflow.
    static Money total(const QMap<qint64, int> &counts, const Currency &currency);
};

} // namespace Balcao
