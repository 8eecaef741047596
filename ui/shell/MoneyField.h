// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Money.h"

#include <QLineEdit>

namespace Balcao {

// A field for an amount of money typed the way the user's locale writes it
// ("1.234,56" in Portuguese, "1,234.56" in English). Money::parse reads it,
// so the field never goes through a double and refuses more decimals than
// the currency has, with core's message.
class MoneyField : public QLineEdit
{
    Q_OBJECT
public:
    explicit MoneyField(QWidget *parent = nullptr);
    explicit MoneyField(const Currency &currency, QWidget *parent = nullptr);

    // The currency typed amounts are in; a field without one refuses to
    // give an amount (money.noCurrency).
    void setCurrency(const Currency &currency);
    const Currency &currency() const { return m_currency; }
    // Shows `amount` as the locale writes it, without the symbol, selected
    // so that typing replaces it; the field takes its currency.
    void setAmount(const Money &amount);
    // The typed amount; an empty field is an error.
    Result<Money> amount() const;
    // The typed amount; an empty field is zero.
    Result<Money> amountOrZero() const;

private:
    Currency m_currency;
};

} // namespace Balcao
