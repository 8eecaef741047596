// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Balcao::Ctl {

// balcaoctl's command table: parses the command line, runs one command and
// returns the process exit code (0 done, 1 failed, 2 usage error).
class CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Ctl::CtlCommands)
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString helpText();
};

} // namespace Balcao::Ctl
