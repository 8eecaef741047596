// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Change.h"
#include "common/Error.h"

#include <QJsonObject>
#include <QList>

namespace Balcao::Server {

class ServerStore;

// The merged current state of each business, folded from its changes with
// the terminals' rule (core/common/MergeRule.h): records per column by
// (HLC, device id), tombstones as the "deleted" column, ledger facts by id.
// Bootstrap reads it so a new terminal does not replay years of history.
class CurrentState
{
public:
    explicit CurrentState(ServerStore &store);

    // Folds one change in; returns whether any column or fact was new.
    Result<bool> fold(const QString &businessId, const Change &change);

    struct RowKey
    {
        QString table;
        QString rowId;
    };
    // Rows after `after` in (table, row id) order, each as bootstrap sends it:
    // {table, row_id, kind, fields, versions} for records (versions per
    // column: {hlc, device_id}) and {table, row_id, kind, fields, hlc,
    // device_id} for ledger facts.
    Result<QList<QJsonObject>> page(const QString &businessId, const RowKey &after, int limit);

private:
    ServerStore &m_store;
};

} // namespace Balcao::Server
