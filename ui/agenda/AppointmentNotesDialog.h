// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/Appointment.h"

#include <QDialog>

class QPlainTextEdit;

namespace Balcao {

class FormMessage;
class LocalStore;

// Edits an appointment's notes (for the client, shown in reminders' context)
// and internal notes (for the team only), through AppointmentBook::setNotes.
class AppointmentNotesDialog : public QDialog
{
    Q_OBJECT
public:
    AppointmentNotesDialog(LocalStore &store, const Appointment &appointment,
                           QWidget *parent = nullptr);

public slots:
    void save();

private:
    LocalStore &m_store;
    Id m_id;
    QPlainTextEdit *m_notes = nullptr;
    QPlainTextEdit *m_internal = nullptr;
    FormMessage *m_message = nullptr;
};

} // namespace Balcao
