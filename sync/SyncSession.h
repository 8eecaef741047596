// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncTransport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace Balcao {

class LocalStore;

// One synchronisation round of a terminal: push the outbox, then pull and
// apply what others did. It can stop at any point (network, crash, kill) and
// the next round resumes exactly there:
// - a batch being pushed is recorded (id and last change) before it is sent,
//   and re-sent with the same id until the server acknowledges it, so a reply
//   lost after the server saved it can never duplicate anything;
// - each pulled page is applied in one transaction together with the cursor.
class SyncSession
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::SyncSession)
public:
    static constexpr int kPushBatchSize = 500;
    // The largest page balcaod serves (docs/api/openapi.yaml): each page is
    // one transaction, whose commit writes (and encrypts) every page of the
    // indexes it touched, so fewer, larger pages write far less.
    static constexpr int kPullPageSize = 5000;

    struct Report
    {
        int pushed = 0;
        int pulled = 0;
        int applied = 0;
        int conflictsOpened = 0;
    };

    SyncSession(LocalStore &store, SyncTransport &transport);
    Result<Report> run();
    // For a new terminal: the whole current state in pages instead of years
    // of history. Resumes at the last page applied after an interruption.
    // Returns the number of rows applied.
    Result<int> bootstrap();

    // Persistent sync bookkeeping (local, never synced, in LocalMeta):
    // empty or null when there is none yet, an error when it cannot be read.
    Result<QString> cursor() const;
    Result<QDateTime> lastSuccess() const;
    Result<QString> inflightBatchId() const;

private:
    Result<int> pushAll();
    Result<Report> pullAll();
    Result<QJsonObject> inflightBatch() const;

    LocalStore &m_store;
    SyncTransport &m_transport;
};

} // namespace Balcao
