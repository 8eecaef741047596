// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ShopFixture.h"
#include "sales/Sale.h"

namespace Balcao::Test {

class FakeClock;

// A shop's history made the way the counter makes it, through
// CheckoutService: `count` sales a few hours apart from the clock's time
// on (the clock ends at the last sale), paid by card, PIX or cash (the drawer's shift is open), for
// Joana, the other client or nobody, with shampoo, conditioner or gift wrap. Enough stock is
// received first for every sale.
struct SalesDataSet
{
    // `shopHours`: only between 09:00 and 19:00 at the location, as in
    // pictures people look at; tests that count per day want round the clock.
    SalesDataSet(ShopFixture &shop, FakeClock &clock, int count,
                 qint64 stepMsecs = 3 * 60 * 60 * 1000, bool shopHours = false);

    QList<Sale> sales; // oldest first
    Id shift;

    static Tender card(qint64 amountMinor);
    static Tender cash(qint64 amountMinor);
    static Tender pix(qint64 amountMinor);
};

} // namespace Balcao::Test
