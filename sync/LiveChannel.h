// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlarmClock.h"
#include "RetryPolicy.h"

#include <QObject>
#include <QUrl>

class QWebSocket;

namespace Balcao {

// The terminal's end of the server's live notices (WebSocket /v1/live). It
// only says "others pushed, pull now"; the data still comes through the
// normal pull. Reconnects by itself with backoff while the engine runs.
class LiveChannel : public QObject
{
    Q_OBJECT
public:
    // Reconnects wait on an alarm of `alarms` (see AlarmClock).
    LiveChannel(QUrl server, QByteArray token, AlarmClock &alarms = AlarmClock::system(),
                QObject *parent = nullptr);
    ~LiveChannel() override;

    void open();
    void close();
    bool isReady() const { return m_ready; }

signals:
    void changesAvailable();
    void readyChanged(bool ready);

private:
    void connectSocket();
    void scheduleReconnect();

    QUrl m_url;
    QByteArray m_token;
    QWebSocket *m_socket = nullptr;
    Alarm *m_reconnect; // a child, so that it moves with the channel
    RetryPolicy m_retry { 500, 30'000 };
    int m_failures = 0;
    bool m_wanted = false;
    bool m_ready = false;
};

} // namespace Balcao
