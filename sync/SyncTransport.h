// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Change.h"

#include <QList>
#include <QString>

namespace Balcao {

struct PushAck
{
    QString batchId;
    int applied = 0;    // changes the server did not have
    int duplicates = 0; // changes it already had (a retried batch)
};

struct PullPage
{
    QList<Change> changes;
    QString nextCursor;
    bool hasMore = false;
};

// How a terminal talks to the server. The HTTP implementation is the real
// one; tests wrap it to drop, duplicate, delay and reorder messages.
// Errors of kind Storage/Security/Unsupported/Invalid from the server are
// rejections (kept and shown to the user); any other failure is "not
// delivered" and retried.
class SyncTransport
{
public:
    virtual ~SyncTransport() = default;
    virtual Result<PushAck> push(const QString &batchId, const QList<Change> &changes) = 0;
    virtual Result<PullPage> pull(const QString &afterCursor, int limit) = 0;
};

} // namespace Balcao
