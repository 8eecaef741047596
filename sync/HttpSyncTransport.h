// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncTransport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Balcao {

// SyncTransport over HTTP(S) to balcaod. Blocking calls with a timeout, meant
// to run on the sync thread, never on the UI thread.
struct HttpAnswer
{
    int status = 0;
    QJsonObject body;
    QString networkError; // set when nothing usable came back
};

class HttpSyncTransport final : public SyncTransport
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::HttpSyncTransport)
public:
    HttpSyncTransport(QUrl server, QByteArray token, int schemaVersion, int timeoutMsecs = 30000);
    ~HttpSyncTransport() override;

    Result<PushAck> push(const QString &batchId, const QList<Change> &changes) override;
    Result<PullPage> pull(const QString &afterCursor, int limit) override;
    Result<BootstrapPage> bootstrap(const QString &pageToken, int limit) override;

    struct Enrolment
    {
        QString deviceId;
        QString businessId;
        QByteArray token;
    };
    // No token yet: the one-time code is the credential.
    // The terminal keeps its own device id (already in its field versions).
    static Result<Enrolment> enrol(const QUrl &server, const QString &code,
                                   const QString &deviceName, const QString &deviceId,
                                   int schemaVersion, int timeoutMsecs = 30000);

private:
    HttpAnswer get(const QString &path, const QString &positionName, const QString &position,
                   int limit);
    QUrl m_server;
    QByteArray m_token;
    int m_schemaVersion;
    int m_timeoutMsecs;
    QNetworkAccessManager *m_network;
};

} // namespace Balcao
