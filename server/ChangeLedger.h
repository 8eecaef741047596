// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Change.h"
#include "common/Clock.h"
#include "common/Error.h"

#include <QList>

namespace Balcao::Server {

class ServerStore;

// The server's record of every change once per business, numbered in the
// order the server received it. The number is the pull cursor.
class ChangeLedger
{
public:
    ChangeLedger(ServerStore &store, const Clock &clock);

    // Locks the business for the rest of the transaction and returns its
    // last sequence number. Pushes of one business run one after the other,
    // so numbers commit in order and a pull never skips a late commit.
    Result<qint64> lockBusiness(const QString &businessId);
    Result<void> setLastSeq(const QString &businessId, qint64 seq);
    // The last sequence number, without locking.
    Result<qint64> lastSeq(const QString &businessId);

    // Stores `change` as number `seq` unless its id is already known;
    // returns whether it was new.
    Result<bool> append(const QString &businessId, qint64 seq, const Change &change);

    struct Entry
    {
        qint64 seq = 0;
        Change change;
    };
    // Up to `limit` changes after `after` and up to `upTo`, in server order,
    // leaving out those made by `excludeDevice`.
    Result<QList<Entry>> after(const QString &businessId, qint64 after, qint64 upTo,
                               const QString &excludeDevice, int limit);

private:
    ServerStore &m_store;
    const Clock &m_clock;
};

} // namespace Balcao::Server
