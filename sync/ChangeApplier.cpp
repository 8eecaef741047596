// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeApplier.h"

#include "storage/LocalStore.h"

namespace Balcao {

ChangeApplier::ChangeApplier(LocalStore &store)
    : m_store(store)
{ }

Result<ChangeApplier::Summary> ChangeApplier::apply(const QList<Change> &changes)
{
    return m_store.transact([&]() -> Result<Summary> {
        Summary summary;
        Hlc highest;
        for (const Change &change : changes) {
            // A stamp far in the future is refused before it can move our clock.
            if (auto observed = m_store.hlc().observe(change.hlc); !observed)
                return observed.error();
            highest = std::max(highest, change.hlc);
            bool fresh = false;
            if (change.ledger) {
                auto inserted
                    = m_store.writer().applyLedger(change.table, change.rowId, change.fields);
                if (!inserted)
                    return inserted.error();
                fresh = *inserted;
            } else {
                auto won
                    = m_store.writer().applyRecord(change.table, change.rowId, change.fields,
                                                   FieldVersion { change.hlc, change.deviceId });
                if (!won)
                    return won.error();
                fresh = *won > 0;
            }
            fresh ? ++summary.applied : ++summary.ignored;
        }
        if (!highest.isNull()) {
            if (auto remembered = m_store.rememberClock(); !remembered)
                return remembered.error();
        }
        return summary;
    });
}

} // namespace Balcao
