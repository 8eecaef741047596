// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckoutService.h"
#include "Return.h"
#include "common/Money.h"

#include <QCoreApplication>

namespace Balcao {

class LocalStore;

struct ExchangeRequest
{
    ReturnRequest giveBack; // what the client brings back
    CheckoutRequest takeNew; // what they take instead; its tenders pay any difference
};

// What an exchange would settle to, before anything is written: the
// return's preview (its first refund part pays the new items), what the new
// items cost, the part of the refund that pays them, and the difference —
// positive, the client pays it; negative, they get it back the way the
// refund method says. The return dialog and `balcaoctl exchange --preview`
// show it; exchange() settles the same way.
struct ExchangeSettlement
{
    SaleReturn returned;
    Money newItems;
    Money credit;
    Money difference;
};

struct Exchange
{
    SaleReturn returned;
    Sale sale;
    // What the client paid on top (positive) or got back (negative).
    Money difference;
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
    // No approval needed yet: a return without receipt is previewed before
    // a manager signs for it. An empty list of new items costs nothing.
    Result<ExchangeSettlement> preview(const ExchangeRequest &request) const;
    Result<Exchange> exchange(const ExchangeRequest &request);

private:
    LocalStore &m_store;
};

} // namespace Balcao
