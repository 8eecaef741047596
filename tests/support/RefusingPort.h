// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Header-only: the including test links Qt6::Network.
#include <QTcpSocket>

namespace Balcao::Test {

// A port on 127.0.0.1 where nobody listens, held for the object's life: a
// socket bound to a port the system chooses, never listening, so a
// connection there is refused. Unlike a port closed after listening, no
// parallel test can take it in between and answer.
class RefusingPort
{
public:
    RefusingPort() { m_socket.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress); }
    bool ok() const { return m_socket.state() == QAbstractSocket::BoundState; }
    quint16 port() const { return m_socket.localPort(); }

private:
    QTcpSocket m_socket;
};

} // namespace Balcao::Test
