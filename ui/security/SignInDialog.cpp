// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInDialog.h"

#include "shell/BusyCursor.h"
#include "shell/FormMessage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Balcao {

SignInDialog::SignInDialog(const StaffService &staff, QWidget *parent)
    : QDialog(parent)
    , m_staff(staff)
    , m_title(new QLabel(this))
    , m_loginLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new FormMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setWordWrap(true);
    m_login->setObjectName(QStringLiteral("loginField"));
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_login->setMinimumWidth(260);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel->setBuddy(m_password);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(14);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    retranslate();
}

void SignInDialog::setBusinessName(const QString &name)
{
    m_businessName = name;
    retranslate();
}

void SignInDialog::accept()
{
    Result<UserAccount> account = [this] {
        BusyCursor busy; // password hashing is slow on purpose
        return m_staff.authenticate(m_login->text(), m_password->text());
    }();
    if (!account) {
        m_message->showError(account.error().message);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_account = *account;
    QDialog::accept();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in"));
    m_title->setText(m_businessName.isEmpty() ? tr("Sign in")
                                              : tr("Sign in to %1").arg(m_businessName));
    m_loginLabel->setText(tr("&Login:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace Balcao
