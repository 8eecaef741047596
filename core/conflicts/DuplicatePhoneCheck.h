// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConflictCheck.h"

#include <QCoreApplication>

namespace Balcao {

// Two live clients with the same phone number: usually one person created
// twice on two terminals while offline.
class DuplicatePhoneCheck final : public ConflictCheck
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::DuplicatePhoneCheck)
public:
    static inline const QString kKind = QStringLiteral("client.duplicatePhone");
    static inline const QString kKeepBoth = QStringLiteral("keepBoth");
    // "keepOnly:<client id>": the others are merged into that client (their
    // appointments and reminders move to it; see ClientMerger), then tombstoned.
    static inline const QString kKeepOnlyPrefix = QStringLiteral("keepOnly:");

    QString kind() const override { return kKind; }
    Result<QList<ConflictFinding>> find(LocalStore &store) const override;
    QStringList resolutions(const Conflict &conflict) const override;
    Result<void> apply(LocalStore &store, const Conflict &conflict,
                       const QString &resolution) const override;
};

} // namespace Balcao
