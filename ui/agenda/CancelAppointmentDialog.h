// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/Appointment.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace Balcao {

class FormMessage;
class LocalStore;

// Cancels an appointment with a reason (AppointmentBook requires one), and
// for a recurring one optionally the rest of its series. Core's refusal is
// shown in the dialog, which then stays open.
class CancelAppointmentDialog : public QDialog
{
    Q_OBJECT
public:
    CancelAppointmentDialog(LocalStore &store, const Appointment &appointment,
                            QWidget *parent = nullptr);

    // The appointments cancelled, once accepted.
    const QList<Appointment> &cancelled() const { return m_cancelled; }

public slots:
    void cancelAppointment();

private:
    LocalStore &m_store;
    Appointment m_appointment;
    QList<Appointment> m_cancelled;
    QComboBox *m_reason = nullptr;
    QCheckBox *m_following = nullptr;
    FormMessage *m_message = nullptr;
};

} // namespace Balcao
