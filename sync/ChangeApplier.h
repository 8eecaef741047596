// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Change.h"

#include <QList>

namespace Balcao {

class LocalStore;

// Applies changes made on other devices: records merge per column by
// (HLC, device id), ledger facts union by id. Applying is idempotent,
// commutative and associative, so batches may repeat or arrive in any order.
class ChangeApplier
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ChangeApplier)
public:
    explicit ChangeApplier(LocalStore &store);

    struct Summary
    {
        int applied = 0; // changes of which at least one column or fact was new
        int ignored = 0; // already known or superseded
    };
    // All or nothing: one bad change rejects the whole batch, unchanged.
    Result<Summary> apply(const QList<Change> &changes);

private:
    LocalStore &m_store;
};

} // namespace Balcao
