// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    // Σ denomination × count. Counts are non-negative.
    static qint64 total(const QMap<qint64, int> &counts);
};

} // namespace Balcao
