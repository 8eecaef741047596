// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Balcao::Ctl {

class CtlContext;

// `balcaoctl shift` and `drawer`: the cash drawer's day, from the opening
// float through cash in and out to the count at closing (X and Z reports).
class CtlShiftCommands
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Ctl::CtlShiftCommands)
public:
    static int runShift(CtlContext &ctx);
    static int runDrawer(CtlContext &ctx);
    static QString helpText();
};

} // namespace Balcao::Ctl
