// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoneyField.h"

#include "MoneyText.h"
#include "common/Money.h"

namespace Balcao {

MoneyField::MoneyField(const QString &currencyCode, QWidget *parent)
    : QLineEdit(parent)
    , m_currency(currencyCode)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    setMaxLength(20);
}

Result<qint64> MoneyField::amount() const
{
    if (text().trimmed().isEmpty())
        return qint64(0);
    auto currency = Currency::fromCode(m_currency);
    if (!currency)
        return currency.error();
    auto money = Money::parse(text(), *currency, locale());
    if (!money)
        return money.error();
    return money->minorUnits();
}

void MoneyField::setAmount(qint64 minor)
{
    setText(amountText(minor, m_currency, locale()));
    selectAll();
}

} // namespace Balcao
