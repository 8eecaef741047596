// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppStartup.h"
#include "MainWindow.h"
#include "SmokeTestProbe.h"
#include "StartupPrompts.h"
#include "security/KeychainSecretStore.h"
#include "shell/AppStyle.h"
#include "shell/LanguageSwitcher.h"
#include "sync/SyncController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Balcao;

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "balcao: %s\n", qUtf8Printable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Balcao"));
    QApplication::setApplicationName(QStringLiteral("Balcao"));
    QApplication::setApplicationDisplayName(QStringLiteral("Balcão"));
    QApplication::setApplicationVersion(QStringLiteral(BALCAO_VERSION));
    // The installed desktop file's name: Wayland's app id, which gives the
    // window its icon and its place in the dock.
    QGuiApplication::setDesktopFileName(QStringLiteral(BALCAO_APP_ID));
    QIcon icon;
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256, 512 })
        icon.addFile(QStringLiteral(":/icons/balcao-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    applyAppStyle(app);

    // The remembered language first, so that --help is translated too.
    QSettings settings;
    LanguageSwitcher languages(settings);
    languages.switchTo(languages.preferred(), false);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Point of sale and booking for salons, "
                                    "spas and clinics."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "The database file (default: %1).")
            .arg(QDir::toNativeSeparators(AppStartup::defaultDatabasePath())),
        QCoreApplication::translate("main", "path"));
    const QCommandLineOption passphraseOption(
        QStringLiteral("passphrase-file"),
        QCoreApplication::translate(
            "main",
            "Read the database passphrase from a file instead of the keychain "
            "or a prompt (for unattended runs)."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "The interface language: %1.")
            .arg(languages.languages().join(QStringLiteral(", "))),
        QCoreApplication::translate("main", "language"));
    // For the user guide's pictures: renders the main window to a PNG and quits.
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QString(),
                                        QStringLiteral("png"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // For the package smoke tests: quits once the first-run wizard or the
    // agenda is reached (SmokeTestProbe), with 0 when it was.
    QCommandLineOption smokeTestOption(QStringLiteral("smoke-test"));
    smokeTestOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        { dbOption, passphraseOption, langOption, screenshotOption, smokeTestOption });
    parser.process(app);
    std::unique_ptr<SmokeTestProbe> probe;
    if (parser.isSet(smokeTestOption))
        probe = std::make_unique<SmokeTestProbe>(parser.value(screenshotOption));

    if (parser.isSet(langOption)) {
        const QString language = parser.value(langOption);
        if (!languages.languages().contains(language)) {
            printError(
                QCoreApplication::translate("main", "Unknown language \"%1\". Choose one of: %2.")
                    .arg(language, languages.languages().join(QStringLiteral(", "))));
            return 2;
        }
        languages.switchTo(language);
    }

    KeychainSecretStore keychain;
    DialogPrompts prompts(&languages);
    AppStartup startup(keychain, prompts);
    if (parser.isSet(passphraseOption)) {
        auto passphrase = AppStartup::readPassphraseFile(parser.value(passphraseOption));
        if (!passphrase) {
            printError(passphrase.error().message);
            return 2;
        }
        startup.setPassphrase(*passphrase);
    }
    const QString path
        = parser.isSet(dbOption) ? parser.value(dbOption) : AppStartup::defaultDatabasePath();
    std::optional<Session> session = startup.run(path);
    if (!session)
        return probe ? probe->exitCode() : 1;

    MainWindow window(*session->store, languages, session->user);
    // The sync thread's own connection to the same file, with the key this
    // run already holds in memory (never written anywhere else).
    SyncController sync(*session->store, keychain,
                        [path = session->store->database().path(), key = session->key] {
                            LocalStore::Options options;
                            options.mode = Database::OpenMode::MustExist;
                            return LocalStore::open(path, key, options);
                        });
    window.setSyncController(&sync);
    sync.start();
    // Before the windows and the store go: the thread uses the same file.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &sync, &SyncController::stop);
    window.show();
    // After the sign-in dialog closes, some window managers (and none at
    // all, under Xvfb) leave no window active, and shortcuts need one.
    window.activateWindow();

    if (parser.isSet(screenshotOption) && !probe) {
        const QString target = parser.value(screenshotOption);
        // After the first paint and layout pass, so the picture is complete.
        QTimer::singleShot(500, &window, [&window, target] {
            const bool saved = window.grab().save(target, "PNG");
            if (!saved)
                printError(QCoreApplication::translate("main", "Could not write %1.").arg(target));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    const int code = app.exec();
    return probe && code == 0 ? probe->exitCode() : code;
}
