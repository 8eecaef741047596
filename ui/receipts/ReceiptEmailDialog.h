// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "sales/Receipt.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace Balcao {

class FormMessage;
class LocalStore;

// Asks where to e-mail a receipt (the client's address, when known, is
// filled in) and puts it in the outbox (ReceiptMailer). A refused address is
// shown under the field and the dialog stays open.
class ReceiptEmailDialog : public QDialog
{
    Q_OBJECT
public:
    ReceiptEmailDialog(LocalStore &store, const Receipt &receipt, QWidget *parent = nullptr);

    QString address() const;
    Id messageId() const { return m_messageId; }

public slots:
    void send();

private:
    LocalStore &m_store;
    Receipt m_receipt;
    Id m_messageId;
    QLineEdit *m_address = nullptr;
    FormMessage *m_message = nullptr;
};

} // namespace Balcao
