// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

namespace Balcao::Server {

// Where the server keeps its data: one SQLite file under a directory (zero
// set-up) or a PostgreSQL database given as a libpq-style URI.
struct StoreLocation
{
    QString dataDir; // SQLite: DIR/balcaod.sqlite
    QString postgresUri; // postgresql://user[:password]@host[:port]/db?host=/socket/dir

    bool isPostgres() const { return !postgresUri.isEmpty(); }
};

// Everything balcaod is told on its command line.
struct ServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Server::ServerConfig)
public:
    static constexpr qint64 kDefaultMaxBodyBytes = 8 * 1024 * 1024;
    static constexpr qint64 kDefaultMaxClockAheadMsecs = 5 * 60 * 1000;
    static constexpr int kDefaultCodeValidHours = 24;

    enum class Mode { Serve, CreateBusiness, EnrolmentCode, RevokeDevice, Help, Version };
    Mode mode = Mode::Serve;

    StoreLocation store;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8420;
    QString tlsCertFile;
    QString tlsKeyFile;
    qint64 maxBodyBytes = kDefaultMaxBodyBytes;
    qint64 maxClockAheadMsecs = kDefaultMaxClockAheadMsecs;

    // Admin subcommands.
    QString businessName;
    QString businessId;
    QString deviceId;
    int codeValidHours = kDefaultCodeValidHours;
    bool json = false;

    QString helpText;

    bool tlsEnabled() const { return !tlsCertFile.isEmpty(); }
    static Result<ServerConfig> parse(const QStringList &arguments);
};

} // namespace Balcao::Server
