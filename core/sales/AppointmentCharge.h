// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "scheduling/Appointment.h"

#include <QCoreApplication>

namespace Balcao {

class LocalStore;

// Whether a visit can be charged at the checkout: it still holds its time
// (not cancelled, not a no-show) and no sale has charged it yet. The
// agenda's "Check out" action, CartBuilder and CheckoutService ask here, so
// they give one answer. (Two terminals charging one visit while apart both
// keep their sale, as every sale is kept.)
class AppointmentCharge
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::AppointmentCharge)
public:
    explicit AppointmentCharge(LocalStore &store);

    // The status rule alone, which needs no read.
    static Result<void> statusAllows(AppointmentStatus status);
    // The whole answer for an appointment already read.
    Result<void> check(const Appointment &appointment) const;
    // The whole answer from its id (what a cart carries).
    Result<void> check(const Id &appointmentId) const;

private:
    Result<void> notChargedYet(const Id &appointmentId) const;
    LocalStore &m_store;
};

} // namespace Balcao
