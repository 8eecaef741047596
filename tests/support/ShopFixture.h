// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SchedulingFixture.h"
#include "sales/Cart.h"
#include "sales/CheckoutService.h"

namespace Balcao::Test {

// The salon of SchedulingFixture with a shop counter: ICMS 18 % included in
// product prices, ISS 5 % included in the cut, three products (shampoo and
// conditioner keep stock, 10 and 3 units; gift wrap does not), one cash
// drawer, and the business initialised in BRL.
struct ShopFixture : SchedulingFixture
{
    explicit ShopFixture(LocalStore &store);

    // A cart of `quantity` × each product, priced by the catalog.
    Cart cartOf(const QList<std::pair<Id, qint64>> &products) const;
    // A checkout of the cart at the location, from the front desk, through
    // the drawer.
    CheckoutRequest request(const Cart &cart, const QList<Tender> &tenders) const;
    // Opens the drawer with a float of R$ 100,00.
    Id openShift();

    Id icms;
    Id iss;
    Id shampoo; // SKU SH-500, EAN 7891234567895, R$ 45,90
    Id conditioner; // SKU CD-500, EAN 7891000000014, R$ 52,90
    Id giftWrap; // SKU GW, R$ 5,00, no stock kept, untaxed
    Id drawer;
};

template<typename T> T must(Result<T> result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error().message));
    return std::move(result).value();
}

inline void must(Result<void> result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error().message));
}

} // namespace Balcao::Test
