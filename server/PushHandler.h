// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiReply.h"
#include "Change.h"
#include "common/Clock.h"

#include <QCoreApplication>

namespace Balcao::Server {

class BatchJournal;
class ChangeLedger;
class CurrentState;
class ServerStore;
struct Principal;

// POST /v1/push {batch_id, changes: [Change]}. The whole batch is checked
// before anything is written (schema, types, origin device, clock); then, in
// one transaction, each change is stored once by id, folded into the current
// state, and the answer is journaled under the batch id. The transaction
// commits before the answer leaves, so an acknowledged batch is durable.
class PushHandler
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Server::PushHandler)
public:
    PushHandler(ServerStore &store, ChangeLedger &ledger, CurrentState &state,
                BatchJournal &journal, const Clock &clock, qint64 maxClockAheadMsecs);

    ApiReply handle(const Principal &caller, const QByteArray &body);

private:
    Result<QList<Change>> validated(const Principal &caller, const QJsonArray &changes) const;

    ServerStore &m_store;
    ChangeLedger &m_ledger;
    CurrentState &m_state;
    BatchJournal &m_journal;
    const Clock &m_clock;
    qint64 m_maxClockAhead;
};

} // namespace Balcao::Server
