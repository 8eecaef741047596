// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncTransport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QThread;

namespace Balcao {

class PullPageReader;

// SyncTransport over HTTP(S) to balcaod. Blocking calls with a timeout, meant
// to run on the sync thread, never on the UI thread.
struct HttpAnswer
{
    int status = 0;
    QJsonObject body; // empty when the caller asked for the raw text of a success
    QByteArray data; // the body as received
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
    // Fetches and parses the page on a thread of the transport's own, with a
    // connection of its own; pull() then waits for it if it is still on its
    // way. One prefetch at a time: a new one, or a pull() of another page,
    // drops the previous one.
    void prefetchPull(const QString &afterCursor, int limit) override;
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
    struct Prefetch;
    HttpAnswer get(QNetworkAccessManager &network, const QString &path, const QString &positionName,
                   const QString &position, int limit, bool rawOnSuccess = false) const;
    QUrl m_server;
    QByteArray m_token;
    int m_schemaVersion;
    int m_timeoutMsecs;
    QNetworkAccessManager *m_network;
    // One per thread: pull() reads on the caller's, a prefetch on the fetch
    // thread (one prefetch at a time), and each keeps its parser's buffers.
    std::unique_ptr<PullPageReader> m_reader;
    std::unique_ptr<PullPageReader> m_fetchReader;
    // Started by the first prefetch; m_fetchContext lives on it and owns the
    // prefetches' QNetworkAccessManager.
    QThread *m_fetchThread = nullptr;
    QObject *m_fetchContext = nullptr;
    std::shared_ptr<Prefetch> m_prefetch;
};

} // namespace Balcao
