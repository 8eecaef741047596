// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QDate>
#include <QString>

namespace Balcao {

// Why stock changed. Sales and returns come from checkout; receipts,
// adjustments (a count) and damaged write-offs from the back office;
// transfers are the inventory issue's.
enum class StockMovementKind {
    Sale,
    Return,
    Receipt,
    Adjustment,
    Damaged,
    TransferOut,
    TransferIn
};
QString stockMovementKindName(StockMovementKind kind); // stable: "sale", "return", ...
std::optional<StockMovementKind> stockMovementKindFrom(const QString &name);

// One immutable fact of the stock ledger. Quantities are signed units: a
// sale of two is -2, a receipt of twelve is +12.
struct StockMovement
{
    Id id;
    Id productId;
    Id locationId;
    qint64 quantity = 0;
    StockMovementKind kind = StockMovementKind::Adjustment;
    QString reason;
    QString lot;
    QDate expiresOn;
    // Minor units of the product's currency, as `stock_movements.unit_cost_minor`
    // keeps it: the ledger row has no currency column of its own, so the
    // cost stays this storage detail until the inventory issue gives the
    // ledger its costs as Money (docs/architecture.md, "Time and money").
    std::optional<qint64> unitCostMinor;
    QString sourceTable; // "sales", "returns"... for movements checkout made
    Id sourceId;
    Id userId;
    qint64 atMsecs = 0;
};

} // namespace Balcao
