// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>

#include <memory>
#include <vector>

class QAbstractHttpServer;
class QWebSocket;

namespace Balcao::Server {

class TokenAuthority;

// Live push over WebSocket (GET /v1/live, upgraded): a terminal that is
// online learns within moments that others pushed, and pulls. The socket
// carries only "something changed" notices, never data: the data still
// travels through authenticated, idempotent pull.
//
// Qt 6.4's QHttpServer accepts every upgrade before any code of ours runs,
// so authentication is the socket's first message, {"token": "..."}; a
// socket that does not send a valid one within a few seconds is closed.
class LiveNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int kAuthTimeoutMsecs = 5000;

    LiveNotifier(QAbstractHttpServer &http, TokenAuthority &tokens, QObject *parent = nullptr);
    ~LiveNotifier() override;

    // Tells every live terminal of `businessId` except `originDeviceId`.
    void notify(const QString &businessId, const QString &originDeviceId);
    int liveCount() const;

private:
    struct Peer
    {
        std::unique_ptr<QWebSocket> socket;
        QString businessId; // empty until authenticated
        QString deviceId;
    };
    void accept();
    void authenticate(QWebSocket *socket, const QString &message);
    void drop(QWebSocket *socket);

    QAbstractHttpServer &m_http;
    TokenAuthority &m_tokens;
    std::vector<Peer> m_peers;
};

} // namespace Balcao::Server
