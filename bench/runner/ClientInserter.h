// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Samples.h"
#include "common/Error.h"

#include <QJsonObject>

namespace Balcao::Bench {

// One side of the insert comparison. Each side gets the same people up
// front, converts them to its own input form outside the timed calls, and
// then inserts them by index.
class ClientInserter
{
public:
    virtual ~ClientInserter() = default;

    // One client in its own transaction, as the front desk saves one.
    virtual Result<void> insertAlone(qsizetype index) = 0;
    // Clients [first, first + count) in one transaction; the time of each
    // insert (commit excluded) goes to `perInsert`.
    virtual Result<void> insertBatch(qsizetype first, qsizetype count, Samples &perInsert) = 0;
    // Rows written so far, per table, to show both sides did the same work.
    virtual QJsonObject rowCounts() const = 0;
};

} // namespace Balcao::Bench
