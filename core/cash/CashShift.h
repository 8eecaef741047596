// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Balcao {

// A physical cash drawer at a location. Terminals that share a counter can
// share a drawer; only one shift may hold it at a time.
struct CashDrawer
{
    Id id;
    Id locationId;
    QString name;
};

struct CashShift
{
    enum class Status { Open, Closed };
    Id id;
    Id drawerId;
    Id locationId;
    Id deviceId;
    QString currency;
    qint64 openedAtMsecs = 0;
    Id openedBy;
    qint64 openingFloatMinor = 0;
    Status status = Status::Open;
    qint64 closedAtMsecs = 0;
    Id closedBy;
    std::optional<qint64> countedMinor;
    QMap<qint64, int> countedDetail; // denomination (minor) → how many
    std::optional<qint64> expectedMinor;
    QString closeNote;

    bool isOpen() const { return status == Status::Open; }
};

// Cash put in or taken out of the drawer outside a sale: change brought from
// the bank, a supplier paid from the till.
struct CashMovement
{
    enum class Kind { In, Out };
    Id id;
    Id shiftId;
    Kind kind = Kind::In;
    qint64 amountMinor = 0; // positive; the kind says which way
    QString reason;
    Id userId;
    qint64 atMsecs = 0;
};

// What a shift's drawer should hold and what went through it. An X report
// is this mid-shift; the Z report is the same at closing, with the count.
struct ShiftReport
{
    CashShift shift;
    qint64 openingFloatMinor = 0;
    qint64 cashSalesMinor = 0; // cash kept from sales (change already given back)
    qint64 cashRefundsMinor = 0; // cash paid out for returns (positive)
    qint64 cashInMinor = 0;
    qint64 cashOutMinor = 0;
    qint64 expectedMinor = 0;
    std::optional<qint64> countedMinor;
    std::optional<qint64> overShortMinor; // counted − expected: + over, − short
    QMap<QString, qint64> byMethod; // payment method name → net amount
    int salesCount = 0;
    int returnsCount = 0;
    qint64 grossSalesMinor = 0;
    qint64 discountsMinor = 0;
    qint64 taxMinor = 0;
    qint64 tipsMinor = 0;
    qint64 totalSalesMinor = 0;
    qint64 refundsMinor = 0;
    QList<CashMovement> movements;
};

} // namespace Balcao
