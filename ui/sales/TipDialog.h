// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Id.h"
#include "common/Money.h"

#include <QDialog>

#include <functional>

class QComboBox;

namespace Balcao {

class FormMessage;
class LocalStore;
class MoneyField;

// A tip and the staff member it is for (it is added after everything else,
// never taxed or discounted). Zero removes it.
class TipDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<Result<void>(const Money &tip, const Id &staffId)>;

    // `current` is the tip so far, zero (in the cart's currency) for none.
    TipDialog(LocalStore &store, const Money &current, const Id &currentStaff, Apply apply,
              QWidget *parent = nullptr);

    MoneyField *amount() const { return m_amount; }
    QComboBox *staff() const { return m_staff; }

public slots:
    void accept() override;

private:
    Apply m_apply;
    MoneyField *m_amount = nullptr;
    QComboBox *m_staff = nullptr;
    FormMessage *m_message = nullptr;
};

} // namespace Balcao
