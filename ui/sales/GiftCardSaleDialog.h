// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Money.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace Balcao {

class FormMessage;
class LocalStore;
class MoneyField;

// Selling a gift card, or topping one up: the card's code (typed or scanned)
// and the amount loaded on it. The amount becomes a line of the cart; the
// card exists, or grows, only when the sale is paid.
class GiftCardSaleDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<Result<void>(const QString &code, const Money &amount)>;

    // The amount is typed in `currency`, the cart's.
    GiftCardSaleDialog(LocalStore &store, const Currency &currency, Apply apply,
                       QWidget *parent = nullptr);

    QLineEdit *code() const { return m_code; }
    MoneyField *amount() const { return m_amount; }
    QLabel *cardState() const { return m_state; }

public slots:
    void accept() override;

private:
    // What the code names today: a new card, or one that already holds a
    // balance (the amount is added to it).
    void describeCard();

    LocalStore &m_store;
    Apply m_apply;
    QLineEdit *m_code = nullptr;
    MoneyField *m_amount = nullptr;
    QLabel *m_state = nullptr;
    FormMessage *m_message = nullptr;
};

} // namespace Balcao
