// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlCommands.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Balcao"));
    QCoreApplication::setApplicationName(QStringLiteral("balcaoctl"));
    // Messages follow the user's locale (LANG / LC_MESSAGES), like other tools.
    Balcao::installTranslations(app, QLocale::system());
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return Balcao::Ctl::CtlCommands::run(arguments, out, err);
}
