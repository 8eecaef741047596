// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrolDialog.h"

#include "TerminalEnrolment.h"
#include "shell/FormMessage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace Balcao {

EnrolDialog::EnrolDialog(LocalStore &store, SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_intro(new QLabel(this))
    , m_fields(this)
    , m_progress(new QProgressBar(this))
    , m_message(new FormMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("enrolDialog"));
    m_intro->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("enrolProgress"));
    m_progress->setRange(0, 0); // no steps to count: "busy"
    m_progress->setTextVisible(false);
    m_progress->hide();

    auto *form = new QFormLayout;
    m_fields.addTo(form);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrolDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EnrolDialog::reject);
    retranslate();
    setMinimumWidth(480);
}

void EnrolDialog::submit()
{
    if (m_busy)
        return;
    auto server = TerminalEnrolment::parseServer(m_fields.server()->text());
    if (!server) {
        m_message->showError(server.error().message);
        m_fields.server()->setFocus();
        return;
    }
    m_message->clear();
    setBusy(true);
    const QString name = m_fields.deviceName()->text().trimmed().isEmpty()
        ? QSysInfo::machineHostName()
        : m_fields.deviceName()->text().trimmed();
    // An existing business: this terminal sends what it has rather than
    // taking the server's state in place of its own.
    auto enrolled = TerminalEnrolment(m_store, m_secrets)
                        .enrol(*server, m_fields.code()->text(), name, /*freshStore*/ false);
    setBusy(false);
    if (!enrolled) {
        m_message->showError(enrolled.error().message);
        m_fields.code()->setFocus();
        m_fields.code()->selectAll();
        return;
    }
    accept();
}

void EnrolDialog::reject()
{
    // Closing mid-request would leave the enrolment's nested loop running
    // under a dialog being destroyed.
    if (!m_busy)
        QDialog::reject();
}

void EnrolDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_fields.setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy)
        m_message->showSuccess(tr("Connecting to the server…"));
    else
        m_message->clear();
}

void EnrolDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void EnrolDialog::retranslate()
{
    setWindowTitle(tr("Connect to a server"));
    m_intro->setText(tr("Connect this terminal to your business's sync server, so that every "
                        "terminal shares the same clients and sales. Ask your administrator for "
                        "the server address and a one-time enrolment code."));
    m_fields.retranslate();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Co&nnect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace Balcao
