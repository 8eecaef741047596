// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesDataSet.h"

#include "Amounts.h"
#include "FakeClock.h"
#include "inventory/StockLedger.h"
#include "sales/CheckoutService.h"

#include <QDateTime>

namespace Balcao::Test {

Tender SalesDataSet::card(qint64 amountMinor)
{
    return Tender {
        PaymentMethod::Card, reais(amountMinor), QStringLiteral("AUT%1").arg(amountMinor), {}
    };
}

Tender SalesDataSet::cash(qint64 amountMinor)
{
    return Tender { PaymentMethod::Cash, reais(amountMinor), {}, {} };
}

Tender SalesDataSet::pix(qint64 amountMinor)
{
    return Tender { PaymentMethod::Pix, reais(amountMinor), {}, {} };
}

SalesDataSet::SalesDataSet(ShopFixture &shop, FakeClock &clock, int count, qint64 stepMsecs,
                           bool shopHours)
{
    // Each product is in a third of the sales, two units at most, and a
    // shelf's worth is left: the stock looks like a shop's.
    StockLedger stock(shop.store);
    const qint64 enough = (count / 3 + 1) * 2 + 12;
    must(stock.receive(shop.shampoo, shop.location, enough, QStringLiteral("NF 4388")), "shampoo");
    must(stock.receive(shop.conditioner, shop.location, enough, QStringLiteral("NF 4388")),
         "conditioner");
    shift = shop.openShift();
    CheckoutService checkout(shop.store);
    const Id products[] = { shop.shampoo, shop.conditioner, shop.giftWrap };
    for (int i = 0; i < count; ++i) {
        clock.advance(stepMsecs);
        while (shopHours) {
            const int hour = QDateTime::fromMSecsSinceEpoch(clock.nowMsecsSinceEpoch(), shop.zone)
                                 .time()
                                 .hour();
            if (hour >= 9 && hour < 19)
                break;
            clock.advance(60 * 60 * 1000);
        }
        Cart cart = shop.cartOf({ { products[i % 3], 1 + i % 2 } });
        if (i % 3 == 0)
            cart.clientId = shop.client;
        else if (i % 3 == 1)
            cart.clientId = shop.otherClient;
        const qint64 total
            = must(checkout.review(cart, shop.location), "review").totals.total.minorUnits();
        // Cash is rounded up to the next ten, as people hand it over.
        const Tender tender = i % 3 == 0 ? card(total)
            : i % 3 == 1                 ? pix(total)
                                         : cash((total / 1000 + 1) * 1000);
        sales << must(checkout.checkout(shop.request(cart, { tender })), "sale");
    }
}

} // namespace Balcao::Test
