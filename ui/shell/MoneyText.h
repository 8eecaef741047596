// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Money.h"

#include <QLocale>
#include <QString>

namespace Balcao {

// An amount core worked out (a sale's payments added up), as people read it
// in `locale` ("R$ 45,90"), or why it could not be (two currencies).
// An amount already in hand is shown with Money::toDisplayString.
QString moneyText(const Result<Money> &amount, const QLocale &locale = QLocale());

// A basis-point rate as a percentage in `locale` ("18 %", "5,25 %").
QString percentText(qint64 basisPoints, const QLocale &locale = QLocale());

} // namespace Balcao
