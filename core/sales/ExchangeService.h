// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckoutService.h"
#include "Return.h"

#include <QCoreApplication>

namespace Balcao {

class LocalStore;

struct ExchangeRequest
{
    ReturnRequest giveBack; // what the client brings back
    CheckoutRequest takeNew; // what they take instead; its tenders pay any difference
};

struct Exchange
{
    SaleReturn returned;
    Sale sale;
    // What the client paid on top (positive) or got back (negative).
    qint64 differenceMinor = 0;
};

// An exchange is a return and a new sale settled as one transaction: the
// refund pays the new sale first (as exchange credit, which nets to zero);
// the client pays what the new sale costs beyond it, or gets the rest back
// the way the refund method says.
class ExchangeService
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ExchangeService)
public:
    explicit ExchangeService(LocalStore &store);
    Result<Exchange> exchange(const ExchangeRequest &request);

private:
    LocalStore &m_store;
};

} // namespace Balcao
