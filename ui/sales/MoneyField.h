// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QLineEdit>

namespace Balcao {

// A field for an amount of money in the user's locale ("1.234,56" or
// "1234.56", or just "100"): it shows no symbol and reads what was typed with
// Money::parse, so the rules for decimals and separators are core's.
class MoneyField : public QLineEdit
{
    Q_OBJECT
public:
    explicit MoneyField(const QString &currencyCode, QWidget *parent = nullptr);

    // The amount in minor units; an error (translated) when the text is not
    // one. An empty field is zero.
    Result<qint64> amount() const;
    // Shows the amount selected, so typing replaces it.
    void setAmount(qint64 minor);
    const QString &currencyCode() const { return m_currency; }

private:
    QString m_currency;
};

} // namespace Balcao
