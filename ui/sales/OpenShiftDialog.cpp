// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenShiftDialog.h"

#include "cash/ShiftService.h"
#include "shell/FormMessage.h"
#include "shell/MoneyField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Balcao {

OpenShiftDialog::OpenShiftDialog(LocalStore &store, const CashDrawer &drawer,
                                 const Currency &currency, const Id &userId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_drawer(drawer)
    , m_user(userId)
    , m_float(new MoneyField(currency, this))
    , m_message(new FormMessage(this))
{
    setObjectName(QStringLiteral("openShiftDialog"));
    setWindowTitle(tr("Open the cash drawer"));
    auto *intro = new QLabel(
        tr("Count the notes and coins put in %1 to start the day (the float).").arg(drawer.name),
        this);
    intro->setWordWrap(true);
    m_float->setObjectName(QStringLiteral("openingFloat"));
    m_float->setPlaceholderText(QStringLiteral("0"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Float"), m_float);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open shift"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenShiftDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    m_float->setFocus();
}

void OpenShiftDialog::accept()
{
    auto amount = m_float->amountOrZero();
    if (!amount) {
        m_message->showError(amount.error().message);
        return;
    }
    auto opened = ShiftService(m_store).open(m_drawer.id, *amount, m_user);
    if (!opened) {
        m_message->showError(opened.error().message);
        return;
    }
    m_shift = *opened;
    QDialog::accept();
}

} // namespace Balcao
