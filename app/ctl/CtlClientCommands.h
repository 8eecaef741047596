// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Balcao::Ctl {

class CtlContext;

// `balcaoctl client ...`: add, edit, delete, list, find, show, import,
// export, merge, duplicates.
class CtlClientCommands
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Ctl::CtlClientCommands)
public:
    static int run(CtlContext &ctx);
    // The lines of `balcaoctl --help` that describe them.
    static QString helpText();
};

} // namespace Balcao::Ctl
