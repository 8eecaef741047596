// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ManagerApprovalDialog.h"

#include <QCoreApplication>

namespace Balcao {

// Runs a booking, move or resize the way the front desk expects: it is
// tried as it is; when AppointmentBook refuses it for warnings a manager may
// override (staff, resource or client busy, outside working hours...), the
// warnings are shown with "Book anyway (manager)", which asks for a
// manager's sign-in and retries with that user as the override. Declining
// changes nothing.
class OverrideFlow
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::OverrideFlow)
public:
    enum class Outcome { Done, Declined, Failed };
    using Attempt = ManagerApprovalDialog::Attempt;

    OverrideFlow(LocalStore &store, QWidget *parent);

    // `attempt` is called with a null id first (no override).
    Outcome run(const Attempt &attempt);
    // Why it failed (Outcome::Failed).
    const Error &error() const { return m_error; }
    // The manager who approved, when one did.
    const Id &approvedBy() const { return m_approvedBy; }

    // True for core's "refused, but a manager may override" answer.
    static bool isOverridable(const Error &error);

private:
    LocalStore &m_store;
    QWidget *m_parent = nullptr;
    Error m_error;
    Id m_approvedBy;
};

} // namespace Balcao
