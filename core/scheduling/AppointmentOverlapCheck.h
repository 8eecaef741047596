// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflicts/ConflictCheck.h"

#include <QCoreApplication>

namespace Balcao {

// Two appointments that hold the same staff member or resource at the same
// time: usually booked on two terminals while offline. Past overlaps older
// than a day are left alone (nothing can be done about them any more).
class AppointmentOverlapCheck final : public ConflictCheck
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::AppointmentOverlapCheck)
public:
    static inline const QString kKind = QStringLiteral("appointment.overlap");
    static inline const QString kKeepBoth = QStringLiteral("keepBoth");
    // Each followed by the appointment id it acts on.
    static inline const QString kCancelPrefix = QStringLiteral("cancel:");
    static inline const QString kMovePrefix = QStringLiteral("move:"); // to the next free slot
    static inline const QString kReassignPrefix = QStringLiteral("reassign:"); // same time

    QString kind() const override { return kKind; }
    Result<QList<ConflictFinding>> find(LocalStore &store) const override;
    QStringList resolutions(const Conflict &conflict) const override;
    Result<void> apply(LocalStore &store, const Conflict &conflict,
                       const QString &resolution) const override;

    // Records that a manager booked over an overlap on purpose, as a
    // resolved entry, so the inbox does not raise it again after sync.
    static Result<void> acceptOverlap(LocalStore &store, const Id &a, const Id &b,
                                      const Id &userId);
};

} // namespace Balcao
