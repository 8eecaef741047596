// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/Appointment.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;

namespace Balcao {

class AgendaModel;
class AppointmentActions;

// The selected appointment beside the agenda: who, when, which services
// with whom and where, its status, source, series and notes, and a button
// for every action that applies to it now.
class AppointmentPanel : public QWidget
{
    Q_OBJECT
public:
    AppointmentPanel(AgendaModel *model, AppointmentActions *actions, QWidget *parent = nullptr);

    void setAppointment(const std::optional<Appointment> &appointment);
    // Puts the focus on the first button (Enter in the agenda "opens" the
    // appointment here).
    void focusActions();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshButtons();

    AgendaModel *m_model = nullptr;
    AppointmentActions *m_actions = nullptr;
    std::optional<Appointment> m_appointment;
    QLabel *m_status = nullptr;
    QLabel *m_client = nullptr;
    QLabel *m_when = nullptr;
    QLabel *m_details = nullptr;
    QList<QPushButton *> m_buttons;
    QGridLayout *m_buttonGrid = nullptr;
};

} // namespace Balcao
