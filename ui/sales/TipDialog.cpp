// SPDX-License-Identifier: GPL-3.0-or-later
#include "TipDialog.h"

#include "shell/FormMessage.h"
#include "shell/MoneyField.h"
#include "staff/StaffService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace Balcao {

TipDialog::TipDialog(LocalStore &store, const Money &current, const Id &currentStaff, Apply apply,
                     QWidget *parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
    , m_amount(new MoneyField(current.currency(), this))
    , m_staff(new QComboBox(this))
    , m_message(new FormMessage(this))
{
    setObjectName(QStringLiteral("tipDialog"));
    setWindowTitle(tr("Tip"));
    m_amount->setObjectName(QStringLiteral("tipAmount"));
    if (current.isPositive())
        m_amount->setAmount(current);
    m_staff->setObjectName(QStringLiteral("tipStaff"));
    for (const StaffMember &member : StaffService(store).members()) {
        if (!member.active)
            continue;
        m_staff->addItem(member.displayName, QVariant::fromValue(member.id));
        if (member.id == currentStaff)
            m_staff->setCurrentIndex(m_staff->count() - 1);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Amount"), m_amount);
    form->addRow(tr("&For"), m_staff);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TipDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(360);
    m_amount->setFocus();
}

void TipDialog::accept()
{
    auto tip = m_amount->amountOrZero();
    if (!tip) {
        m_message->showError(tip.error().message);
        m_amount->setFocus();
        return;
    }
    if (auto applied = m_apply(*tip, m_staff->currentData().value<Id>()); !applied) {
        m_message->showError(applied.error().message);
        m_amount->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Balcao
