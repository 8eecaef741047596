// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Money.h"

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
    qint64 openedAtMsecs = 0;
    Id openedBy;
    Money openingFloat; // in the shift's currency, the business's when it opened
    Status status = Status::Open;
    qint64 closedAtMsecs = 0;
    Id closedBy;
    std::optional<Money> counted;
    // Denomination → how many. A denomination is a key here, as a note's
    // face value in minor units of the shift's currency (what
    // Denominations lists), not an amount that is added up.
    QMap<qint64, int> countedDetail;
    std::optional<Money> expected;
    QString closeNote;

    bool isOpen() const { return status == Status::Open; }
    const Currency &currency() const { return openingFloat.currency(); }
};

// Cash put in or taken out of the drawer outside a sale: change brought from
// the bank, a supplier paid from the till.
struct CashMovement
{
    enum class Kind { In, Out };
    Id id;
    Id shiftId;
    Kind kind = Kind::In;
    Money amount; // positive; the kind says which way
    QString reason;
    Id userId;
    qint64 atMsecs = 0;
};

// What a shift's drawer should hold and what went through it. An X report
// is this mid-shift; the Z report is the same at closing, with the count.
struct ShiftReport
{
    CashShift shift;
    Money openingFloat;
    Money cashSales; // cash kept from sales (change already given back)
    Money cashRefunds; // cash paid out for returns (positive)
    Money cashIn;
    Money cashOut;
    Money expected;
    std::optional<Money> counted;
    std::optional<Money> overShort; // counted − expected: + over, − short
    QMap<QString, Money> byMethod; // payment method name → net amount
    int salesCount = 0;
    int returnsCount = 0;
    Money grossSales;
    Money discounts;
    Money tax;
    Money tips;
    Money totalSales;
    Money refunds;
    QList<CashMovement> movements;
};

} // namespace Balcao
