// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlCommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Balcao"));
    QCoreApplication::setApplicationName(QStringLiteral("balcaoctl"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return Balcao::Ctl::CtlCommands::run(arguments, out, err);
}
