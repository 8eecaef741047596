// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Balcao::Ctl {

class CtlContext;

// `balcaoctl sale create|review|list|show`: checkout over the same
// CheckoutService the counter uses, and the sales history.
class CtlSalesCommands
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Ctl::CtlSalesCommands)
public:
    static int run(CtlContext &ctx);
    static QString helpText();
};

} // namespace Balcao::Ctl
