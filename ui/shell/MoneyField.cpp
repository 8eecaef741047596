// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoneyField.h"

#include "common/Money.h"

#include <QLocale>

namespace Balcao {

MoneyField::MoneyField(QWidget *parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setInputMethodHints(Qt::ImhFormattedNumbersOnly);
}

void MoneyField::setCurrency(const QString &code)
{
    m_currency = code;
}

void MoneyField::setMinor(qint64 minor)
{
    setText(plainText(minor, m_currency, QLocale()));
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
    auto currency = Currency::fromCode(currencyCode);
    const int digits = currency ? currency->minorDigits() : 2;
    qint64 per = 1;
    for (int i = 0; i < digits; ++i)
        per *= 10;
    const quint64 absolute
        = minor < 0 ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    QString number = locale.toString(static_cast<qulonglong>(absolute / per));
    if (digits > 0)
        number += locale.decimalPoint()
            + QStringLiteral("%1").arg(absolute % per, digits, 10, QLatin1Char('0'));
    return (minor < 0 ? locale.negativeSign() : QString()) + number;
}

} // namespace Balcao
