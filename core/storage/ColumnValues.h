// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Money.h"

#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace Balcao {

// How domain values become column values and back, the same way in every
// service. The storage format is the sync format too: a nullable column
// holds NULL (never "" or a zero) when there is nothing, and an amount is an
// integer `*_minor` column beside a `currency` column. Changing what these
// write changes state hashes and the change log.

// A null id is a NULL column.
QVariant idOrNull(const Id &id);
// An empty text is a NULL column.
QVariant textOrNull(const QString &text);
// A nullable `*_minor` column: NULL when there is no amount.
QVariant minorOrNull(const std::optional<Money> &amount);

// A row's `currency` column; no currency (Currency()) when the code is not one.
Currency currencyFromColumn(const QVariant &currencyCode);
// The amount a row holds in minor units and the row's currency code. A code
// that is not a currency gives an amount of no currency, which every sum and
// comparison refuses (see Money()), so a damaged row cannot be added to the
// others silently; it shows as the bare number.
Money moneyFromColumns(const QVariant &minorUnits, const QVariant &currencyCode);
// The same for a nullable `*_minor` column: nullopt for NULL.
std::optional<Money> optionalMoneyFromColumns(const QVariant &minorUnits,
                                              const QVariant &currencyCode);

// Runs `query`, which answers (currency, sum of `*_minor`) grouped by
// currency, and gives the sum in `currency`: zero when there is no row. A
// ledger is never added up across currencies: a row in another currency is
// an error (money.currencyMismatch), as is a query the database refuses.
Result<Money> sumInCurrency(QSqlQuery &query, const Currency &currency);

} // namespace Balcao
