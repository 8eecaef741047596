// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflicts/ConflictCheck.h"

#include <QCoreApplication>

namespace Balcao {

// More units of a sale line returned than were sold: each terminal checked
// its own view, but two returned the same units while offline. Both refunds
// happened (money left the till); a person decides who bears the loss. Both
// resolutions take the units restocked twice back out of stock, because
// only the units that really came back are on the shelf.
class OverReturnCheck final : public ConflictCheck
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::OverReturnCheck)
public:
    static inline const QString kKind = QStringLiteral("sale.overReturn");
    // The business bears the extra refund.
    static inline const QString kAccept = QStringLiteral("accept");
    // The extra refund goes on the client's account as an amount due.
    static inline const QString kChargeClient = QStringLiteral("chargeClient");

    QString kind() const override { return kKind; }
    Result<QList<ConflictFinding>> find(LocalStore &store) const override;
    QStringList resolutions(const Conflict &conflict) const override;
    Result<void> apply(LocalStore &store, const Conflict &conflict,
                       const QString &resolution) const override;
};

} // namespace Balcao
