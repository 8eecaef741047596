// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnValues.h"

#include "QueryError.h"

namespace Balcao {

QVariant idOrNull(const Id &id)
{
    return id.isNull() ? QVariant() : QVariant(id.toString());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant minorOrNull(const std::optional<Money> &amount)
{
    return amount ? QVariant(amount->minorUnits()) : QVariant();
}

Currency currencyFromColumn(const QVariant &currencyCode)
{
    auto currency = Currency::fromCode(currencyCode.toString());
    return currency ? *currency : Currency();
}

Money moneyFromColumns(const QVariant &minorUnits, const QVariant &currencyCode)
{
    return Money(minorUnits.toLongLong(), currencyFromColumn(currencyCode));
}

std::optional<Money> optionalMoneyFromColumns(const QVariant &minorUnits,
                                              const QVariant &currencyCode)
{
    if (minorUnits.isNull())
        return std::nullopt;
    return moneyFromColumns(minorUnits, currencyCode);
}

Result<Money> sumInCurrency(QSqlQuery &query, const Currency &currency)
{
    if (auto ran = execQuery(query); !ran)
        return ran.error();
    Money total = Money::zero(currency);
    while (query.next()) {
        if (auto added = total.add(moneyFromColumns(query.value(1), query.value(0))); !added)
            return added.error();
    }
    if (auto known = total.requireCurrency(); !known)
        return known.error();
    return total;
}

} // namespace Balcao
