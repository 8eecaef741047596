// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackRelay.h"

#include <QTcpSocket>

namespace Balcao::Test {

namespace {

// One client connection and its twin to the server, bytes copied both ways.
// Either side closing closes the other once what it sent is passed on.
class RelayedConnection : public QObject
{
public:
    RelayedConnection(QTcpSocket *client, quint16 serverPort, LoopbackRelay &relay)
        : QObject(&relay)
        , m_client(client)
        , m_server(new QTcpSocket(this))
    {
        m_client->setParent(this);
        // Small writes go out at once: Nagle's delay against the peer's
        // delayed acknowledgement would add tens of milliseconds per request.
        m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_client, &QTcpSocket::readyRead, this, [this] { toServer(takeFrom(m_client)); });
        connect(m_client, &QTcpSocket::disconnected, this, [this] {
            toServer(takeFrom(m_client));
            closeWhenFlushed(m_server);
        });
        connect(m_server, &QTcpSocket::connected, this, [this] {
            m_server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_server->write(std::exchange(m_early, {}));
        });
        connect(m_server, &QTcpSocket::readyRead, this,
                [this] { giveTo(m_client, takeFrom(m_server)); });
        connect(m_server, &QTcpSocket::disconnected, this, [this] {
            giveTo(m_client, takeFrom(m_server));
            closeWhenFlushed(m_client);
        });
        connect(m_server, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            // The server is gone (or refused): so is the connection.
            if (e != QAbstractSocket::RemoteHostClosedError)
                cut();
        });
        connect(&relay, &LoopbackRelay::cut, this, &RelayedConnection::cut);
        m_server->connectToHost(QHostAddress::LocalHost, serverPort);
        toServer(takeFrom(m_client));
    }

    void cut()
    {
        m_client->abort();
        m_server->abort();
        deleteLater();
    }

private:
    static QByteArray takeFrom(QTcpSocket *socket)
    {
        return socket->isOpen() ? socket->readAll() : QByteArray();
    }
    static void giveTo(QTcpSocket *socket, const QByteArray &bytes)
    {
        if (!bytes.isEmpty() && socket->state() == QAbstractSocket::ConnectedState)
            socket->write(bytes);
    }
    void toServer(const QByteArray &bytes)
    {
        if (bytes.isEmpty())
            return;
        if (m_server->state() == QAbstractSocket::ConnectedState)
            m_server->write(bytes);
        else
            m_early += bytes; // until the server side is connected
    }
    void closeWhenFlushed(QTcpSocket *other)
    {
        // disconnectFromHost() writes what is pending before it closes.
        if (other->state() != QAbstractSocket::UnconnectedState)
            other->disconnectFromHost();
        if (m_client->state() == QAbstractSocket::UnconnectedState
            && m_server->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
        else
            connect(other, &QTcpSocket::disconnected, this, &QObject::deleteLater,
                    Qt::UniqueConnection);
    }

    QTcpSocket *m_client;
    QTcpSocket *m_server;
    QByteArray m_early;
};

} // namespace

LoopbackRelay::LoopbackRelay()
{
    connect(&m_listener, &QTcpServer::newConnection, this, &LoopbackRelay::relayPending);
    m_listener.listen(QHostAddress::LocalHost, 0);
}

LoopbackRelay::~LoopbackRelay()
{
    emit cut();
}

void LoopbackRelay::cutAll()
{
    emit cut();
}

void LoopbackRelay::relayPending()
{
    while (QTcpSocket *client = m_listener.nextPendingConnection()) {
        if (m_target == 0) {
            client->abort();
            client->deleteLater();
            continue;
        }
        new RelayedConnection(client, m_target, *this);
    }
}

} // namespace Balcao::Test
