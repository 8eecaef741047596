// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpSyncTransport.h"
#include "LiveChannel.h"
#include "Protocol.h"
#include "ServerFixture.h"
#include "SyncEngine.h"
#include "TestStore.h"
#include "clients/ClientService.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// Two online terminals with running sync engines: a change made on one shows
// up on the other without anyone asking, carried by the server's live notice.
class TestLiveSync : public QObject
{
    Q_OBJECT

private:
    struct Terminal
    {
        TestStore store;
        QByteArray token;
        std::unique_ptr<SyncEngine> engine;
    };

    static void start(ServerFixture &server, const QString &business, Terminal &t)
    {
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
        auto enrolled
            = HttpSyncTransport::enrol(url, server.enrolmentCode(business), QStringLiteral("T"),
                                       t.store->deviceId(), Protocol::schemaVersion());
        QVERIFY(enrolled.ok());
        t.token = enrolled->token;
        TestStore *store = &t.store;
        const QByteArray token = t.token;
        t.engine = std::make_unique<SyncEngine>(
            [store]() {
                LocalStore::Options options;
                options.clock = &store->clock();
                return LocalStore::open(store->path(), store->key(), options);
            },
            [url, token]() {
                return std::make_unique<HttpSyncTransport>(url, token, Protocol::schemaVersion());
            });
        t.engine->setLiveChannel(std::make_unique<LiveChannel>(url, token));
        t.engine->start();
    }

private slots:
    void testChangeArrivesWithoutAskingAndFast()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        const QString business = server.createBusiness();
        Terminal a;
        Terminal b;
        start(server, business, a);
        start(server, business, b);
        QTRY_COMPARE_WITH_TIMEOUT(server.server().live().liveCount(), 2, 5000);

        QList<qint64> latencies;
        for (int i = 0; i < 10; ++i) {
            QElapsedTimer clock;
            clock.start();
            auto created = ClientService(*a.store).create(
                ClientDraft { QStringLiteral("Live %1").arg(i), {}, {}, {} });
            QVERIFY(created.ok());
            a.engine->syncNow(); // as the UI does after a save (debounce aside)
            QTRY_VERIFY_WITH_TIMEOUT(ClientService(*b.store).find(created->id).ok(), 5000);
            latencies << clock.elapsed();
        }
        std::sort(latencies.begin(), latencies.end());
        qInfo("A to B latency over loopback: median %lld ms, max %lld ms",
              latencies.at(latencies.size() / 2), latencies.last());
    }

    void testPlainGetIsToldToUpgrade()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        const HttpReply reply = server.call("GET", QStringLiteral("/v1/live"));
        QCOMPARE(reply.status, 426);
        QCOMPARE(reply.errorCode(), QStringLiteral("request.upgradeRequired"));
    }

    void testBadTokenIsDisconnected()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        LiveChannel channel(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())),
                            "not-a-token");
        QSignalSpy ready(&channel, &LiveChannel::readyChanged);
        channel.open();
        QTest::qWait(500);
        QVERIFY(!channel.isReady());
        QCOMPARE(server.server().live().liveCount(), 0);
        channel.close();
    }
};

QTEST_GUILESS_MAIN(TestLiveSync)
#include "TestLiveSync.moc"
