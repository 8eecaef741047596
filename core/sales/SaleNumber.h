// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Balcao {

// The number printed on a receipt: location, terminal and the terminal's own
// sequence, e.g. "CEN-7K2Q-000123". Terminals number offline without asking
// anyone, so the terminal part is what keeps numbers apart: four Crockford
// base-32 characters of a hash of the device id (20 bits; two terminals of
// one business share a code with odds of about 1 in 100,000 for ten
// terminals, and the sale's id stays unique regardless). The location part
// is informative only.
class SaleNumber
{
public:
    // Up to three letters or digits of the location's name, upper case,
    // without accents ("São Paulo" → "SAO"); "LOC" when it has none.
    static QString locationCode(const QString &locationName);
    static QString deviceCode(const QString &deviceId);
    static QString format(const QString &locationCode, const QString &deviceCode, qint64 sequence);
    // Returns are numbered in their own sequence, with an "R" before it.
    static QString formatReturn(const QString &locationCode, const QString &deviceCode,
                                qint64 sequence);
};

} // namespace Balcao
