// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeOutbox.h"
#include "HttpSyncTransport.h"
#include "Protocol.h"
#include "ServerFixture.h"
#include "SyncEngine.h"
#include "TestStore.h"
#include "clients/ClientService.h"

#include <QSignalSpy>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// The engine keeps retrying on its own after failures, and a returning
// network cuts the wait short: a failed upload never waits for the next
// local write (the bug of other engines in SYNC-LESSONS).
class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<SyncEngine> engineFor(TestStore &store, const QUrl &url,
                                                 const QByteArray &token)
    {
        TestStore *t = &store;
        return std::make_unique<SyncEngine>(
            [t]() {
                LocalStore::Options options;
                options.clock = &t->clock();
                return LocalStore::open(t->path(), t->key(), options);
            },
            [url, token]() {
                return std::make_unique<HttpSyncTransport>(url, token, Protocol::schemaVersion(),
                                                           2000);
            });
    }

private slots:
    void testRetriesByItselfAfterAFailure()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        const QString business = server.createBusiness();
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
        TestStore terminal;
        auto enrolled
            = HttpSyncTransport::enrol(url, server.enrolmentCode(business), QStringLiteral("T"),
                                       terminal->deviceId(), Protocol::schemaVersion());
        QVERIFY(enrolled.ok());
        QVERIFY(ClientService(*terminal)
                    .create(ClientDraft { QStringLiteral("Ana"), {}, {}, {} })
                    .ok());

        server.stop();
        auto engine = engineFor(terminal, url, enrolled->token);
        engine->setRetryPolicy(RetryPolicy(400, 400)); // retries every 200-400 ms
        QSignalSpy rounds(engine.get(), &SyncEngine::roundFinished);
        engine->start();
        QCOMPARE(rounds.size(), 1);
        QCOMPARE(rounds.first().first().toBool(), false);
        QVERIFY(server.restart());
        // Nobody writes or asks: the retry timer alone delivers the change.
        QTRY_VERIFY_WITH_TIMEOUT(!rounds.isEmpty() && rounds.last().first().toBool(), 5000);
        QCOMPARE(ChangeOutbox(*terminal).pendingCount(), 0);
        QCOMPARE(server.lastSeq(business), qint64(1));
    }

    void testNetworkReturnCutsTheBackoffShort()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        const QString business = server.createBusiness();
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
        TestStore terminal;
        auto enrolled
            = HttpSyncTransport::enrol(url, server.enrolmentCode(business), QStringLiteral("T"),
                                       terminal->deviceId(), Protocol::schemaVersion());
        QVERIFY(enrolled.ok());
        QVERIFY(ClientService(*terminal)
                    .create(ClientDraft { QStringLiteral("Ana"), {}, {}, {} })
                    .ok());

        server.stop();
        auto engine = engineFor(terminal, url, enrolled->token);
        engine->setRetryPolicy(
            RetryPolicy(120'000, 120'000)); // the next retry is a minute or more away
        QSignalSpy rounds(engine.get(), &SyncEngine::roundFinished);
        QSignalSpy statuses(engine.get(), &SyncEngine::statusChanged);
        engine->start();
        QCOMPARE(rounds.size(), 1);
        const auto offline = statuses.last().first().value<SyncStatus>();
        QCOMPARE(offline.state, SyncStatus::State::Offline);
        QVERIFY(offline.nextAttemptInMsecs >= 60'000);
        QCOMPARE(offline.pendingChanges, ChangeOutbox(*terminal).pendingCount());

        QVERIFY(server.restart());
        engine->networkReturned();
        QTRY_VERIFY_WITH_TIMEOUT(rounds.size() >= 2 && rounds.last().first().toBool(), 3000);
        QCOMPARE(ChangeOutbox(*terminal).pendingCount(), 0);
        engine->stop();
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
