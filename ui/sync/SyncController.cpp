// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncController.h"

#include "HttpSyncTransport.h"
#include "LiveChannel.h"
#include "Protocol.h"
#include "SyncCredentials.h"
#include "storage/LocalStore.h"

#include <QNetworkInformation>
#include <QThread>

namespace Balcao {

SyncController::SyncController(LocalStore &store, SecretStore &secrets, StoreOpener openSyncStore,
                               QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_openSyncStore(std::move(openSyncStore))
{
    qRegisterMetaType<Balcao::SyncStatus>();
    m_store.setCommitObserver([this] { localCommit(); });
}

SyncController::~SyncController()
{
    m_store.setCommitObserver({});
    stop();
}

bool SyncController::start()
{
    if (m_thread)
        return false;
    // Where the platform tells (NetworkManager, Windows, macOS), a returning
    // network starts a round at once; elsewhere the engine's timer and the
    // live channel's reconnects cover it.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        // Qt::UniqueConnection refuses lambdas (and then connects nothing),
        // so the connection is kept to make it once across stop and start.
        if (!m_reachability) {
            m_reachability = connect(
                QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        networkReturned();
                });
        }
    }
    auto credentials = SyncCredentials(m_store, m_secrets).load();
    if (!credentials)
        return false;
    const QUrl server = credentials->server;
    const QByteArray token = credentials->token;
    const StoreOpener openStore = m_openSyncStore;

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("sync"));
    // The engine is made on the sync thread rather than moved there: its
    // timers and the live channel's socket are members, not children, and
    // would otherwise stay behind on this thread.
    connect(
        m_thread, &QThread::started, m_thread,
        [this, thread = m_thread, server, token, openStore] {
            auto *engine = new SyncEngine(openStore, [server, token] {
                return std::make_unique<HttpSyncTransport>(server, token,
                                                           Protocol::schemaVersion());
            });
            engine->setLiveChannel(std::make_unique<LiveChannel>(server, token));
            connect(engine, &SyncEngine::statusChanged, this, &SyncController::receiveStatus,
                    Qt::QueuedConnection);
            connect(
                thread, &QThread::finished, engine,
                [engine] {
                    engine->stop();
                    delete engine;
                },
                Qt::DirectConnection);
            QMetaObject::invokeMethod(
                this,
                [this, thread, engine] {
                    if (m_thread == thread) // not stopped meanwhile
                        m_engine = engine;
                },
                Qt::QueuedConnection);
            engine->start();
        },
        Qt::DirectConnection);
    m_thread->start();
    emit runningChanged(true);
    return true;
}

void SyncController::stop()
{
    if (!m_thread)
        return;
    m_engine = nullptr;
    // Ends the nested loop of a request in flight too, so quitting never
    // waits for a network timeout.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_status.reset();
    emit runningChanged(false);
}

void SyncController::networkReturned()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &SyncEngine::networkReturned, Qt::QueuedConnection);
}

void SyncController::syncNow()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow, Qt::QueuedConnection);
}

void SyncController::localCommit()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &SyncEngine::localChangeMade, Qt::QueuedConnection);
    emit localChangeCommitted();
}

void SyncController::receiveStatus(const SyncStatus &status)
{
    if (!m_thread)
        return; // a late report from an engine already stopped
    m_status = status;
    emit statusChanged(status);
}

} // namespace Balcao
