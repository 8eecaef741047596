// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CashShift.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace Balcao {

class LocalStore;

// Cash drawers and their shifts: open with a float, cash in and out with a
// reason, X report at any time, close with a count per denomination (the Z
// report). One open shift per drawer is refused locally; two opened offline
// on different terminals become a conflict (OpenShiftsCheck).
class ShiftService
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ShiftService)
public:
    // The most a float, a cash movement or a tenth of a count may be.
    static constexpr qint64 kMaxAmountMajor = 1000000;
    static Money maxAmount(const Currency &currency);
    static constexpr int kMaxReasonLength = 500;

    explicit ShiftService(LocalStore &store);

    Result<CashDrawer> createDrawer(const Id &locationId, const QString &name);
    Result<QList<CashDrawer>> drawers(const Id &locationId) const;
    Result<CashDrawer> findDrawer(const Id &id) const;
    // The location's first drawer, created ("Drawer 1") when it has none:
    // a shop with one till never has to set one up.
    Result<CashDrawer> defaultDrawer(const Id &locationId);

    // The float is in the business's currency, which becomes the shift's.
    Result<CashShift> open(const Id &drawerId, const Money &openingFloat, const Id &userId);
    // The drawer's open shift, if any (the oldest, if sync brought two). A
    // store that cannot say is an error: "none open" would let a second
    // shift open, or refuse cash that could be taken.
    Result<std::optional<CashShift>> openShift(const Id &drawerId) const;
    Result<CashShift> find(const Id &shiftId) const;
    // Newest first.
    Result<QList<CashShift>> shifts(const Id &drawerId, int limit) const;

    // In the shift's currency.
    Result<CashMovement> cashIn(const Id &shiftId, const Money &amount, const QString &reason,
                                const Id &userId);
    Result<CashMovement> cashOut(const Id &shiftId, const Money &amount, const QString &reason,
                                 const Id &userId);

    // The X report while open; for a closed shift, its Z report.
    Result<ShiftReport> report(const Id &shiftId) const;
    // Counts per denomination (minor units → count); for currencies without
    // a denomination list, one entry of 1 × the total.
    Result<ShiftReport> close(const Id &shiftId, const QMap<qint64, int> &counted,
                              const QString &note, const Id &userId);
    // Closes without a count: the conflict resolution for a drawer that two
    // terminals opened, whose cash is counted at the other shift's close.
    Result<void> closeUncounted(const Id &shiftId, const QString &note, const Id &userId);
    // A closed shift's expected cash set again from its ledgers: the
    // resolution for cash that another terminal moved in it after the close
    // (ClosedShiftCashCheck). The count stays what it was.
    Result<void> restateExpected(const Id &shiftId);

private:
    Result<CashMovement> move(const Id &shiftId, CashMovement::Kind kind, const Money &amount,
                              const QString &reason, const Id &userId);
    Result<QList<CashShift>> query(const QString &where, const QVariantList &values,
                                   int limit) const;
    // Closes the shift, expecting in the drawer what its ledgers say now;
    // `fields`: what the close adds (the count, the note). Within a transaction.
    Result<void> writeClose(const Id &shiftId, const Id &userId, QVariantMap fields);
    LocalStore &m_store;
};

} // namespace Balcao
