// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace Balcao {

// The fields that connect a terminal to a business's sync server, the same
// in the Connect dialog and on the first-run wizard's join page: the
// server's address, the one-time enrolment code and this terminal's name
// (the computer's name to start with).
class EnrolmentFields
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::EnrolmentFields)
public:
    // The fields are children of `parent`, created in tab order.
    explicit EnrolmentFields(QWidget *parent);

    void addTo(QFormLayout *form) const;
    // Locked while a request is under way, so it cannot be sent twice.
    void setEnabled(bool enabled);
    void retranslate();

    QLineEdit *server() const { return m_server; }
    QLineEdit *code() const { return m_code; }
    QLineEdit *deviceName() const { return m_deviceName; }

private:
    QLabel *m_serverLabel;
    QLabel *m_codeLabel;
    QLabel *m_deviceNameLabel;
    QLineEdit *m_server;
    QLineEdit *m_code;
    QLineEdit *m_deviceName;
};

} // namespace Balcao
