// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staff/StaffService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace Balcao {

class FormMessage;

// Asks who is at the counter: login and password, checked with
// StaffService::authenticate. A refusal keeps the dialog open with the
// reason and an empty password field.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(const StaffService &staff, QWidget *parent = nullptr);

    void setBusinessName(const QString &name);
    // The signed-in account, once accepted.
    const UserAccount &account() const { return m_account; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    const StaffService &m_staff;
    UserAccount m_account;
    QString m_businessName;
    QLabel *m_title = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    FormMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Balcao
