// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace Balcao {

class FormMessage;
class LocalStore;

// Where PIX payments go: the key (its type asked, since eleven digits can be
// a CPF or a phone), the receiver's name and city as the payer's bank app
// shows them. SalesSettings checks them by building a code; only a manager or
// an admin may change them (StaffService::approver).
class PixSetupDialog : public QDialog
{
    Q_OBJECT
public:
    PixSetupDialog(LocalStore &store, const Id &userId, QWidget *parent = nullptr);

    QComboBox *keyType() const { return m_type; }
    QLineEdit *key() const { return m_key; }
    QLineEdit *merchantName() const { return m_name; }
    QLineEdit *city() const { return m_city; }

public slots:
    void accept() override;

private:
    LocalStore &m_store;
    Id m_user;
    QComboBox *m_type = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_city = nullptr;
    FormMessage *m_message = nullptr;
};

} // namespace Balcao
