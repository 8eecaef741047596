// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncServer.h"

#include "ProtocolGuard.h"
#include "ServerStore.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcHttp, "balcaod.http", QtInfoMsg)

namespace Balcao::Server {

namespace {

using Method = QHttpServerRequest::Method;

} // namespace

SyncServer::SyncServer(ServerStore &store, const Clock &clock, Limits limits, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_limits(limits)
    , m_tokens(store, clock)
    , m_enrolment(store, m_tokens, clock)
    , m_ledger(store, clock)
    , m_state(store)
    , m_journal(store, clock)
    , m_push(store, m_ledger, m_state, m_journal, clock, limits.maxClockAheadMsecs)
    , m_pull(m_ledger)
    , m_bootstrap(m_ledger, m_state)
{
    const auto add = [this](const QString &path, Route route) {
        m_http.route(path, [this, route](const QHttpServerRequest &request) {
            return dispatch(request, route);
        });
    };
    m_live = std::make_unique<LiveNotifier>(m_http, m_tokens);
    // Qt 6.4 upgrades a WebSocket request only when a route handles it; this
    // one writes nothing, so the handshake proceeds to LiveNotifier.
    m_http.route(QStringLiteral("/v1/live"),
                 [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     if (request.value(QByteArrayLiteral("Upgrade"))
                             .compare(QByteArrayLiteral("websocket"), Qt::CaseInsensitive)
                         == 0)
                         return;
                     const ApiReply reply = ApiReply::error(
                         426, QStringLiteral("request.upgradeRequired"),
                         tr("/v1/live is a WebSocket: connect with an Upgrade request."));
                     responder.write(QJsonDocument(reply.body).toJson(QJsonDocument::Compact),
                                     QByteArrayLiteral("application/json"),
                                     QHttpServerResponder::StatusCode::UpgradeRequired);
                 });
    add(QStringLiteral("/v1/enrol"), Route::Enrol);
    add(QStringLiteral("/v1/push"), Route::Push);
    add(QStringLiteral("/v1/pull"), Route::Pull);
    add(QStringLiteral("/v1/bootstrap"), Route::Bootstrap);
    m_http.setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const ApiReply reply
                = ApiReply::error(404, QStringLiteral("request.notFound"),
                                  tr("There is nothing at %1.").arg(request.url().path()));
            responder.write(QJsonDocument(reply.body).toJson(QJsonDocument::Compact),
                            QByteArrayLiteral("application/json"),
                            QHttpServerResponder::StatusCode::NotFound);
        });
}

SyncServer::~SyncServer() = default;

QList<QPair<QString, QByteArray>> SyncServer::routes()
{
    return { { QStringLiteral("/v1/enrol"), QByteArrayLiteral("post") },
             { QStringLiteral("/v1/push"), QByteArrayLiteral("post") },
             { QStringLiteral("/v1/pull"), QByteArrayLiteral("get") },
             { QStringLiteral("/v1/bootstrap"), QByteArrayLiteral("get") },
             { QStringLiteral("/v1/live"), QByteArrayLiteral("get") } };
}

Result<quint16> SyncServer::listen(const QHostAddress &address, quint16 port,
                                   const std::optional<Tls> &tls)
{
    if (tls) {
        QFile certFile(tls->certificateFile);
        QFile keyFile(tls->keyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return Error::invalid(QStringLiteral("server.tlsFiles"),
                                  tr("Cannot read the TLS certificate or key file."));
        const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull())
            return Error::invalid(
                QStringLiteral("server.tlsFiles"),
                tr("The TLS certificate or key is not a valid PEM file (the key must be RSA or "
                   "EC and not encrypted)."));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        m_http.sslSetup(configuration);
    } else if (!address.isLoopback()) {
        return Error::security(
            QStringLiteral("server.plainHttpRefused"),
            tr("Plain HTTP is only served on a loopback address; give --tls-cert and --tls-key to "
               "listen on %1.")
                .arg(address.toString()));
    }
    const quint16 bound = m_http.listen(address, port);
    if (bound == 0)
        return Error::storage(QStringLiteral("server.listenFailed"),
                              tr("Cannot listen on %1:%2.").arg(address.toString()).arg(port));
    return bound;
}

void SyncServer::stopAccepting()
{
    for (QTcpServer *server : m_http.servers())
        server->close();
}

qint64 SyncServer::pendingBytes() const
{
    qint64 pending = 0;
    for (QTcpServer *server : m_http.servers()) {
        for (const QTcpSocket *socket : server->findChildren<QTcpSocket *>()) {
            if (socket->state() == QAbstractSocket::ConnectedState)
                pending += socket->bytesToWrite();
        }
    }
    return pending;
}

