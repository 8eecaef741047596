// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeAlarmClock.h"
#include "LiveChannel.h"
#include "ServerFixture.h"
#include "SyncEngine.h"
#include "TestTerminal.h"
#include "clients/ClientService.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Balcao;
using namespace Balcao::Test;

// Two online terminals with running sync engines: a change made on one shows
// up on the other without anyone asking, carried by the server's live notice.
// The engines' and channels' timers run on FakeAlarmClocks, so what "soon"
// means is stated in the engine's time, not waited for.
class TestLiveSync : public QObject
{
    Q_OBJECT

private:
    // A terminal online as the app runs it: an engine and its live channel,
    // both on alarms of its own.
    struct Online
    {
        TestTerminal terminal;
        FakeAlarmClock alarms;
        LiveChannel *live = nullptr; // the engine's
        std::unique_ptr<SyncEngine> engine;
    };

    static void start(ServerFixture &server, const QString &business, Online &t,
                      const QString &name)
    {
        QVERIFY(t.terminal.enrol(server, business, name));
        t.engine = std::make_unique<SyncEngine>(t.terminal.storeOpener(), t.terminal.transports(),
                                                t.alarms);
        auto live = std::make_unique<LiveChannel>(server.url(), t.terminal.device.token.toLatin1(),
                                                  t.alarms);
        t.live = live.get();
        t.engine->setLiveChannel(std::move(live));
        t.engine->start();
    }

    static qint64 median(QList<qint64> values)
    {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    }

private slots:
    // "Without asking": B is never told to sync; the server's notice and
    // B's own debounce alarm do it. "Fast": on B's clock the pull is due
    // kRemoteDebounceMsecs after the notice (the engine's promise, exact),
    // and in real time the notice reaches B within twice the time A's own
    // sync round takes, both measured in this run (medians of 10), so the
    // bound holds on a loaded machine as on an idle one while still
    // catching a notice that waits for anything (a timer, a poll).
    void testChangeArrivesWithoutAskingAndFast()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        const QString business = server.createBusiness();
        Online a;
        Online b;
        start(server, business, a, QStringLiteral("Caixa 1"));
        start(server, business, b, QStringLiteral("Caixa 2"));
        QTRY_VERIFY_WITH_TIMEOUT(a.live->isReady() && b.live->isReady(), 30000);
        QCOMPARE(server.server().live().liveCount(), 2);
        // Being ready asks for a catch-up round, due after the remote debounce.
        for (Online *t : { &a, &b }) {
            QCOMPARE(t->alarms.nextRingInMsecs(), qint64(SyncEngine::kRemoteDebounceMsecs));
            t->alarms.advance(SyncEngine::kRemoteDebounceMsecs);
        }

        QElapsedTimer clock;
        qint64 noticedAt = -1;
        connect(b.live, &LiveChannel::changesAvailable, this, [&] { noticedAt = clock.elapsed(); });
        QList<qint64> rounds;
        QList<qint64> notices;
        for (int i = 0; i < 10; ++i) {
            QSignalSpy pulled(b.engine.get(), &SyncEngine::roundFinished);
            auto created
                = ClientService(*a.terminal.store)
                      .create(ClientDraft { QStringLiteral("Live %1").arg(i), {}, {}, {} });
            QVERIFY(created.ok());
            noticedAt = -1;
            clock.start();
            a.engine->syncNow(); // as the UI does after a save (debounce aside)
            rounds << clock.elapsed();
            QTRY_VERIFY_WITH_TIMEOUT(noticedAt >= 0, 30000);
            notices << noticedAt;

            // B has not pulled yet: its round is due within the remote
            // debounce of the notice, and nothing else brings the change.
            QCOMPARE(pulled.size(), 0);
            QVERIFY(!ClientService(*b.terminal.store).find(created->id).ok());
            QCOMPARE(b.alarms.nextRingInMsecs(), qint64(SyncEngine::kRemoteDebounceMsecs));
            b.alarms.advance(SyncEngine::kRemoteDebounceMsecs);
            QCOMPARE(pulled.size(), 1);
            QVERIFY(pulled.first().first().toBool());
            QVERIFY(ClientService(*b.terminal.store).find(created->id).ok());
        }
        qInfo("A's round: median %lld ms; A's push to B's notice: median %lld ms, max %lld ms",
              median(rounds), median(notices), *std::max_element(notices.begin(), notices.end()));
        QVERIFY2(median(notices) <= 2 * median(rounds),
                 qPrintable(QStringLiteral("the notice took %1 ms, A's round %2 ms")
                                .arg(median(notices))
                                .arg(median(rounds))));
    }

    void testPlainGetIsToldToUpgrade()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        const HttpReply reply = server.call("GET", QStringLiteral("/v1/live"));
        QCOMPARE(reply.status, 426);
        QCOMPARE(reply.errorCode(), QStringLiteral("request.upgradeRequired"));
    }

    // Refused by the server, the channel never becomes ready and tries
    // again by itself, later each time.
    void testBadTokenIsDisconnected()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        FakeAlarmClock alarms;
        LiveChannel channel(server.url(), "not-a-token", alarms);
        QSignalSpy ready(&channel, &LiveChannel::readyChanged);
        channel.open();
        // The server closes the socket; the channel sets its reconnect alarm.
        QTRY_COMPARE_WITH_TIMEOUT(alarms.setCount(), 1, 30000);
        QVERIFY(!channel.isReady());
        QVERIFY(ready.isEmpty());
        QCOMPARE(server.server().live().liveCount(), 0);
        const qint64 first = alarms.nextRingInMsecs();
        QVERIFY2(first >= 250 && first <= 500, qPrintable(QString::number(first)));

        alarms.advance(first); // it connects again, and is refused again
        QCOMPARE(alarms.setCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(alarms.setCount(), 1, 30000);
        const qint64 second = alarms.nextRingInMsecs();
        QVERIFY2(second >= 500 && second <= 1000, qPrintable(QString::number(second)));
        QVERIFY(ready.isEmpty());
        channel.close();
        QCOMPARE(alarms.setCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLiveSync)
#include "TestLiveSync.moc"
