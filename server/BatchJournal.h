// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Error.h"

#include <QJsonObject>

#include <optional>

namespace Balcao::Server {

class ServerStore;

// The answer given to each (device, batch id). A terminal that did not hear
// the answer (timeout, crash) sends the batch again and gets the same answer
// without the batch being applied twice.
class BatchJournal
{
public:
    BatchJournal(ServerStore &store, const Clock &clock);

    struct Recorded
    {
        QString requestHash;
        QJsonObject response;
    };
    Result<std::optional<Recorded>> find(const QString &deviceId, const QString &batchId);
    Result<void> record(const QString &deviceId, const QString &batchId, const QString &requestHash,
                        const QJsonObject &response);

private:
    ServerStore &m_store;
    const Clock &m_clock;
};

} // namespace Balcao::Server
