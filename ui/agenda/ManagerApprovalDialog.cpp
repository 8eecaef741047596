// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManagerApprovalDialog.h"

#include "shell/BusyCursor.h"
#include "shell/FormMessage.h"
#include "staff/StaffService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Balcao {

ManagerApprovalDialog::ManagerApprovalDialog(LocalStore &store, const QString &warnings,
                                             Attempt attempt, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_attempt(std::move(attempt))
{
    setObjectName(QStringLiteral("managerApprovalDialog"));
    setWindowTitle(tr("Manager approval"));
    m_intro = new QLabel(
        tr("A manager or an admin must approve booking over these warnings. The approval is "
           "recorded with their name."),
        this);
    m_intro->setObjectName(QStringLiteral("approvalIntro"));
    m_intro->setWordWrap(true);
    auto *details = new QLabel(warnings, this);
    details->setObjectName(QStringLiteral("approvalWarnings"));
    details->setWordWrap(true);
    details->setTextFormat(Qt::PlainText);

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("approvalLogin"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("approvalPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *loginLabel = new QLabel(tr("Manager's &login"), this);
    loginLabel->setBuddy(m_login);
    auto *passwordLabel = new QLabel(tr("&Password"), this);
    passwordLabel->setBuddy(m_password);
    m_message = new FormMessage(this);
    m_message->setObjectName(QStringLiteral("approvalMessage"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Approve and save"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("approveButton"));
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ManagerApprovalDialog::approve);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(m_intro);
    layout->addWidget(details);
    layout->addSpacing(8);
    layout->addWidget(loginLabel);
    layout->addWidget(m_login);
    layout->addSpacing(4);
    layout->addWidget(passwordLabel);
    layout->addWidget(m_password);
    layout->addWidget(m_message);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_login->setFocus();
}

void ManagerApprovalDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
}

void ManagerApprovalDialog::approve()
{
    BusyCursor busy; // password hashing takes a moment on purpose
    auto user = StaffService(m_store).authenticate(m_login->text().trimmed(), m_password->text());
    if (!user) {
        m_message->showError(user.error().message);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    // Core decides whether this user may override; its refusal is shown.
    if (auto done = m_attempt(user->id); !done) {
        m_message->showError(done.error().message);
        m_password->clear();
        m_login->setFocus();
        m_login->selectAll();
        return;
    }
    m_approvedBy = user->id;
    accept();
}

} // namespace Balcao
