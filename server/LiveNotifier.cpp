// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveNotifier.h"

#include "TokenAuthority.h"

#include <QAbstractHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

namespace Balcao::Server {

LiveNotifier::LiveNotifier(QAbstractHttpServer &http, TokenAuthority &tokens, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_tokens(tokens)
{
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this, &LiveNotifier::accept);
}

LiveNotifier::~LiveNotifier()
{
    for (Peer &peer : m_peers)
        peer.socket->disconnect(this);
}

void LiveNotifier::accept()
{
    while (m_http.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http.nextPendingWebSocketConnection();
        if (!socket)
            continue;
        QWebSocket *raw = socket.get();
        if (socket->requestUrl().path() != QStringLiteral("/v1/live")) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            continue;
        }
        connect(raw, &QWebSocket::textMessageReceived, this,
                [this, raw](const QString &message) { authenticate(raw, message); });
        connect(raw, &QWebSocket::disconnected, this, [this, raw] { drop(raw); });
        QTimer::singleShot(kAuthTimeoutMsecs, raw, [this, raw] {
            const auto it = std::find_if(m_peers.begin(), m_peers.end(),
                                         [raw](const Peer &p) { return p.socket.get() == raw; });
            if (it != m_peers.end() && it->businessId.isEmpty())
                raw->close(QWebSocketProtocol::CloseCodePolicyViolated);
        });
        m_peers.push_back(Peer { std::move(socket), {}, {} });
    }
}

void LiveNotifier::authenticate(QWebSocket *socket, const QString &message)
{
    const auto it = std::find_if(m_peers.begin(), m_peers.end(),
                                 [socket](const Peer &p) { return p.socket.get() == socket; });
    if (it == m_peers.end() || !it->businessId.isEmpty())
        return; // after authentication, terminals have nothing to say
    const QString token = QJsonDocument::fromJson(message.toUtf8())
                              .object()
                              .value(QStringLiteral("token"))
                              .toString();
    const auto caller = m_tokens.authenticate("Bearer " + token.toLatin1());
    if (!caller) {
        socket->sendTextMessage(QStringLiteral("{\"type\":\"unauthorized\"}"));
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        return;
    }
    it->businessId = caller->businessId;
    it->deviceId = caller->deviceId;
    socket->sendTextMessage(QStringLiteral("{\"type\":\"ready\"}"));
}

void LiveNotifier::drop(QWebSocket *socket)
{
    const auto it = std::find_if(m_peers.begin(), m_peers.end(),
                                 [socket](const Peer &p) { return p.socket.get() == socket; });
    if (it == m_peers.end())
        return;
    // Deleting a socket inside its own signal is not allowed: hand it over.
    it->socket.release()->deleteLater();
    m_peers.erase(it);
}

void LiveNotifier::notify(const QString &businessId, const QString &originDeviceId)
{
    for (Peer &peer : m_peers) {
        if (peer.businessId == businessId && peer.deviceId != originDeviceId)
            peer.socket->sendTextMessage(QStringLiteral("{\"type\":\"changes\"}"));
    }
}

int LiveNotifier::liveCount() const
{
    return static_cast<int>(std::count_if(m_peers.begin(), m_peers.end(),
                                          [](const Peer &p) { return !p.businessId.isEmpty(); }));
}

} // namespace Balcao::Server
