// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTcpServer>

namespace Balcao::Test {

// The address terminals know a test server by: a port on 127.0.0.1 that the
// system chooses (port 0, read back) when the fixture starts, held until it
// ends, with each connection relayed to wherever the server listens now.
//
// Why: a restarted server that listened again on its old port could find it
// taken by a parallel test in between. Here no port is ever given up and
// asked for again. The server itself listens on a port of the system's
// choosing each time it starts, and the relay is pointed at it; terminals,
// enrolled with the relay's port, follow a restart without being told.
// While no server is behind it, connections are cut at once, as a refused
// connection would end.
class LoopbackRelay : public QObject
{
    Q_OBJECT
public:
    LoopbackRelay();
    ~LoopbackRelay() override;

    bool isListening() const { return m_listener.isListening(); }
    quint16 port() const { return m_listener.serverPort(); }
    // Where new connections go; 0: nowhere, they are cut.
    void setTarget(quint16 serverPort) { m_target = serverPort; }
    // Cuts every relayed connection (the server went away).
    void cutAll();

signals:
    void cut();

private:
    void relayPending();

    QTcpServer m_listener;
    quint16 m_target = 0;
};

} // namespace Balcao::Test
