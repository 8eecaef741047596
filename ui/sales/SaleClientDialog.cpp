// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaleClientDialog.h"

#include "agenda/ClientPicker.h"
#include "clients/ClientService.h"
#include "shell/FormMessage.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Balcao {

SaleClientDialog::SaleClientDialog(LocalStore &store, const Id &current, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_picker(new ClientPicker(store, this))
    , m_message(new FormMessage(this))
{
    setObjectName(QStringLiteral("saleClientDialog"));
    setWindowTitle(tr("Client of the sale"));
    m_picker->setClient(current);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *use = buttons->button(QDialogButtonBox::Ok);
    use->setText(tr("&Use this client"));
    use->setObjectName(QStringLiteral("useClientButton"));
    // Enter in the search picks a client; the next Enter uses it.
    connect(m_picker, &ClientPicker::changed, this, [this, use] {
        if (!m_picker->clientId().isNull() && m_picker->searchField()->hasFocus())
            use->setFocus(Qt::OtherFocusReason);
    });
    QPushButton *none = buttons->addButton(tr("&No client"), QDialogButtonBox::ResetRole);
    none->setObjectName(QStringLiteral("noClientButton"));
    connect(none, &QPushButton::clicked, this, [this] {
        m_picker->setClient(Id());
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &SaleClientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_picker->searchField()->setFocus();
}

void SaleClientDialog::accept()
{
    if (!m_picker->isNewClient()) {
        m_clientId = m_picker->clientId();
        QDialog::accept();
        return;
    }
    auto created = ClientService(m_store).create(m_picker->newClientDraft());
    if (!created) {
        m_message->showError(created.error().message);
        return;
    }
    m_clientId = created->id;
    QDialog::accept();
}

} // namespace Balcao
