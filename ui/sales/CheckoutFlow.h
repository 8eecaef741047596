// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cash/CashShift.h"
#include "sales/CheckoutService.h"

#include <QCoreApplication>

class QWidget;

namespace Balcao {

class LocalStore;

// Commits a sale the way the counter expects: CheckoutService::checkout
// first; when core says a discount needs a manager, the manager signs in
// (ManagerApprovalDialog) and the sale is retried with their approval; when
// it says cash needs an open shift, the cashier may open the drawer right
// there and the sale is retried. Declining either leaves nothing written.
class CheckoutFlow
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::CheckoutFlow)
public:
    enum class Outcome { Done, Declined, Failed };

    // `drawer` is the terminal's (for opening its shift).
    CheckoutFlow(LocalStore &store, const CashDrawer &drawer, QWidget *parent);

    Outcome run(CheckoutRequest request);
    const Sale &sale() const { return m_sale; }
    // Why it failed (Outcome::Failed).
    const Error &error() const { return m_error; }

    static bool needsApproval(const Error &error);
    static bool needsShift(const Error &error);

private:
    Outcome approve(CheckoutRequest &request, const Error &refusal);
    bool offerToOpenShift(const CheckoutRequest &request);

    LocalStore &m_store;
    CashDrawer m_drawer;
    QWidget *m_parent = nullptr;
    Sale m_sale;
    Error m_error;
};

} // namespace Balcao
