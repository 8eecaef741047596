// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflicts/ConflictCheck.h"

#include <QCoreApplication>

namespace Balcao {

// A product whose stock at a location is below zero once every terminal's
// sales are in: usually the last unit sold on two terminals while offline.
// Both sales stand (no sale is ever lost); a person decides about the stock.
class StockBelowZeroCheck final : public ConflictCheck
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::StockBelowZeroCheck)
public:
    static inline const QString kKind = QStringLiteral("stock.belowZero");
    // The shelf is empty: an adjustment brings the ledger back to zero.
    static inline const QString kAdjustToZero = QStringLiteral("adjustToZero");
    // Goods are on the way; the stock stays negative until they arrive.
    static inline const QString kKeepNegative = QStringLiteral("keepNegative");

    QString kind() const override { return kKind; }
    Result<QList<ConflictFinding>> find(LocalStore &store) const override;
    QStringList resolutions(const Conflict &conflict) const override;
    bool reopensWhenFoundAgain() const override { return true; }
    Result<void> apply(LocalStore &store, const Conflict &conflict,
                       const QString &resolution) const override;
};

} // namespace Balcao
