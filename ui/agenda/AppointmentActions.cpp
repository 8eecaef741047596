// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppointmentActions.h"

#include "AppointmentNotesDialog.h"
#include "AppointmentWording.h"
#include "CancelAppointmentDialog.h"
#include "sales/AppointmentCharge.h"
#include "scheduling/AppointmentBook.h"

#include <QAction>
#include <QWidget>

namespace Balcao {

AppointmentActions::AppointmentActions(LocalStore &store, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_store(store)
    , m_dialogParent(dialogParent)
{
    m_confirm = statusAction(AppointmentStatus::Confirmed, "confirmAction");
    m_checkIn = statusAction(AppointmentStatus::CheckedIn, "checkInAction");
    m_complete = statusAction(AppointmentStatus::Completed, "completeAction");
    m_noShow = statusAction(AppointmentStatus::NoShow, "noShowAction");
    m_restore = statusAction(AppointmentStatus::Booked, "restoreAction");
    m_cancel = new QAction(this);
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    connect(m_cancel, &QAction::triggered, this, &AppointmentActions::cancelAppointment);
    m_notes = new QAction(this);
    m_notes->setObjectName(QStringLiteral("notesAction"));
    connect(m_notes, &QAction::triggered, this, &AppointmentActions::editNotes);
    m_checkout = new QAction(this);
    m_checkout->setObjectName(QStringLiteral("checkoutAction"));
    connect(m_checkout, &QAction::triggered, this, [this] {
        if (m_appointment)
            emit checkoutRequested(m_appointment->id);
    });
    m_client = new QAction(this);
    m_client->setObjectName(QStringLiteral("clientAction"));
    connect(m_client, &QAction::triggered, this, [this] {
        if (m_appointment && !m_appointment->clientId.isNull())
            emit clientPageRequested(m_appointment->clientId);
    });
    retranslate(); // which also sets what is enabled
}

QAction *AppointmentActions::statusAction(AppointmentStatus status, const char *name)
{
    auto *action = new QAction(this);
    action->setObjectName(QString::fromLatin1(name));
    connect(action, &QAction::triggered, this, [this, status] { setStatus(status); });
    return action;
}

QList<QAction *> AppointmentActions::actions() const
{
    return { m_checkout, m_confirm, m_checkIn, m_complete, m_noShow,
             m_restore,  m_cancel,  m_notes,   m_client };
}

void AppointmentActions::retranslate()
{
    m_confirm->setText(tr("&Confirm"));
    m_checkIn->setText(tr("Check &in"));
    m_complete->setText(tr("Co&mplete"));
    m_noShow->setText(tr("N&o-show"));
    m_restore->setText(tr("&Restore"));
    m_restore->setToolTip(tr("Book it again at the same time, if that time is still free"));
    m_cancel->setText(tr("Cance&l appointment…"));
    m_cancel->setToolTip(tr("Cancel with a reason (Delete in the agenda)"));
    m_notes->setText(tr("Edit n&otes…"));
    m_client->setText(tr("Client &page"));
    m_checkout->setText(tr("Check &out…"));
    updateEnabled();
}

void AppointmentActions::setAppointment(const std::optional<Appointment> &appointment)
{
    m_appointment = appointment;
    updateEnabled();
}

void AppointmentActions::updateEnabled()
{
    const auto allows = [this](AppointmentStatus to) {
        return m_appointment && m_appointment->status != to
            && AppointmentBook::canChangeStatus(m_appointment->status, to);
    };
    m_confirm->setEnabled(allows(AppointmentStatus::Confirmed));
    m_checkIn->setEnabled(allows(AppointmentStatus::CheckedIn));
    m_complete->setEnabled(allows(AppointmentStatus::Completed));
    m_noShow->setEnabled(allows(AppointmentStatus::NoShow));
    m_restore->setEnabled(allows(AppointmentStatus::Booked));
    m_cancel->setEnabled(allows(AppointmentStatus::Cancelled));
    m_notes->setEnabled(m_appointment.has_value());
    m_client->setEnabled(m_appointment && !m_appointment->clientId.isNull());
    // Whether the visit can be charged (it holds its time, no sale charged
    // it yet) is AppointmentCharge's answer, which the checkout gives too;
    // the tooltip says why not.
    Result<void> chargeable = Error::invalid({}, {});
    if (m_appointment)
        chargeable = AppointmentCharge(m_store).check(*m_appointment);
    m_checkout->setEnabled(m_appointment && chargeable);
    m_checkout->setToolTip(!m_appointment || chargeable
                               ? tr("Charge this visit at the checkout; the sale completes it")
                               : chargeable.error().message);
}

void AppointmentActions::setStatus(AppointmentStatus status)
{
    if (!m_appointment)
        return;
    const Id id = m_appointment->id;
    auto changed = AppointmentBook(m_store).setStatus(id, status);
    if (!changed) {
        emit failed(changed.error().message);
        return;
    }
    emit succeeded(tr("%1: %2.").arg(AppointmentWording::client(*changed),
                                     AppointmentWording::status(changed->status)));
    emit this->changed(id);
}

void AppointmentActions::cancelAppointment()
{
    if (!m_appointment || !m_cancel->isEnabled())
        return;
    const Id id = m_appointment->id;
    CancelAppointmentDialog dialog(m_store, *m_appointment, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit succeeded(
        tr("%n appointment(s) cancelled.", nullptr, static_cast<int>(dialog.cancelled().size())));
    emit changed(id);
}

void AppointmentActions::editNotes()
{
    if (!m_appointment)
        return;
    const Id id = m_appointment->id;
    AppointmentNotesDialog dialog(m_store, *m_appointment, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit succeeded(tr("Notes saved."));
    emit changed(id);
}

} // namespace Balcao
