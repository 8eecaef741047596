// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeOutbox.h"
#include "TestTerminal.h"
#include "clients/ClientService.h"
#include "sync/SyncController.h"

#include <QNetworkInformation>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

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
        TestTerminal t;
        SyncController sync(*t.store, t.secrets, t.storeOpener());
        QSignalSpy running(&sync, &SyncController::runningChanged);
        QVERIFY(!sync.start());
        QVERIFY(!sync.isRunning());
        QVERIFY(!sync.status().has_value());
        QCOMPARE(running.size(), 0);
        sync.stop(); // harmless
    }

    void testRunsOnItsOwnThreadAndSendsLocalChanges()
    {
        SyncedTerminal synced(SyncedTerminal::Entry::Joined);
        QVERIFY(synced.ok());
        auto &[server, business, t] = synced;
        QCOMPARE(ChangeOutbox(*t.store).pendingCount(), 0);

        SyncController sync(*t.store, t.secrets, t.storeOpener());
        QSignalSpy statuses(&sync, &SyncController::statusChanged);
        QSignalSpy committed(&sync, &SyncController::localChangeCommitted);
        QVERIFY(sync.start());
        QVERIFY(sync.isRunning());
        QVERIFY(!sync.start()); // once
        QTRY_VERIFY_WITH_TIMEOUT(sync.status() && sync.status()->state == SyncStatus::State::Idle
                                     && sync.status()->lastSuccess.isValid(),
                                 30000);

        const qint64 before = server.lastSeq(business);
        QVERIFY(ClientService(*t.store)
                    .create(ClientDraft {
                        QStringLiteral("Bia"), QStringLiteral("11912345678"), {}, {} })
                    .ok());
        QCOMPARE(committed.size(), 1);
        QVERIFY(ChangeOutbox(*t.store).pendingCount() > 0);
        // No syncNow(): the commit observer alone starts a (debounced) round.
        QTRY_VERIFY_WITH_TIMEOUT(server.lastSeq(business) > before, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(sync.status()->state == SyncStatus::State::Idle
                                     && sync.status()->pendingChanges == 0,
                                 30000);
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
        SyncedTerminal synced(SyncedTerminal::Entry::Joined);
        QVERIFY(synced.ok());
        auto &[server, business, t] = synced;
        SyncController sync(*t.store, t.secrets, t.storeOpener());
        QNetworkInformation *network = QNetworkInformation::instance();
        QSignalSpy statuses(&sync, &SyncController::statusChanged);
        QVERIFY(sync.start());
        if (!network)
            network = QNetworkInformation::instance(); // start() loads the backend
        if (!network)
            QSKIP("no network information backend on this machine");
        // The first round, and the catch-up round the live channel asks for
        // once the server has it: after these two, a round only starts when
        // something starts it.
        const auto idleReports = [&statuses] {
            return std::count_if(statuses.cbegin(), statuses.cend(), [](const QList<QVariant> &s) {
                return s.first().value<SyncStatus>().state == SyncStatus::State::Idle;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(idleReports() >= 2 && server.server().live().liveCount() == 1,
                                 30000);
        // A round from now on records its success at this (fake) time.
        t.store.clock().advance(60'000);
        const QDateTime later = t.store.clock().nowUtc();
        QVERIFY(sync.status()->lastSuccess < later);
        emit network->reachabilityChanged(QNetworkInformation::Reachability::Online);
        QTRY_VERIFY_WITH_TIMEOUT(sync.status()->lastSuccess == later, 30000);
        QCOMPARE(sync.status()->state, SyncStatus::State::Idle);
        sync.stop();
    }

    void testServerGoneIsOffline()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        const QString business = server.createBusiness();
        TestTerminal t;
        QVERIFY(t.join(server, business, QStringLiteral("Caixa 1")));
        server.stop(); // the address stays the fixture's, and nobody answers there

        SyncController sync(*t.store, t.secrets, t.storeOpener());
        QVERIFY(sync.start());
        QTRY_VERIFY_WITH_TIMEOUT(
            sync.status() && sync.status()->state == SyncStatus::State::Offline, 30000);
        QVERIFY(sync.status()->nextAttemptInMsecs >= 0);
        QVERIFY(!sync.status()->lastError.isEmpty());
        sync.stop(); // while retrying: returns at once
    }
};

QTEST_GUILESS_MAIN(TestSyncController)
#include "TestSyncController.moc"
