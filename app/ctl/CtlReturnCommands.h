// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Balcao::Ctl {

class CtlContext;

// `balcaoctl return create|list|show` and `balcaoctl exchange`: goods coming
// back, with or without a receipt, and a return settled against a new sale.
class CtlReturnCommands
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Ctl::CtlReturnCommands)
public:
    static int runReturn(CtlContext &ctx);
    static int runExchange(CtlContext &ctx);
    static QString helpText();
};

} // namespace Balcao::Ctl
