// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlCommands.h"
#include "CtlReceiptCommands.h"
#include "Translations.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // A PDF receipt needs fonts, hence Qt Gui; everything else runs on
    // QCoreApplication, so a server without any display runs balcaoctl.
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> application;
    if (Balcao::Ctl::CtlReceiptCommands::needsGui(raw)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Balcao"));
    QCoreApplication::setApplicationName(QStringLiteral("balcaoctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BALCAO_VERSION));
    // Messages follow the user's locale (LANG / LC_MESSAGES), like other tools.
    Balcao::installTranslations(app, QLocale::system());
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return Balcao::Ctl::CtlCommands::run(arguments, out, err);
}
