// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerConfig.h"

#include <QCommandLineParser>

namespace Balcao::Server {

namespace {

Error usage(const QString &message)
{
    return Error::invalid(QStringLiteral("server.usage"), message);
}

} // namespace

Result<ServerConfig> ServerConfig::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Balcão's central sync server.\n\n"
           "  balcaod (--data DIR | --postgres URI) [--listen ADDR:PORT] [--tls-cert FILE "
           "--tls-key FILE]\n"
           "  balcaod admin create-business --name NAME [--json] (--data DIR | --postgres URI)\n"
           "  balcaod admin enrolment-code --business ID [--valid-hours H] [--json] (--data DIR | "
           "--postgres URI)\n"
           "  balcaod admin revoke-device --device ID (--data DIR | --postgres URI)"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption data(QStringLiteral("data"), tr("Keep data in DIR/balcaod.sqlite."),
                                  tr("DIR"));
    const QCommandLineOption postgres(
        QStringLiteral("postgres"),
        tr("Keep data in PostgreSQL (postgresql://user@host:port/db?host=/socket)."), tr("URI"));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        tr("Address and port to serve on (default 127.0.0.1:8420; port 0 picks a free one)."),
        tr("ADDR:PORT"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"),
                                  tr("PEM certificate (chain) for HTTPS."), tr("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"), tr("PEM private key for HTTPS."),
                                 tr("FILE"));
    const QCommandLineOption maxBody(QStringLiteral("max-body-mib"),
                                     tr("Largest request body (default 8)."), tr("MIB"));
    const QCommandLineOption clockAhead(
        QStringLiteral("max-clock-ahead-minutes"),
        tr("Refuse changes stamped further ahead of this server's clock (default 5)."),
        tr("MINUTES"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Name of the new business."),
                                  tr("NAME"));
    const QCommandLineOption business(QStringLiteral("business"), tr("Business id."), tr("ID"));
    const QCommandLineOption device(QStringLiteral("device"), tr("Device id."), tr("ID"));
    const QCommandLineOption validHours(QStringLiteral("valid-hours"),
                                        tr("How long an enrolment code stays usable (default 24)."),
                                        tr("HOURS"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOptions({ data, postgres, listen, cert, key, maxBody, clockAhead, name, business,
                        device, validHours, json });
    parser.addPositionalArgument(QStringLiteral("admin"),
                                 tr("Run an administration command instead of serving."),
                                 QStringLiteral("[admin COMMAND]"));

    if (!parser.parse(arguments))
        return usage(parser.errorText());

    ServerConfig config;
    config.helpText = parser.helpText();
    if (parser.isSet(help)) {
        config.mode = Mode::Help;
        return config;
    }
    if (parser.isSet(version)) {
        config.mode = Mode::Version;
        return config;
    }

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.size() != 2 || positional.first() != QStringLiteral("admin"))
            return usage(tr("Unknown command \"%1\". Try --help.").arg(positional.join(u' ')));
        const QString command = positional.at(1);
        if (command == QStringLiteral("create-business")) {
            config.mode = Mode::CreateBusiness;
            config.businessName = parser.value(name).trimmed();
            if (config.businessName.isEmpty())
                return usage(tr("create-business needs --name NAME."));
        } else if (command == QStringLiteral("enrolment-code")) {
            config.mode = Mode::EnrolmentCode;
            config.businessId = parser.value(business).trimmed();
            if (config.businessId.isEmpty())
                return usage(tr("enrolment-code needs --business ID."));
        } else if (command == QStringLiteral("revoke-device")) {
            config.mode = Mode::RevokeDevice;
            config.deviceId = parser.value(device).trimmed();
            if (config.deviceId.isEmpty())
                return usage(tr("revoke-device needs --device ID."));
        } else {
            return usage(tr("Unknown admin command \"%1\". Try --help.").arg(command));
        }
    }

    config.store.dataDir = parser.value(data);
    config.store.postgresUri = parser.value(postgres);
    if (config.store.dataDir.isEmpty() == config.store.postgresUri.isEmpty())
        return usage(tr("Give exactly one of --data DIR or --postgres URI."));
    config.json = parser.isSet(json);

    if (parser.isSet(validHours)) {
        bool ok = false;
        config.codeValidHours = parser.value(validHours).toInt(&ok);
        if (!ok || config.codeValidHours < 1 || config.codeValidHours > 24 * 30)
            return usage(tr("--valid-hours must be between 1 and 720."));
    }

    if (parser.isSet(listen)) {
        const QString value = parser.value(listen);
        const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const uint port = colon > 0 ? value.mid(colon + 1).toUInt(&ok) : 0;
        QString host = colon > 0 ? value.left(colon) : QString();
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        const QHostAddress address(host);
        if (!ok || port > 65535 || address.isNull())
            return usage(
                tr("--listen needs ADDR:PORT with a numeric address, e.g. 127.0.0.1:8420."));
        config.listenAddress = address;
        config.listenPort = static_cast<quint16>(port);
    }

    config.tlsCertFile = parser.value(cert);
    config.tlsKeyFile = parser.value(key);
    if (config.tlsCertFile.isEmpty() != config.tlsKeyFile.isEmpty())
        return usage(tr("--tls-cert and --tls-key go together."));

    if (parser.isSet(maxBody)) {
        bool ok = false;
        const int mib = parser.value(maxBody).toInt(&ok);
        if (!ok || mib < 1 || mib > 1024)
            return usage(tr("--max-body-mib must be between 1 and 1024."));
        config.maxBodyBytes = qint64(mib) * 1024 * 1024;
    }
    if (parser.isSet(clockAhead)) {
        bool ok = false;
        const int minutes = parser.value(clockAhead).toInt(&ok);
        if (!ok || minutes < 0 || minutes > 24 * 60)
            return usage(tr("--max-clock-ahead-minutes must be between 0 and 1440."));
        config.maxClockAheadMsecs = qint64(minutes) * 60 * 1000;
    }
    return config;
}

} // namespace Balcao::Server
