// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/Return.h"

#include <QCoreApplication>

#include <optional>

namespace Balcao {

// The return dialog's summary of ReturnService::preview: each line's
// refund, the total with its tax, and where the money goes (cash from the
// drawer, back to the card, PIX, store credit, the client's due reduced).
// For an exchange, also what the new items cost and who pays the
// difference.
class RefundPreviewText
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::RefundPreviewText)
public:
    // `newItemsMinor`: the exchange's new items, or nullopt for a plain return.
    static QString html(const SaleReturn &preview, std::optional<qint64> newItemsMinor);
};

} // namespace Balcao
