// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Id.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Balcao {

class FormMessage;
class LocalStore;

// Asks a manager or admin to sign for a booking over warnings: their login
// and password (StaffService::authenticate), then the change itself is
// retried with their user id as the override. Whatever refuses it (a wrong
// password, a user who may not override) is shown here, and the dialog
// stays open to try again or cancel.
class ManagerApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    // `attempt` makes the change with the given user as the one who
    // overrides; it returns core's error when it is refused.
    using Attempt = std::function<Result<void>(const Id &overriddenBy)>;

    ManagerApprovalDialog(LocalStore &store, const QString &warnings, Attempt attempt,
                          QWidget *parent = nullptr);

    Id approvedBy() const { return m_approvedBy; }
    // What the manager signs for, when it is not a booking (a return
    // without receipt).
    void setIntro(const QString &text);

public slots:
    void approve();

private:
    LocalStore &m_store;
    Attempt m_attempt;
    Id m_approvedBy;
    QLabel *m_intro = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    FormMessage *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Balcao
