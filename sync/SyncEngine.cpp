// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEngine.h"

#include "ChangeOutbox.h"
#include "conflicts/ConflictInbox.h"
#include "storage/LocalStore.h"

#include <QRandomGenerator>

namespace Balcao {

namespace {

Alarm *childAlarm(AlarmClock &alarms, QObject *parent)
{
    Alarm *alarm = alarms.newAlarm().release();
    alarm->setParent(parent);
    return alarm;
}

} // namespace

SyncEngine::SyncEngine(StoreFactory openStore, TransportFactory makeTransport, AlarmClock &alarms,
                       QObject *parent)
    : QObject(parent)
    , m_openStore(std::move(openStore))
    , m_makeTransport(std::move(makeTransport))
    , m_debounce(childAlarm(alarms, this))
    , m_periodic(childAlarm(alarms, this))
    , m_retry(childAlarm(alarms, this))
{
    qRegisterMetaType<Balcao::SyncStatus>();
    connect(m_debounce, &Alarm::rang, this, &SyncEngine::runRound);
    connect(m_periodic, &Alarm::rang, this, [this] {
        m_periodic->set(kPeriodMsecs);
        runRound();
    });
    connect(m_retry, &Alarm::rang, this, &SyncEngine::runRound);
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
    m_periodic->set(kPeriodMsecs);
    if (m_live)
        m_live->open();
    runRound();
}

void SyncEngine::stop()
{
    if (m_live)
        m_live->close();
    m_debounce->cancel();
    m_periodic->cancel();
    m_retry->cancel();
    m_transport.reset();
    m_store.reset();
}

void SyncEngine::localChangeMade()
{
    if (m_store)
        m_debounce->set(kDebounceMsecs);
}

void SyncEngine::remoteChangesAnnounced()
{
    // Shorter than the local debounce: nobody is typing here, someone is
    // waiting to see the change.
    if (m_store && (!m_debounce->isSet() || m_debounce->remainingMsecs() > kRemoteDebounceMsecs))
        m_debounce->set(kRemoteDebounceMsecs);
}

void SyncEngine::syncNow()
{
    if (m_store)
        runRound();
}

void SyncEngine::networkReturned()
{
    // Whatever the backoff said, the network is back: try at once.
    m_retry->cancel();
    syncNow();
}

void SyncEngine::runRound()
{
    if (!m_store || !m_transport)
        return;
    m_retry->cancel();
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
    m_retry->set(delay);
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
