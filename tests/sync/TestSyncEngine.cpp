// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeOutbox.h"
#include "FakeAlarmClock.h"
#include "ServerFixture.h"
#include "SyncEngine.h"
#include "TestTerminal.h"
#include "clients/ClientService.h"

#include <QSignalSpy>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// The engine keeps retrying on its own after failures, and a returning
// network cuts the wait short: a failed upload never waits for the next
// local write (the bug of other engines in SYNC-LESSONS). Its timers run on
// a FakeAlarmClock: the test says how much time passes, and waits for none.
class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    // The terminal holds one change to send.
    static void addAChange(TestTerminal &t)
    {
        QVERIFY(ClientService(*t.store).create(ClientDraft { QStringLiteral("Ana"), {}, {}, {} }));
        QVERIFY(ChangeOutbox(*t.store).pendingCount() > 0);
    }

private slots:
    void testRetriesByItselfAfterAFailure()
    {
        SyncedTerminal s(SyncedTerminal::Entry::Enrolled, QStringLiteral("T"));
        QVERIFY(s.ok());
        auto &[server, business, terminal] = s;
        addAChange(terminal);
        if (QTest::currentTestFailed())
            return;

        server.stop();
        FakeAlarmClock alarms;
        SyncEngine engine(terminal.storeOpener(), terminal.transports(), alarms);
        engine.setRetryPolicy(RetryPolicy(400, 400)); // retries 200-400 ms after a failure
        QSignalSpy rounds(&engine, &SyncEngine::roundFinished);
        QSignalSpy statuses(&engine, &SyncEngine::statusChanged);
        engine.start();
        QCOMPARE(rounds.size(), 1);
        QCOMPARE(rounds.first().first().toBool(), false);
        const qint64 retryIn = statuses.last().first().value<SyncStatus>().nextAttemptInMsecs;
        QVERIFY2(retryIn >= 200 && retryIn <= 400, qPrintable(QString::number(retryIn)));
        QCOMPARE(alarms.nextRingInMsecs(), retryIn); // before the periodic round

        QVERIFY(server.restart());
        alarms.advance(retryIn - 1);
        QCOMPARE(rounds.size(), 1); // not yet
        // Nobody writes or asks: the retry alarm alone delivers the change.
        alarms.advance(1);
        QCOMPARE(rounds.size(), 2);
        QVERIFY(rounds.last().first().toBool());
        QCOMPARE(ChangeOutbox(*terminal.store).pendingCount(), 0);
        QCOMPARE(server.lastSeq(business), qint64(1));
        // Back to the periodic round only.
        QCOMPARE(alarms.setCount(), 1);
        QCOMPARE(alarms.nextRingInMsecs(), SyncEngine::kPeriodMsecs - retryIn);
        engine.stop();
    }

    void testNetworkReturnCutsTheBackoffShort()
    {
        SyncedTerminal s(SyncedTerminal::Entry::Enrolled, QStringLiteral("T"));
        QVERIFY(s.ok());
        auto &[server, business, terminal] = s;
        addAChange(terminal);
        if (QTest::currentTestFailed())
            return;

        server.stop();
        FakeAlarmClock alarms;
        SyncEngine engine(terminal.storeOpener(), terminal.transports(), alarms);
        // The next retry is a minute or more away.
        engine.setRetryPolicy(RetryPolicy(120'000, 120'000));
        QSignalSpy rounds(&engine, &SyncEngine::roundFinished);
        QSignalSpy statuses(&engine, &SyncEngine::statusChanged);
        engine.start();
        QCOMPARE(rounds.size(), 1);
        const auto offline = statuses.last().first().value<SyncStatus>();
        QCOMPARE(offline.state, SyncStatus::State::Offline);
        QVERIFY(offline.nextAttemptInMsecs >= 60'000);
        QCOMPARE(offline.pendingChanges, ChangeOutbox(*terminal.store).pendingCount());
        QCOMPARE(alarms.setCount(), 2); // the retry and the periodic round

        QVERIFY(server.restart());
        alarms.advance(1000);
        QCOMPARE(rounds.size(), 1); // still waiting
        engine.networkReturned();
        // At once, not a minute later.
        QCOMPARE(rounds.size(), 2);
        QVERIFY(rounds.last().first().toBool());
        QCOMPARE(alarms.elapsedMsecs(), 1000);
        QCOMPARE(ChangeOutbox(*terminal.store).pendingCount(), 0);
        QCOMPARE(statuses.last().first().value<SyncStatus>().state, SyncStatus::State::Idle);
        QCOMPARE(alarms.setCount(), 1); // the retry is off
        engine.stop();
        QCOMPARE(alarms.setCount(), 0);
    }

    void testLocalChangesAreDebounced()
    {
        SyncedTerminal s(SyncedTerminal::Entry::Enrolled, QStringLiteral("T"));
        QVERIFY(s.ok());
        auto &[server, business, terminal] = s;
        FakeAlarmClock alarms;
        SyncEngine engine(terminal.storeOpener(), terminal.transports(), alarms);
        QSignalSpy rounds(&engine, &SyncEngine::roundFinished);
        engine.start();
        QCOMPARE(rounds.size(), 1);

        // A burst of saves, each less than the debounce after the last: one round.
        for (int i = 0; i < 5; ++i) {
            QVERIFY(ClientService(*terminal.store)
                        .create(ClientDraft { QStringLiteral("Client %1").arg(i), {}, {}, {} }));
            engine.localChangeMade();
            alarms.advance(SyncEngine::kDebounceMsecs - 1);
        }
        QCOMPARE(rounds.size(), 1);
        alarms.advance(1);
        QCOMPARE(rounds.size(), 2);
        QCOMPARE(ChangeOutbox(*terminal.store).pendingCount(), 0);
        QCOMPARE(server.lastSeq(business), qint64(5));
        // A notice from the server shortens a pending local debounce.
        engine.localChangeMade();
        engine.remoteChangesAnnounced();
        QCOMPARE(alarms.nextRingInMsecs(), qint64(SyncEngine::kRemoteDebounceMsecs));
        alarms.advance(SyncEngine::kRemoteDebounceMsecs);
        QCOMPARE(rounds.size(), 3);
        // And the periodic round comes by itself.
        alarms.advanceToNextRing();
        QCOMPARE(rounds.size(), 4);
        QCOMPARE(alarms.elapsedMsecs(), qint64(SyncEngine::kPeriodMsecs));
        engine.stop();
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
