// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeOutbox.h"
#include "SyncedTerminal.h"

#include <QNetworkInformation>
#include <QSignalSpy>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// The controller against a real in-process server: the engine runs on its own
// thread with its own connection, reports reach this thread, and a save on
// the widgets' connection is sent without anyone asking.
class TestSyncController : public QObject
{
    Q_OBJECT

private slots:
    void testNotEnrolledMeansNoEngine()
    {
        SyncedTerminal t;
        SyncController sync(*t.store, t.secrets, t.opener());
        QSignalSpy running(&sync, &SyncController::runningChanged);
        QVERIFY(!sync.start());
        QVERIFY(!sync.isRunning());
        QVERIFY(!sync.status().has_value());
        QCOMPARE(running.size(), 0);
        sync.stop(); // harmless
    }

    void testRunsOnItsOwnThreadAndSendsLocalChanges()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        const QString business = server.createBusiness();
        SyncedTerminal t;
        t.store.initialiseBusiness();
        QVERIFY(t.enrol(server, business, QStringLiteral("Caixa 1")));
        QCOMPARE(ChangeOutbox(*t.store).pendingCount(), 0);

        SyncController sync(*t.store, t.secrets, t.opener());
        QSignalSpy statuses(&sync, &SyncController::statusChanged);
        QSignalSpy committed(&sync, &SyncController::localChangeCommitted);
        QVERIFY(sync.start());
        QVERIFY(sync.isRunning());
        QVERIFY(!sync.start()); // once
        QTRY_VERIFY_WITH_TIMEOUT(sync.status() && sync.status()->state == SyncStatus::State::Idle
                                     && sync.status()->lastSuccess.isValid(),
                                 5000);

        const qint64 before = server.lastSeq(business);
        QVERIFY(ClientService(*t.store)
                    .create(ClientDraft {
                        QStringLiteral("Bia"), QStringLiteral("11912345678"), {}, {} })
                    .ok());
        QCOMPARE(committed.size(), 1);
        QVERIFY(ChangeOutbox(*t.store).pendingCount() > 0);
        // No syncNow(): the commit observer alone starts a (debounced) round.
        QTRY_VERIFY_WITH_TIMEOUT(server.lastSeq(business) > before, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(sync.status()->state == SyncStatus::State::Idle
                                     && sync.status()->pendingChanges == 0,
                                 5000);
        QCOMPARE(ChangeOutbox(*t.store).pendingCount(), 0);

        QSignalSpy running(&sync, &SyncController::runningChanged);
        sync.stop();
        QVERIFY(!sync.isRunning());
        QVERIFY(!sync.status().has_value());
        QCOMPARE(running.size(), 1);
        QVERIFY(statuses.size() >= 2);
    }

    // Where the platform reports the network, its return starts a round at
    // once instead of waiting for the engine's timer.
    void testNetworkReturningStartsARound()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        const QString business = server.createBusiness();
        SyncedTerminal t;
        t.store.initialiseBusiness();
        QVERIFY(t.enrol(server, business, QStringLiteral("Caixa 1")));
        SyncController sync(*t.store, t.secrets, t.opener());
        QVERIFY(sync.start());
        QTRY_VERIFY_WITH_TIMEOUT(sync.status() && sync.status()->state == SyncStatus::State::Idle
                                     && sync.status()->lastSuccess.isValid(),
                                 5000);
        QNetworkInformation *network = QNetworkInformation::instance();
        if (!network)
            QSKIP("no network information backend on this machine");
        QList<SyncStatus::State> states;
        QTest::qWait(300); // the first round's last reports
        connect(&sync, &SyncController::statusChanged, this,
                [&states](const SyncStatus &status) { states << status.state; });
        emit network->reachabilityChanged(QNetworkInformation::Reachability::Online);
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(SyncStatus::State::Syncing), 3000);
        QTRY_COMPARE(sync.status()->state, SyncStatus::State::Idle);
        sync.stop();
    }

    void testServerGoneIsOffline()
    {
        auto server = std::make_unique<ServerFixture>(QStringLiteral("sqlite"));
        QVERIFY(server->ok());
        const QString business = server->createBusiness();
        SyncedTerminal t;
        QVERIFY(t.enrol(*server, business, QStringLiteral("Caixa 1")));
        server.reset(); // nobody listens on that port any more

        SyncController sync(*t.store, t.secrets, t.opener());
        QVERIFY(sync.start());
        QTRY_VERIFY_WITH_TIMEOUT(
            sync.status() && sync.status()->state == SyncStatus::State::Offline, 5000);
        QVERIFY(sync.status()->nextAttemptInMsecs >= 0);
        QVERIFY(!sync.status()->lastError.isEmpty());
        sync.stop(); // while retrying: returns at once
    }
};

QTEST_GUILESS_MAIN(TestSyncController)
#include "TestSyncController.moc"
