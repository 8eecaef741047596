// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoneyField.h"

#include <QLocale>

namespace Balcao {

MoneyField::MoneyField(QWidget *parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    setMaxLength(20);
}

MoneyField::MoneyField(const Currency &currency, QWidget *parent)
    : MoneyField(parent)
{
    m_currency = currency;
}

void MoneyField::setCurrency(const Currency &currency)
{
    m_currency = currency;
}

void MoneyField::setAmount(const Money &amount)
{
    m_currency = amount.currency();
    setText(amount.toDisplayNumber(QLocale()));
    selectAll();
}

Result<Money> MoneyField::amount() const
{
    if (auto known = Money::zero(m_currency).requireCurrency(); !known)
        return known.error();
    return Money::parse(text(), m_currency, QLocale());
}

Result<Money> MoneyField::amountOrZero() const
{
    if (text().trimmed().isEmpty() && m_currency.isValid())
        return Money::zero(m_currency);
    return amount();
}

} // namespace Balcao
