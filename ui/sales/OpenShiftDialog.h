// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cash/CashShift.h"

#include <QDialog>

namespace Balcao {

class FormMessage;
class LocalStore;
class MoneyField;

// Opens the drawer's shift with the float counted into it.
class OpenShiftDialog : public QDialog
{
    Q_OBJECT
public:
    OpenShiftDialog(LocalStore &store, const CashDrawer &drawer, const Currency &currency,
                    const Id &userId, QWidget *parent = nullptr);

    MoneyField *floatField() const { return m_float; }
    const CashShift &shift() const { return m_shift; }

public slots:
    void accept() override;

private:
    LocalStore &m_store;
    CashDrawer m_drawer;
    Id m_user;
    MoneyField *m_float = nullptr;
    FormMessage *m_message = nullptr;
    CashShift m_shift;
};

} // namespace Balcao
