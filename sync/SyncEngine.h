// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlarmClock.h"
#include "LiveChannel.h"
#include "RetryPolicy.h"
#include "SyncSession.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

namespace Balcao {

// What the status bar shows.
struct SyncStatus
{
    enum class State { Idle, Syncing, Offline, Rejected };
    State state = State::Idle;
    int pendingChanges = 0;
    int openConflicts = 0;
    QDateTime lastSuccess;
    QString lastError; // translated; empty when the last round succeeded
    qint64 nextAttemptInMsecs = -1;
    int lastApplied = 0; // remote changes the last round brought in: lists may be stale
};

// Drives SyncSession in the background: soon after a local change
// (debounced), on a timer, on demand and when the network comes back; after a
// failure it retries on its own with backoff — never only on the next local
// write. Lives on its own thread with its own connection to the database, so
// the UI never waits on the network. Its timers are alarms of an AlarmClock:
// the system's, or one a test moves by hand.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    using StoreFactory = std::function<Result<std::unique_ptr<LocalStore>>()>;
    using TransportFactory = std::function<std::unique_ptr<SyncTransport>()>;

    SyncEngine(StoreFactory openStore, TransportFactory makeTransport,
               AlarmClock &alarms = AlarmClock::system(), QObject *parent = nullptr);
    // How long to wait after failures; tests use long waits to tell a retry
    // from a round started by networkReturned().
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    // Live notices from the server: a round soon after another terminal pushed.
    void setLiveChannel(std::unique_ptr<LiveChannel> channel);
    ~SyncEngine() override;

    static constexpr int kDebounceMsecs = 300;
    static constexpr int kRemoteDebounceMsecs = 30;
    static constexpr int kPeriodMsecs = 30 * 1000;

public slots:
    void start();
    void stop();
    void localChangeMade(); // debounced
    void remoteChangesAnnounced(); // the server said others pushed
    void syncNow();
    void networkReturned();

signals:
    void statusChanged(const Balcao::SyncStatus &status);
    void roundFinished(bool ok);

private:
    void runRound();
    void scheduleRetry();
    void publish();

    StoreFactory m_openStore;
    TransportFactory m_makeTransport;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncTransport> m_transport;
    std::unique_ptr<LiveChannel> m_live;
    // Children, so that they move with the engine to another thread.
    Alarm *m_debounce;
    Alarm *m_periodic;
    Alarm *m_retry;
    RetryPolicy m_retryPolicy;
    int m_failures = 0;
    SyncStatus m_status;
};

} // namespace Balcao

Q_DECLARE_METATYPE(Balcao::SyncStatus)
