// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoneyField.h"

#include "MoneyText.h"

#include "common/Money.h"

#include <QLocale>

namespace Balcao {

MoneyField::MoneyField(QWidget *parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    setMaxLength(20);
}

MoneyField::MoneyField(const QString &currencyCode, QWidget *parent)
    : MoneyField(parent)
{
    m_currency = currencyCode;
}

void MoneyField::setCurrency(const QString &code)
{
    m_currency = code;
}

void MoneyField::setMinor(qint64 minor)
{
    setText(plainText(minor, m_currency, QLocale()));
    selectAll();
}

Result<qint64> MoneyField::minor(std::optional<qint64> whenEmpty) const
{
    if (text().trimmed().isEmpty() && whenEmpty)
        return *whenEmpty;
    auto currency = Currency::fromCode(m_currency);
    if (!currency)
        return currency.error();
    auto money = Money::parse(text(), *currency, QLocale());
    if (!money)
        return money.error();
    return money->minorUnits();
}

QString MoneyField::plainText(qint64 minor, const QString &currencyCode, const QLocale &locale)
{
    return amountText(minor, currencyCode, locale);
}

} // namespace Balcao
