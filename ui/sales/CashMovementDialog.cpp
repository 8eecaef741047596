// SPDX-License-Identifier: GPL-3.0-or-later
#include "CashMovementDialog.h"

#include "cash/ShiftService.h"
#include "shell/FormMessage.h"
#include "shell/MoneyField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Balcao {

CashMovementDialog::CashMovementDialog(LocalStore &store, const CashShift &shift, const Id &userId,
                                       QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_shift(shift)
    , m_user(userId)
    , m_in(new QRadioButton(tr("Cash &in"), this))
    , m_out(new QRadioButton(tr("Cash &out"), this))
    , m_amount(new MoneyField(shift.currency(), this))
    , m_reason(new QLineEdit(this))
    , m_message(new FormMessage(this))
{
    setObjectName(QStringLiteral("cashMovementDialog"));
    setWindowTitle(tr("Cash in or out"));
    m_in->setObjectName(QStringLiteral("cashIn"));
    m_out->setObjectName(QStringLiteral("cashOut"));
    m_in->setChecked(true);
    m_amount->setObjectName(QStringLiteral("movementAmount"));
    m_reason->setObjectName(QStringLiteral("movementReason"));
    m_reason->setMaxLength(ShiftService::kMaxReasonLength);
    m_reason->setPlaceholderText(tr("e.g. change from the bank, paid the flower supplier"));
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_in);
    kinds->addWidget(m_out);
    kinds->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(QString(), kinds);
    form->addRow(tr("&Amount"), m_amount);
    form->addRow(tr("&Reason"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CashMovementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_amount->setFocus();
}

void CashMovementDialog::accept()
{
    auto amount = m_amount->amountOrZero();
    if (!amount) {
        m_message->showError(amount.error().message);
        m_amount->setFocus();
        return;
    }
    ShiftService shifts(m_store);
    auto moved = m_out->isChecked() ? shifts.cashOut(m_shift.id, *amount, m_reason->text(), m_user)
                                    : shifts.cashIn(m_shift.id, *amount, m_reason->text(), m_user);
    if (!moved) {
        m_message->showError(moved.error().message);
        return;
    }
    m_movement = *moved;
    QDialog::accept();
}

} // namespace Balcao
