// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Change.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Balcao {

struct PushAck
{
    QString batchId;
    int applied = 0; // changes the server did not have
    int duplicates = 0; // changes it already had (a retried batch)
};

struct PullPage
{
    QList<Change> changes;
    QString nextCursor;
    bool hasMore = false;
};

// One row of the server's current state, with the version of each column,
// so that a terminal that starts from it merges later changes correctly.
struct StateRow
{
    QString table;
    QString rowId;
    bool ledger = false;
    QVariantMap fields;
    QHash<QString, FieldVersion> versions; // records: per column
    FieldVersion factVersion; // ledger facts
};

struct BootstrapPage
{
    QList<StateRow> rows;
    QString cursor; // where to pull from once every page is in
    QString nextPage; // empty on the last page
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
    // Says that pull(afterCursor, limit) comes next, so that a transport can
    // fetch that page while the caller applies the previous one (a pull round
    // then costs about the larger of the two instead of their sum). Only a
    // hint: the later pull() with the same arguments returns the server's
    // answer to them, only requested earlier; the default does nothing.
    virtual void prefetchPull(const QString &afterCursor, int limit)
    {
        Q_UNUSED(afterCursor);
        Q_UNUSED(limit);
    }
    virtual Result<BootstrapPage> bootstrap(const QString &pageToken, int limit) = 0;
};

} // namespace Balcao
