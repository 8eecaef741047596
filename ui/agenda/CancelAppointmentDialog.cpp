// SPDX-License-Identifier: GPL-3.0-or-later
#include "CancelAppointmentDialog.h"

#include "AppointmentWording.h"
#include "locations/LocationService.h"
#include "scheduling/AppointmentBook.h"
#include "shell/FormMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Balcao {

CancelAppointmentDialog::CancelAppointmentDialog(LocalStore &store, const Appointment &appointment,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_appointment(appointment)
{
    setObjectName(QStringLiteral("cancelAppointmentDialog"));
    setWindowTitle(tr("Cancel appointment"));
    QTimeZone zone = QTimeZone::utc();
    if (auto location = LocationService(store).find(appointment.locationId))
        zone = location->timeZone();
    auto *what = new QLabel(tr("Cancel %1's appointment on %2?")
                                .arg(AppointmentWording::client(appointment),
                                     AppointmentWording::when(appointment.time, zone)),
                            this);
    what->setWordWrap(true);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("cancelReason"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    // Common answers to pick quickly; anything else can be typed.
    m_reason->addItems({ QString(), tr("The client asked to cancel"), tr("The client is ill"),
                         tr("The staff member is not available"), tr("Booked by mistake") });
    m_reason->setCurrentIndex(0);
    m_reason->lineEdit()->setPlaceholderText(tr("Why is it cancelled?"));
    auto *reasonLabel = new QLabel(tr("&Reason"), this);
    reasonLabel->setBuddy(m_reason);
    m_following = new QCheckBox(tr("Also cancel the &following appointments of this series"), this);
    m_following->setObjectName(QStringLiteral("cancelFollowing"));
    m_following->setVisible(!appointment.seriesId.isNull());
    m_message = new FormMessage(this);
    m_message->setObjectName(QStringLiteral("cancelMessage"));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *confirm
        = buttons->addButton(tr("Cancel &appointment"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmCancel"));
    QPushButton *keep = buttons->addButton(tr("&Keep it"), QDialogButtonBox::RejectRole);
    // Esc and the default keep the appointment: cancelling takes a decision.
    keep->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this,
            &CancelAppointmentDialog::cancelAppointment);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addSpacing(6);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_following);
    layout->addWidget(m_message);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_reason->setFocus();
}

void CancelAppointmentDialog::cancelAppointment()
{
    const SeriesScope scope = m_following->isVisible() && m_following->isChecked()
        ? SeriesScope::ThisAndFollowing
        : SeriesScope::ThisOnly;
    auto done = AppointmentBook(m_store).cancel(m_appointment.id, m_reason->currentText(), scope);
    if (!done) {
        m_message->showError(done.error().message);
        m_reason->setFocus();
        return;
    }
    m_cancelled = *done;
    accept();
}

} // namespace Balcao
