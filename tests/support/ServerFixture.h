// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Change.h"
#include "FakeClock.h"
#include "LoopbackRelay.h"
#include "ServerStore.h"
#include "SyncServer.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Balcao::Test {

// The two stores every server test runs on. PostgreSQL comes from
// BALCAO_TEST_POSTGRES_URI (scripts/test starts a throw-away one with
// pg_virtualenv); without it the "postgres" rows are skipped, loudly.
void addBackendRows();
#define BALCAO_FETCH_BACKEND()                                                                     \
    QFETCH(QString, backend);                                                                      \
    if (backend == QStringLiteral("postgres")                                                      \
        && qEnvironmentVariableIsEmpty("BALCAO_TEST_POSTGRES_URI"))                                \
    QSKIP(                                                                                         \
        "PostgreSQL row skipped: BALCAO_TEST_POSTGRES_URI is not set (scripts/test sets it with "  \
        "pg_virtualenv; or run: scripts/with-postgres ctest -R TestSyncServer)")

struct HttpReply
{
    int status = 0;
    QByteArray raw;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
    QString errorCode() const;
    QString errorMessage() const;
};

struct EnrolledDevice
{
    QString id;
    QString token;
    QString businessId;
    QString name;
};

// Version headers of a test request.
struct RequestHeaders
{
    int protocol = -1; // -1: the right one; 0: leave the header out
    int schema = -1;
    QList<QPair<QByteArray, QByteArray>> extra;
};

// A real balcaod in-process on 127.0.0.1, on a fake clock, with an HTTP
// client to talk to it. Its address (port(), url()) stays the same for the
// fixture's whole life, across stop() and restart(): it is a LoopbackRelay's
// port, chosen by the system and held; the server behind it listens on a
// port of the system's choosing each time it starts. So a restart never asks
// for a port a parallel test may have taken, and terminals need no telling.
// The terminals' side of the sync tests is TestTerminal.
class ServerFixture
{
public:
    explicit ServerFixture(const QString &backend, Server::SyncServer::Limits limits = {});
    ~ServerFixture();

    bool ok() const { return m_ok; }
    // Stops the server and opens it again on the same data, as a restart of
    // balcaod would; it stays at the same address.
    bool restart();
    // The server goes away (connections are cut at once) until restart().
    void stop();
    FakeClock &clock() { return m_clock; }
    Server::ServerStore &store() { return *m_store; }
    Server::SyncServer &server() { return *m_server; }
    // Where terminals reach the server: http://127.0.0.1:port().
    quint16 port() const { return m_relay.port(); }
    QUrl url() const;

    using Headers = RequestHeaders;
    HttpReply call(const QByteArray &method, const QString &pathAndQuery,
                   const QByteArray &body = {}, const QString &token = {},
                   const Headers &headers = {});

    QString createBusiness(const QString &name = QStringLiteral("Salão"));
    QString enrolmentCode(const QString &businessId);
    EnrolledDevice enrol(const QString &businessId, const QString &name);

    // A change of `device`, stamped `aheadMsecs` after the fake clock's now.
    Change record(const EnrolledDevice &device, const QString &table, const QString &rowId,
                  const QVariantMap &fields, qint64 aheadMsecs = 0, quint16 counter = 0) const;
    Change fact(const EnrolledDevice &device, const QString &table, const QString &rowId,
                const QVariantMap &fields) const;
    static QByteArray pushBody(const QString &batchId, const QList<Change> &changes);
    HttpReply push(const EnrolledDevice &device, const QString &batchId,
                   const QList<Change> &changes);
    HttpReply pull(const EnrolledDevice &device, qint64 after, int limit = 1000);
    // Every bootstrap page, followed; rows keyed "table/row_id".
    QHash<QString, QJsonObject> bootstrap(const EnrolledDevice &device, int limit,
                                          qint64 *cursor = nullptr, int *pages = nullptr);
    qint64 lastSeq(const QString &businessId);

private:
    bool start();
    QString m_backend;
    Server::SyncServer::Limits m_limits;
    FakeClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<Server::ServerStore> m_store;
    std::unique_ptr<Server::SyncServer> m_server;
    QNetworkAccessManager m_network;
    LoopbackRelay m_relay;
    bool m_ok = false;
};

} // namespace Balcao::Test
