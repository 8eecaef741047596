// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflicts/ConflictCheck.h"

#include <QCoreApplication>

namespace Balcao {

// A drawer with more than one open shift: two terminals opened it while
// offline. Every sale and cash movement stays with the shift it was made in;
// the resolution closes one shift without a count, so its cash is counted
// at the other's close.
class OpenShiftsCheck final : public ConflictCheck
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::OpenShiftsCheck)
public:
    static inline const QString kKind = QStringLiteral("cash.twoOpenShifts");
    static inline const QString kClosePrefix = QStringLiteral("close:"); // + shift id

    QString kind() const override { return kKind; }
    Result<QList<ConflictFinding>> find(LocalStore &store) const override;
    QStringList resolutions(const Conflict &conflict) const override;
    Result<void> apply(LocalStore &store, const Conflict &conflict,
                       const QString &resolution) const override;
};

} // namespace Balcao
