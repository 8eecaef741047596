// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace Balcao {

// Amounts as people read them at the counter, in the user's locale, from
// integer minor units (Money does the arithmetic-free formatting).
// "R$ 1.234,56"; an unknown currency shows the bare number.
QString moneyText(qint64 minor, const QString &currencyCode, const QLocale &locale = QLocale());
// The same without the symbol ("1.234,56"): what an amount field is
// prefilled with, so that typing over it parses back.
QString amountText(qint64 minor, const QString &currencyCode, const QLocale &locale = QLocale());
// Basis points as a percentage: 1250 → "12.5 %" (pt_BR: "12,5 %").
QString percentText(qint64 basisPoints, const QLocale &locale = QLocale());

} // namespace Balcao
