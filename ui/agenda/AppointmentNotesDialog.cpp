// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppointmentNotesDialog.h"

#include "scheduling/AppointmentBook.h"
#include "shell/FormMessage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Balcao {

AppointmentNotesDialog::AppointmentNotesDialog(LocalStore &store, const Appointment &appointment,
                                               QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_id(appointment.id)
{
    setObjectName(QStringLiteral("appointmentNotesDialog"));
    setWindowTitle(tr("Appointment notes"));
    m_notes = new QPlainTextEdit(appointment.notes, this);
    m_notes->setObjectName(QStringLiteral("appointmentNotes"));
    m_notes->setTabChangesFocus(true);
    m_internal = new QPlainTextEdit(appointment.internalNotes, this);
    m_internal->setObjectName(QStringLiteral("appointmentInternalNotes"));
    m_internal->setTabChangesFocus(true);
    auto *notesLabel = new QLabel(tr("&Notes"), this);
    notesLabel->setBuddy(m_notes);
    auto *internalLabel = new QLabel(tr("&Internal notes (only the team sees them)"), this);
    internalLabel->setBuddy(m_internal);
    m_message = new FormMessage(this);
    m_message->setObjectName(QStringLiteral("notesMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AppointmentNotesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(internalLabel);
    layout->addWidget(m_internal);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(460, 360);
}

void AppointmentNotesDialog::save()
{
    auto saved = AppointmentBook(m_store).setNotes(m_id, m_notes->toPlainText(),
                                                   m_internal->toPlainText());
    if (!saved) {
        m_message->showError(saved.error().message);
        return;
    }
    accept();
}

} // namespace Balcao
