// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace Balcao {

// An amount of minor units as people read it in `locale`, with the
// currency's symbol ("R$ 45,90"); the bare number when the code is unknown.
QString moneyText(qint64 minor, const QString &currencyCode, const QLocale &locale = QLocale());

// A basis-point rate as a percentage in `locale` ("18 %", "5,25 %").
QString percentText(qint64 basisPoints, const QLocale &locale = QLocale());

} // namespace Balcao
