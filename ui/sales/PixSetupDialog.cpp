// SPDX-License-Identifier: GPL-3.0-or-later
#include "PixSetupDialog.h"

#include "sales/SalesSettings.h"
#include "settings/BusinessSettings.h"
#include "shell/FormMessage.h"
#include "staff/StaffService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Balcao {

PixSetupDialog::PixSetupDialog(LocalStore &store, const Id &userId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_user(userId)
    , m_type(new QComboBox(this))
    , m_key(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_message(new FormMessage(this))
{
    setObjectName(QStringLiteral("pixSetupDialog"));
    setWindowTitle(tr("Set up PIX"));
    auto *intro = new QLabel(tr("The PIX key the business receives payments on, as registered "
                                "at its bank, and the name and city the payer's app shows."),
                             this);
    intro->setWordWrap(true);
    m_type->setObjectName(QStringLiteral("pixKeyType"));
    m_type->addItem(tr("CNPJ"), static_cast<int>(PixKey::Type::Cnpj));
    m_type->addItem(tr("CPF"), static_cast<int>(PixKey::Type::Cpf));
    m_type->addItem(tr("Phone"), static_cast<int>(PixKey::Type::Phone));
    m_type->addItem(tr("E-mail"), static_cast<int>(PixKey::Type::Email));
    m_type->addItem(tr("Random key"), static_cast<int>(PixKey::Type::Random));
    m_key->setObjectName(QStringLiteral("pixKey"));
    m_name->setObjectName(QStringLiteral("pixMerchantName"));
    m_city->setObjectName(QStringLiteral("pixCity"));
    const auto stored = SalesSettings(store).pix();
    if (!stored)
        m_message->showError(stored.error().message);
    const SalesSettings::Pix current = stored ? *stored : SalesSettings::Pix {};
    if (current.isSet()) {
        if (auto key = PixKey::fromCanonical(current.key)) {
            m_type->setCurrentIndex(m_type->findData(static_cast<int>(key->type())));
            m_key->setText(key->value());
        }
        m_name->setText(current.merchantName);
        m_city->setText(current.city);
    } else if (const auto business = BusinessSettings(store).businessName()) {
        m_name->setText(*business);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Key &type"), m_type);
    form->addRow(tr("&Key"), m_key);
    form->addRow(tr("Receiver's &name"), m_name);
    form->addRow(tr("&City"), m_city);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PixSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_key->setFocus();
}

void PixSetupDialog::accept()
{
    if (auto allowed = StaffService(m_store).approver(m_user, tr("changing where PIX payments go"));
        !allowed) {
        m_message->showError(allowed.error().message);
        return;
    }
    const auto type = static_cast<PixKey::Type>(m_type->currentData().toInt());
    if (auto saved
        = SalesSettings(m_store).setPix(type, m_key->text(), m_name->text(), m_city->text());
        !saved) {
        m_message->showError(saved.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace Balcao
