// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/ExchangeService.h"

#include <QCoreApplication>

namespace Balcao {

// The return dialog's summary of ReturnService::preview: each line's
// refund, the total with its tax, and where the money goes (cash from the
// drawer, back to the card, PIX, store credit, the client's due reduced).
// For an exchange, ExchangeService::preview's settlement: also what the new
// items cost and who pays the difference. It only words core's numbers.
class RefundPreviewText
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::RefundPreviewText)
public:
    static QString html(const SaleReturn &preview);
    static QString html(const ExchangeSettlement &settlement);

private:
    static QString html(const SaleReturn &preview, const ExchangeSettlement *settlement);
};

} // namespace Balcao
