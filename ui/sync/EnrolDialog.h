// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EnrolmentFields.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace Balcao {

class FormMessage;
class LocalStore;
class SecretStore;

// Connects this terminal to a server: its address and the one-time code
// from the administrator. TerminalEnrolment checks and does everything and
// its translated errors (the server's own among them) appear under the
// form, which stays open to correct them. The enrolment waits on the
// network in a nested event loop, so the window keeps painting; meanwhile
// the form is locked and shows a busy bar, so it cannot be sent twice.
class EnrolDialog : public QDialog
{
    Q_OBJECT
public:
    EnrolDialog(LocalStore &store, SecretStore &secrets, QWidget *parent = nullptr);

    QLineEdit *serverField() const { return m_fields.server(); }
    QLineEdit *codeField() const { return m_fields.code(); }
    QLineEdit *deviceNameField() const { return m_fields.deviceName(); }
    FormMessage *message() const { return m_message; }
    bool isBusy() const { return m_busy; }

public slots:
    void submit();
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setBusy(bool busy);

    LocalStore &m_store;
    SecretStore &m_secrets;
    QLabel *m_intro = nullptr;
    EnrolmentFields m_fields;
    QProgressBar *m_progress = nullptr;
    FormMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace Balcao
