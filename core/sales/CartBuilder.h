// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cart.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace Balcao {

class LocalStore;
struct Product;
struct Service;

// Turns what the front desk picks (a scanned product, a service, a finished
// appointment, a gift card) into cart lines priced and taxed as the catalog
// says now.
class CartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::CartBuilder)
public:
    explicit CartBuilder(LocalStore &store);

    Result<CartLine> productLine(const Product &product, qint64 quantity = 1) const;
    Result<CartLine> serviceLine(const Service &service, const Id &staffId) const;
    Result<CartLine> giftCardLine(const QString &code, const Money &amount) const;
    // The appointment's services, each with who performed it and the price
    // it was booked at; the cart's client and appointment are set.
    Result<Cart> cartForAppointment(const Id &appointmentId) const;
    // An empty cart in the business's currency.
    Result<Cart> emptyCart() const;
    // The line sold at a price typed at the counter. Above the catalog's
    // price it simply becomes the unit price; below it, the line keeps the
    // catalog's price and the difference becomes the line's discount, so a
    // lower price counts toward what a manager must approve and the receipt
    // shows it. A line that already has a discount cannot also be cheapened.
    static Result<CartLine> withPrice(CartLine line, const Money &unitPrice);

private:
    Result<TaxRate> taxRate(const Id &taxClassId) const;
    LocalStore &m_store;
};

} // namespace Balcao
