// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflicts/ConflictCheck.h"

#include <QCoreApplication>

namespace Balcao {

// Cash that moved in a shift after another terminal had closed it: a
// terminal offline at the close still took cash (or paid it out) in the
// shift it believed open. The close recorded what the drawer should hold
// then; the ledgers now say otherwise, and the count did not see the
// difference. A person is told; the resolution restates the shift's expected
// cash from its ledgers, so its Z report counts the late cash (short, since
// the count did not). Cash arriving after a restatement is a new conflict:
// the second subject names the discrepancy (the shift, what its close
// expected and what its ledgers say).
class ClosedShiftCashCheck final : public ConflictCheck
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ClosedShiftCashCheck)
public:
    static inline const QString kKind = QStringLiteral("cash.movedAfterClose");
    static inline const QString kRestate = QStringLiteral("restate");
    // Shifts closed longer ago are not looked at: late cash comes from a
    // terminal that was offline, and each look sums a shift's payments.
    static constexpr int kLookBackDays = 60;

    QString kind() const override { return kKind; }
    Result<QList<ConflictFinding>> find(LocalStore &store) const override;
    QStringList resolutions(const Conflict &conflict) const override;
    Result<void> apply(LocalStore &store, const Conflict &conflict,
                       const QString &resolution) const override;
};

} // namespace Balcao
