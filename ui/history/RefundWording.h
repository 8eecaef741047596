// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/Return.h"

#include <QCoreApplication>

namespace Balcao {

// How the history and the return dialog name where a refund's money goes
// and what happens to returned goods, in the user's language.
class RefundWording
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::RefundWording)
public:
    // "Cash from the drawer", "Back to the card (AUT123)", "Amount due reduced"...
    static QString destination(const Payment &refund);
    static QString disposition(ReturnDisposition disposition);
    static QString refundMethod(RefundMethod method);
};

} // namespace Balcao
