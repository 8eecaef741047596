// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptEmailDialog.h"

#include "sales/ReceiptLayout.h"
#include "sales/ReceiptMailer.h"
#include "shell/FormMessage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Balcao {

ReceiptEmailDialog::ReceiptEmailDialog(LocalStore &store, const Receipt &receipt, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_receipt(receipt)
{
    setObjectName(QStringLiteral("receiptEmailDialog"));
    setWindowTitle(tr("E-mail the receipt"));
    auto *intro = new QLabel(tr("%1 goes out with the next messages the server sends.")
                                 .arg(ReceiptLayout::title(receipt)),
                             this);
    intro->setWordWrap(true);
    m_address = new QLineEdit(receipt.clientEmail, this);
    m_address->setObjectName(QStringLiteral("receiptEmailAddress"));
    m_address->setPlaceholderText(tr("name@example.com"));
    auto *label = new QLabel(tr("&E-mail address"), this);
    label->setBuddy(m_address);
    m_message = new FormMessage(this);
    m_message->setObjectName(QStringLiteral("receiptEmailMessage"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *sendButton = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    sendButton->setObjectName(QStringLiteral("receiptEmailSend"));
    sendButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReceiptEmailDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(label);
    layout->addWidget(m_address);
    layout->addWidget(m_message);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    m_address->setFocus();
    m_address->selectAll();
}

QString ReceiptEmailDialog::address() const
{
    return m_address->text();
}

void ReceiptEmailDialog::send()
{
    auto queued = ReceiptMailer(m_store).queue(m_receipt, m_address->text());
    if (!queued) {
        m_message->showError(queued.error().message);
        m_address->setFocus();
        m_address->selectAll();
        return;
    }
    m_messageId = *queued;
    accept();
}

} // namespace Balcao
