// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiReply.h"
#include "BatchJournal.h"
#include "BootstrapHandler.h"
#include "ChangeLedger.h"
#include "CurrentState.h"
#include "EnrolmentService.h"
#include "LiveNotifier.h"
#include "PullHandler.h"
#include "PushHandler.h"
#include "TokenAuthority.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

namespace Balcao::Server {

class ServerStore;

// The HTTP face of balcaod: routes /v1 requests through size, method,
// token and protocol checks to the handlers, and answers in JSON. Requests
// run one at a time on the event loop's thread against one database
// connection: simple, and each push commits before its answer is written.
//
// Live push over WebSocket (issue 3, item 6) will hang off this class: Qt
// 6.4's QAbstractHttpServer already hands upgraded connections over through
// newWebSocketConnection(); a notifier fed by PushHandler will fan out
// "business X has news up to cursor N".
class SyncServer : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxBodyBytes = 8 * 1024 * 1024;
        qint64 maxClockAheadMsecs = 5 * 60 * 1000;
    };
    struct Tls
    {
        QString certificateFile;
        QString keyFile;
    };

    SyncServer(ServerStore &store, const Clock &clock, Limits limits, QObject *parent = nullptr);
    ~SyncServer() override;

    // Starts listening; returns the port (useful with port 0). Plain HTTP is
    // refused on anything but a loopback address.
    Result<quint16> listen(const QHostAddress &address, quint16 port,
                           const std::optional<Tls> &tls = std::nullopt);
    // Graceful shutdown, first half: no new connections.
    void stopAccepting();
    // Bytes of answers still waiting to leave; shutdown waits for 0.
    qint64 pendingBytes() const;

    // The routes served, as (path, method): the OpenAPI test compares them
    // with docs/api/openapi.yaml.
    static QList<QPair<QString, QByteArray>> routes();

    EnrolmentService &enrolment() { return m_enrolment; }
    LiveNotifier &live() { return *m_live; }
    TokenAuthority &tokens() { return m_tokens; }

private:
    enum class Route { Enrol, Push, Pull, Bootstrap };
    QHttpServerResponse dispatch(const QHttpServerRequest &request, Route route);
    ApiReply answer(const QHttpServerRequest &request, Route route);
    ApiReply enrol(const QByteArray &body);
    static QHttpServerResponse toResponse(const ApiReply &reply);

    ServerStore &m_store;
    const Clock &m_clock;
    Limits m_limits;
    TokenAuthority m_tokens;
    EnrolmentService m_enrolment;
    ChangeLedger m_ledger;
    CurrentState m_state;
    BatchJournal m_journal;
    PushHandler m_push;
    PullHandler m_pull;
    BootstrapHandler m_bootstrap;
    QHttpServer m_http;
    std::unique_ptr<LiveNotifier> m_live;
};

} // namespace Balcao::Server
