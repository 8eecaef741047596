// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/Appointment.h"

#include <QObject>

#include <optional>

class QAction;
class QWidget;

namespace Balcao {

class LocalStore;

// What can be done to the selected appointment: check out (charge it at the
// checkout), confirm, check in, complete, no-show, restore, cancel (with a
// reason), edit notes, open the client's page. The same actions feed the
// side panel's buttons and the context menu; each is enabled only when
// AppointmentBook allows the change.
class AppointmentActions : public QObject
{
    Q_OBJECT
public:
    AppointmentActions(LocalStore &store, QWidget *dialogParent);

    void setAppointment(const std::optional<Appointment> &appointment);
    const std::optional<Appointment> &appointment() const { return m_appointment; }

    QAction *confirmAction() const { return m_confirm; }
    QAction *checkInAction() const { return m_checkIn; }
    QAction *completeAction() const { return m_complete; }
    QAction *noShowAction() const { return m_noShow; }
    QAction *restoreAction() const { return m_restore; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *notesAction() const { return m_notes; }
    QAction *clientAction() const { return m_client; }
    QAction *checkoutAction() const { return m_checkout; }
    // In menu order; status changes first.
    QList<QAction *> actions() const;

    void retranslate();

public slots:
    void setStatus(Balcao::AppointmentStatus status);
    void cancelAppointment();
    void editNotes();

signals:
    // Something was written: the agenda reloads.
    void changed(const Balcao::Id &appointmentId);
    void failed(const QString &message);
    void succeeded(const QString &message);
    void clientPageRequested(const Balcao::Id &clientId);
    // Charge the visit at the checkout (which completes it).
    void checkoutRequested(const Balcao::Id &appointmentId);

private:
    QAction *statusAction(AppointmentStatus status, const char *name);
    void updateEnabled();

    LocalStore &m_store;
    QWidget *m_dialogParent = nullptr;
    std::optional<Appointment> m_appointment;
    QAction *m_confirm = nullptr;
    QAction *m_checkIn = nullptr;
    QAction *m_complete = nullptr;
    QAction *m_noShow = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_notes = nullptr;
    QAction *m_client = nullptr;
    QAction *m_checkout = nullptr;
};

} // namespace Balcao
