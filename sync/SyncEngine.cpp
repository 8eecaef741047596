// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEngine.h"

#include "ChangeOutbox.h"
#include "conflicts/ConflictInbox.h"
#include "storage/LocalStore.h"

#include <QRandomGenerator>

namespace Balcao {

SyncEngine::SyncEngine(StoreFactory openStore, TransportFactory makeTransport, QObject *parent)
    : QObject(parent)
    , m_openStore(std::move(openStore))
    , m_makeTransport(std::move(makeTransport))
{
    qRegisterMetaType<Balcao::SyncStatus>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMsecs);
    m_periodic.setInterval(kPeriodMsecs);
    m_retry.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &SyncEngine::runRound);
    connect(&m_periodic, &QTimer::timeout, this, &SyncEngine::runRound);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::runRound);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setLiveChannel(std::unique_ptr<LiveChannel> channel)
{
    m_live = std::move(channel);
    if (m_live)
        connect(m_live.get(), &LiveChannel::changesAvailable, this,
                &SyncEngine::remoteChangesAnnounced);
}

void SyncEngine::start()
{
    if (!m_store) {
        auto store = m_openStore();
        if (!store) {
            m_status.state = SyncStatus::State::Rejected;
            m_status.lastError = store.error().message;
            publish();
            return;
        }
        m_store = std::move(*store);
    }
    if (!m_transport)
        m_transport = m_makeTransport();
    m_periodic.start();
    if (m_live)
        m_live->open();
    runRound();
}

void SyncEngine::stop()
{
    if (m_live)
        m_live->close();
    m_debounce.stop();
    m_periodic.stop();
    m_retry.stop();
    m_transport.reset();
    m_store.reset();
}

void SyncEngine::localChangeMade()
{
    if (m_store)
        m_debounce.start(kDebounceMsecs);
}

void SyncEngine::remoteChangesAnnounced()
{
    // Shorter than the local debounce: nobody is typing here, someone is
    // waiting to see the change.
    if (m_store && (!m_debounce.isActive() || m_debounce.remainingTime() > kRemoteDebounceMsecs))
        m_debounce.start(kRemoteDebounceMsecs);
}

void SyncEngine::syncNow()
{
    if (m_store)
        runRound();
}

void SyncEngine::networkReturned()
{
    // Whatever the backoff said, the network is back: try at once.
    m_retry.stop();
    syncNow();
}

void SyncEngine::runRound()
{
    if (!m_store || !m_transport)
        return;
    m_retry.stop();
    m_status.state = SyncStatus::State::Syncing;
    publish();
    auto report = SyncSession(*m_store, *m_transport).run();
    if (report) {
        m_failures = 0;
        m_status.state = SyncStatus::State::Idle;
        m_status.lastError.clear();
        m_status.nextAttemptInMsecs = -1;
        m_status.lastApplied = report->applied;
    } else {
        ++m_failures;
        // "Not delivered" is offline; anything the server refused is shown as
        // a rejection, and the changes stay in the outbox either way.
        m_status.state = report.error().kind == Error::Kind::NotFound ? SyncStatus::State::Offline
                                                                      : SyncStatus::State::Rejected;
        m_status.lastError = report.error().message;
        m_status.lastApplied = 0;
        scheduleRetry();
    }
    publish();
    emit roundFinished(report.ok());
}

void SyncEngine::scheduleRetry()
{
    const qint64 delay
        = m_retryPolicy.delay(m_failures, QRandomGenerator::global()->generateDouble());
    m_status.nextAttemptInMsecs = delay;
    m_retry.start(static_cast<int>(delay));
}

void SyncEngine::publish()
{
    if (m_store) {
        m_status.pendingChanges = ChangeOutbox(*m_store).pendingCount();
        m_status.openConflicts = static_cast<int>(ConflictInbox(*m_store).open().size());
        // A failed read keeps the last time known rather than showing "never".
        if (!m_transport)
            m_status.lastSuccess = QDateTime();
        else if (auto last = SyncSession(*m_store, *m_transport).lastSuccess(); last)
            m_status.lastSuccess = *last;
    }
    emit statusChanged(m_status);
}

} // namespace Balcao