QHttpServerResponse SyncServer::toResponse(const ApiReply &reply)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"),
                                 QJsonDocument(reply.body).toJson(QJsonDocument::Compact),
                                 static_cast<QHttpServerResponse::StatusCode>(reply.status));
    for (const auto &[name, value] : reply.headers)
        response.addHeader(name, value);
    return response;
}

QHttpServerResponse SyncServer::dispatch(const QHttpServerRequest &request, Route route)
{
    const ApiReply reply = answer(request, route);
    // Method, path and status only: headers and bodies may hold tokens and codes.
    qCDebug(lcHttp) << request.method() << request.url().path() << reply.status;
    return toResponse(reply);
}

ApiReply SyncServer::answer(const QHttpServerRequest &request, Route route)
{
    // Qt 6.4's QHttpServer reads the whole body before calling us, so the
    // limit protects the parsers and the database, not the socket buffer.
    if (request.body().size() > m_limits.maxBodyBytes)
        return ApiReply::error(
            413, QStringLiteral("request.tooLarge"),
            tr("The request is larger than the server accepts (%1 MiB). Send smaller batches.")
                .arg(m_limits.maxBodyBytes / (1024 * 1024)));

    const Method expected
        = (route == Route::Pull || route == Route::Bootstrap) ? Method::Get : Method::Post;
    if (request.method() != expected) {
        ApiReply reply = ApiReply::error(
            405, QStringLiteral("request.methodNotAllowed"),
            tr("Use %1 for %2.")
                .arg(expected == Method::Get ? QStringLiteral("GET") : QStringLiteral("POST"),
                     request.url().path()));
        reply.headers.append(
            { QByteArrayLiteral("Allow"),
              expected == Method::Get ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST") });
        return reply;
    }

    if (route == Route::Enrol) {
        if (auto refused = ProtocolGuard::check(request))
            return *refused;
        return enrol(request.body());
    }

    // An unknown or revoked token learns nothing, not even whether the
    // protocol matches.
    const auto caller = m_tokens.authenticate(request.value(QByteArrayLiteral("Authorization")));
    if (!caller) {
        ApiReply reply
            = ApiReply::error(401, QStringLiteral("auth.unauthorized"),
                              tr("This terminal is not enrolled or its access was revoked."));
        reply.headers.append(
            { QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer") });
        return reply;
    }
    if (auto refused = ProtocolGuard::check(request))
        return *refused;

    switch (route) {
    case Route::Push: {
        ApiReply reply = m_push.handle(*caller, request.body());
        // After the commit: online terminals of the business come and pull.
        if (reply.status == 200 && reply.body.value(QStringLiteral("stored")).toInt() > 0)
            m_live->notify(caller->businessId, caller->deviceId);
        return reply;
    }
    case Route::Pull:
        return m_pull.handle(*caller, request.query());
    case Route::Bootstrap:
        return m_bootstrap.handle(*caller, request.query());
    case Route::Enrol:
        break;
    }
    return ApiReply::error(404, QStringLiteral("request.notFound"), tr("Unknown route."));
}

ApiReply SyncServer::enrol(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return ApiReply::error(400, QStringLiteral("request.malformedJson"),
                               tr("The request body is not a JSON object."));
    const QJsonValue code = document.object().value(QStringLiteral("code"));
    const QJsonValue name = document.object().value(QStringLiteral("device_name"));
    if (!code.isString() || !name.isString())
        return ApiReply::error(400, QStringLiteral("request.badEnrolment"),
                               tr("Enrolment needs \"code\" and \"device_name\" as strings."));
    // Optional: a terminal that already has a local database keeps the
    // device id its field versions carry.
    const QJsonValue deviceId = document.object().value(QStringLiteral("device_id"));
    if (!deviceId.isUndefined() && !deviceId.isString())
        return ApiReply::error(400, QStringLiteral("request.badEnrolment"),
                               tr("\"device_id\" must be a string."));
    auto enrolled = m_enrolment.enrol(code.toString(), name.toString(), deviceId.toString());
    if (!enrolled)
        return ApiReply::fromError(enrolled.error());
    return ApiReply::ok({ { QStringLiteral("device_id"), enrolled->deviceId },
                          { QStringLiteral("token"), enrolled->token },
                          { QStringLiteral("business_id"), enrolled->businessId } });
}

} // namespace Balcao::Server
