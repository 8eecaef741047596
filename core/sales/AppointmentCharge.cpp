// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppointmentCharge.h"

#include "SalesJournal.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QSqlQuery>

namespace Balcao {

AppointmentCharge::AppointmentCharge(LocalStore &store)
    : m_store(store)
{ }

Result<void> AppointmentCharge::statusAllows(AppointmentStatus status)
{
    if (!holdsTime(status))
        return Error::invalid(QStringLiteral("sale.appointmentNotHeld"),
                              tr("A cancelled or missed appointment cannot be charged."));
    return {};
}

Result<void> AppointmentCharge::notChargedYet(const Id &appointmentId) const
{
    auto sale = SalesJournal(m_store).numberForAppointment(appointmentId);
    if (!sale)
        return sale.error();
    if (!sale->isEmpty())
        return Error::conflict(QStringLiteral("sale.appointmentCharged"),
                               tr("This appointment was already charged (sale %1).").arg(*sale));
    return {};
}

Result<void> AppointmentCharge::check(const Appointment &appointment) const
{
    if (auto allowed = statusAllows(appointment.status); !allowed)
        return allowed;
    return notChargedYet(appointment.id);
}

Result<void> AppointmentCharge::check(const Id &appointmentId) const
{
    // Only the status: the whole visit (its items) is not needed to say.
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT status FROM appointments WHERE id = ? AND deleted = 0"));
    q.addBindValue(appointmentId.toString());
    auto status = firstValue(q);
    if (!status)
        return status.error();
    if (!status->has_value())
        return Error::notFound(
            QStringLiteral("appointment.notFound"),
            tr("There is no appointment with id %1.").arg(appointmentId.toString()));
    const auto known = appointmentStatusFromName((*status)->toString());
    if (auto allowed = statusAllows(known.value_or(AppointmentStatus::Booked)); !allowed)
        return allowed;
    return notChargedYet(appointmentId);
}

} // namespace Balcao
