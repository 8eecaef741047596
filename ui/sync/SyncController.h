// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncEngine.h"

#include <QObject>

#include <optional>

class QThread;

namespace Balcao {

class LocalStore;
class SecretStore;

// Runs the sync engine of an enrolled terminal on its own thread and relays
// its state to the widgets; no business rules. The engine works on a second
// connection to the same database (SQL connections belong to one thread),
// opened by `openSyncStore` on the sync thread. A terminal that is not
// enrolled gets no engine, and status() stays empty ("not connected").
class SyncController : public QObject
{
    Q_OBJECT
public:
    using StoreOpener = SyncEngine::StoreFactory;

    SyncController(LocalStore &store, SecretStore &secrets, StoreOpener openSyncStore,
                   QObject *parent = nullptr);
    ~SyncController() override;

    // Starts the engine when the store has sync credentials; false (and no
    // engine) when the terminal is not enrolled or already running.
    bool start();
    // Waits for the sync thread to end; a round in progress is abandoned and
    // resumes at the next start (the outbox and cursor are persistent).
    void stop();
    bool isRunning() const { return m_thread != nullptr; }
    // The engine's last report; empty while not connected.
    const std::optional<SyncStatus> &status() const { return m_status; }

    LocalStore &store() { return m_store; }
    SecretStore &secrets() { return m_secrets; }

public slots:
    void syncNow();
    // The operating system reports the network back: try at once instead of
    // waiting out the backoff.
    void networkReturned();

signals:
    void statusChanged(const Balcao::SyncStatus &status);
    void runningChanged(bool running);
    // The widgets' own store committed a write (the pending count changed).
    void localChangeCommitted();

private:
    void localCommit();
    void receiveStatus(const Balcao::SyncStatus &status);

    LocalStore &m_store;
    SecretStore &m_secrets;
    StoreOpener m_openSyncStore;
    QThread *m_thread = nullptr;
    // Lives on m_thread: only ever called through queued invocations.
    SyncEngine *m_engine = nullptr;
    std::optional<SyncStatus> m_status;
    QMetaObject::Connection m_reachability;
};

} // namespace Balcao
