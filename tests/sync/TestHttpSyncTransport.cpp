// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpSyncTransport.h"
#include "Protocol.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTest>

using namespace Balcao;

// HttpSyncTransport against a real HTTP server on loopback that answers 200
// with a body that is no page: a proxy's page, a body cut short, something
// that is not balcaod. Such an answer must be an error, never an empty page
// at cursor "0", which would send the terminal back to the start.
class TestHttpSyncTransport : public QObject
{
    Q_OBJECT

private:
    // A server whose every pull and bootstrap answer is `body`, with 200.
    static quint16 serve(QHttpServer &server, const QByteArray &body)
    {
        const auto answer
            = [body] { return QHttpServerResponse(QByteArrayLiteral("application/json"), body); };
        server.route(QStringLiteral("/v1/pull"), answer);
        server.route(QStringLiteral("/v1/bootstrap"), answer);
        const int port = server.listen(QHostAddress::LocalHost, 0);
        return port > 0 ? static_cast<quint16>(port) : 0;
    }

    static QUrl urlOf(quint16 port)
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }

private slots:
    void testDamagedAnswersAreErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("html") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::addRow("empty object") << QByteArray("{}");
        QTest::addRow("cut short") << QByteArray("{\"changes\":[],\"next_cursor\":9");
        QTest::addRow("rows and changes of another type")
            << QByteArray("{\"changes\":5,\"rows\":5,\"cursor\":9,\"next_cursor\":9,"
                          "\"has_more\":false}");
        QTest::addRow("no cursor") << QByteArray("{\"changes\":[],\"rows\":[],\"has_more\":false}");
    }

    void testDamagedAnswersAreErrors()
    {
        QFETCH(QByteArray, body);
        QHttpServer server;
        const quint16 port = serve(server, body);
        QVERIFY(port != 0);
        HttpSyncTransport transport(urlOf(port), "token", Protocol::schemaVersion(), 10000);

        const Result<PullPage> page = transport.pull(QStringLiteral("41"), 100);
        QVERIFY2(!page.ok(), qPrintable(page ? page->nextCursor : QString()));
        QCOMPARE(page.error().code, QStringLiteral("sync.badPullPage"));

        const Result<BootstrapPage> state = transport.bootstrap(QString(), 100);
        QVERIFY(!state.ok());
        QCOMPARE(state.error().code, QStringLiteral("sync.badBootstrap"));
    }

    // The same server with a well-formed answer reads it: the refusals above
    // are about the bodies, not about the server.
    void testWellFormedAnswersAreRead()
    {
        QHttpServer server;
        const quint16 port = serve(server,
                                   "{\"changes\":[],\"rows\":[],\"next_cursor\":57,\"cursor\":57,"
                                   "\"has_more\":false,\"next_page\":null}");
        QVERIFY(port != 0);
        HttpSyncTransport transport(urlOf(port), "token", Protocol::schemaVersion(), 10000);
        const Result<PullPage> page = transport.pull(QStringLiteral("41"), 100);
        QVERIFY2(page.ok(), qPrintable(page ? QString() : page.error().message));
        QCOMPARE(page->nextCursor, QStringLiteral("57"));
        QVERIFY(!page->hasMore);
        const Result<BootstrapPage> state = transport.bootstrap(QString(), 100);
        QVERIFY2(state.ok(), qPrintable(state ? QString() : state.error().message));
        QCOMPARE(state->cursor, QStringLiteral("57"));
    }
};

QTEST_GUILESS_MAIN(TestHttpSyncTransport)
#include "TestHttpSyncTransport.moc"
