// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cash/CashShift.h"

#include <QDialog>

class QLineEdit;
class QRadioButton;

namespace Balcao {

class FormMessage;
class LocalStore;
class MoneyField;

// Cash put in the drawer or taken out outside a sale (change from the bank,
// a supplier paid from the till), with the reason the shift report shows.
class CashMovementDialog : public QDialog
{
    Q_OBJECT
public:
    CashMovementDialog(LocalStore &store, const CashShift &shift, const Id &userId,
                       QWidget *parent = nullptr);

    QRadioButton *inButton() const { return m_in; }
    QRadioButton *outButton() const { return m_out; }
    MoneyField *amount() const { return m_amount; }
    QLineEdit *reason() const { return m_reason; }
    const CashMovement &movement() const { return m_movement; }

public slots:
    void accept() override;

private:
    LocalStore &m_store;
    CashShift m_shift;
    Id m_user;
    QRadioButton *m_in = nullptr;
    QRadioButton *m_out = nullptr;
    MoneyField *m_amount = nullptr;
    QLineEdit *m_reason = nullptr;
    FormMessage *m_message = nullptr;
    CashMovement m_movement;
};

} // namespace Balcao
