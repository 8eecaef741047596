// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Balcao::Ctl {

class CtlContext;

// `balcaoctl account`: a client's store credit and amount due, the entries
// behind them, and paying off what is owed (through DuePayment, as the
// counter does).
class CtlAccountCommands
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Ctl::CtlAccountCommands)
public:
    static int run(CtlContext &ctx);
    static QString helpText();
};

} // namespace Balcao::Ctl
