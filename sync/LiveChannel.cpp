// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveChannel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QWebSocket>

namespace Balcao {

LiveChannel::LiveChannel(QUrl server, QByteArray token, AlarmClock &alarms, QObject *parent)
    : QObject(parent)
    , m_token(std::move(token))
    , m_reconnect(alarms.newAlarm().release())
{
    m_reconnect->setParent(this);
    m_url = server;
    m_url.setScheme(server.scheme() == QStringLiteral("https") ? QStringLiteral("wss")
                                                               : QStringLiteral("ws"));
    m_url.setPath(QStringLiteral("/v1/live"));
    connect(m_reconnect, &Alarm::rang, this, &LiveChannel::connectSocket);
}

LiveChannel::~LiveChannel()
{
    close();
}

void LiveChannel::open()
{
    m_wanted = true;
    connectSocket();
}

void LiveChannel::close()
{
    m_wanted = false;
    m_reconnect->cancel();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_ready) {
        m_ready = false;
        emit readyChanged(false);
    }
}

void LiveChannel::connectSocket()
{
    if (!m_wanted || m_socket)
        return;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        // The token goes in the first message, not the URL, so that it never
        // lands in a proxy's or server's access log.
        m_socket->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject { { QStringLiteral("token"), QString::fromLatin1(m_token) } })
                .toJson(QJsonDocument::Compact)));
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
        const QString type = QJsonDocument::fromJson(message.toUtf8())
                                 .object()
                                 .value(QStringLiteral("type"))
                                 .toString();
        if (type == QStringLiteral("ready")) {
            m_failures = 0;
            m_ready = true;
            emit readyChanged(true);
            emit changesAvailable(); // catch up on what happened while away
        } else if (type == QStringLiteral("changes")) {
            emit changesAvailable();
        }
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        m_socket->deleteLater();
        m_socket = nullptr;
        if (m_ready) {
            m_ready = false;
            emit readyChanged(false);
        }
        scheduleReconnect();
    });
    m_socket->open(m_url);
}

void LiveChannel::scheduleReconnect()
{
    if (!m_wanted)
        return;
    ++m_failures;
    m_reconnect->set(m_retry.delay(m_failures, QRandomGenerator::global()->generateDouble()));
}

} // namespace Balcao
