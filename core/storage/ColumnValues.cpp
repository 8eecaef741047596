// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnValues.h"

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

Money moneyFromColumns(const QVariant &minorUnits, const QVariant &currencyCode)
{
    auto currency = Currency::fromCode(currencyCode.toString());
    return Money(minorUnits.toLongLong(), currency ? *currency : Currency());
}

std::optional<Money> optionalMoneyFromColumns(const QVariant &minorUnits,
                                              const QVariant &currencyCode)
{
    if (minorUnits.isNull())
        return std::nullopt;
    return moneyFromColumns(minorUnits, currencyCode);
}

} // namespace Balcao
