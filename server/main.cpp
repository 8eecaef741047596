// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminCommands.h"
#include "ServerConfig.h"
#include "ServerStore.h"
#include "SignalWatcher.h"
#include "SyncServer.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTimer>

using namespace Balcao;
using namespace Balcao::Server;

namespace {

int serve(const ServerConfig &config, QTextStream &out, QTextStream &err)
{
    auto store = ServerStore::open(config.store);
    if (!store) {
        err << store.error().message << Qt::endl;
        return 1;
    }
    SyncServer server(**store, SystemClock::instance(),
                      SyncServer::Limits { config.maxBodyBytes, config.maxClockAheadMsecs });
    std::optional<SyncServer::Tls> tls;
    if (config.tlsEnabled())
        tls = SyncServer::Tls { config.tlsCertFile, config.tlsKeyFile };
    auto port = server.listen(config.listenAddress, config.listenPort, tls);
    if (!port) {
        err << port.error().message << Qt::endl;
        return 1;
    }
    const QString host = config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(config.listenAddress.toString())
        : config.listenAddress.toString();
    out << QCoreApplication::translate("balcaod", "balcaod: data in the %1")
               .arg((*store)->describe())
        << Qt::endl;
    if (tls)
        out << QCoreApplication::translate("balcaod", "balcaod: listening on https://%1:%2 (TLS)")
                   .arg(host)
                   .arg(*port)
            << Qt::endl;
    else
        out << QCoreApplication::translate(
                   "balcaod",
                   "balcaod: listening on http://%1:%2 (plain HTTP, loopback only: give --tls-cert "
                   "and --tls-key "
                   "to serve other machines)")
                   .arg(host)
                   .arg(*port)
            << Qt::endl;

    // Graceful stop: no new connections, let written answers leave (at most
    // a few seconds), then close the database. Requests run one at a time on
    // this thread, so none is half done when the signal is handled, and
    // every acknowledged batch was committed before its answer was written.
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &server, [&] {
        out << QCoreApplication::translate("balcaod", "balcaod: stopping") << Qt::endl;
        server.stopAccepting();
        auto *timer = new QTimer(&server);
        auto *elapsed = new QElapsedTimer;
        elapsed->start();
        QObject::connect(timer, &QTimer::timeout, &server, [&server, timer, elapsed] {
            if (server.pendingBytes() == 0 || elapsed->elapsed() > 5000) {
                timer->stop();
                delete elapsed;
                QCoreApplication::quit();
            }
        });
        timer->start(20);
    });
    const int code = QCoreApplication::exec();
    out << QCoreApplication::translate("balcaod", "balcaod: stopped") << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Messages (and the errors terminals show their users) in the locale of
    // the server: LANG=pt_BR.UTF-8 for a Brazilian deployment.
    Balcao::installTranslations(app, QLocale::system());
    QCoreApplication::setApplicationName(QStringLiteral("balcaod"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BALCAO_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    auto config = ServerConfig::parse(QCoreApplication::arguments());
    if (!config) {
        err << config.error().message << Qt::endl;
        return 2;
    }
    switch (config->mode) {
    case ServerConfig::Mode::Help:
        out << config->helpText;
        return 0;
    case ServerConfig::Mode::Version:
        out << QStringLiteral("balcaod %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return 0;
    case ServerConfig::Mode::Serve:
        return serve(*config, out, err);
    default:
        return AdminCommands::run(*config, out, err);
    }
}
