// SPDX-License-Identifier: GPL-3.0-or-later
#include "CartBuilder.h"

#include "AppointmentCharge.h"
#include "GiftCards.h"
#include "PriceCalculator.h"
#include "catalog/Product.h"
#include "catalog/ServiceCatalog.h"
#include "catalog/TaxClass.h"
#include "scheduling/AppointmentBook.h"
#include "settings/BusinessSettings.h"

namespace Balcao {

CartBuilder::CartBuilder(LocalStore &store)
    : m_store(store)
{ }

Result<TaxRate> CartBuilder::taxRate(const Id &taxClassId) const
{
    if (taxClassId.isNull())
        return TaxRate {};
    auto taxClass = TaxClasses(m_store).find(taxClassId);
    // A class removed elsewhere: sold untaxed, like a product without one. A
    // class that cannot be read is an error: an untaxed sale would be wrong.
    if (!taxClass && taxClass.error().kind == Error::Kind::NotFound)
        return TaxRate {};
    if (!taxClass)
        return taxClass.error();
    return TaxRate { taxClass->id, taxClass->name, taxClass->rateBp, taxClass->included };
}

Result<Cart> CartBuilder::emptyCart() const
{
    auto currency = BusinessSettings(m_store).currency();
    if (!currency)
        return currency.error();
    Cart cart;
    cart.currency = *currency;
    return cart;
}

Result<CartLine> CartBuilder::productLine(const Product &product, qint64 quantity) const
{
    if (!product.active)
        return Error::invalid(QStringLiteral("product.inactive"),
                              tr("\"%1\" is not for sale (inactive).").arg(product.name));
    auto rate = taxRate(product.taxClassId);
    if (!rate)
        return rate.error();
    CartLine line;
    line.kind = SaleLineKind::Product;
    line.productId = product.id;
    line.description = product.name;
    line.sku = product.sku;
    line.quantity = quantity;
    line.unitPrice = product.price;
    line.unitCost = product.cost;
    line.tax = *rate;
    return line;
}

Result<CartLine> CartBuilder::serviceLine(const Service &service, const Id &staffId) const
{
    auto rate = taxRate(service.taxClassId);
    if (!rate)
        return rate.error();
    CartLine line;
    line.kind = SaleLineKind::Service;
    line.serviceId = service.id;
    line.staffId = staffId;
    line.description = service.name;
    line.unitPrice = service.price;
    line.tax = *rate;
    return line;
}

Result<CartLine> CartBuilder::giftCardLine(const QString &code, const Money &amount) const
{
    auto normalized = GiftCards::normalizedCode(code);
    if (!normalized)
        return normalized.error();
    if (!amount.isPositive()
        || amount.minorUnits() > PriceCalculator::maxAmount(amount.currency()).minorUnits())
        return Error::invalid(QStringLiteral("giftCard.amountInvalid"),
                              tr("A gift card is loaded with an amount above zero."));
    CartLine line;
    line.kind = SaleLineKind::GiftCard;
    line.giftCardCode = *normalized;
    line.description = tr("Gift card %1").arg(*normalized);
    line.unitPrice = amount;
    return line;
}

Result<CartLine> CartBuilder::withPrice(CartLine line, const Money &unitPrice)
{
    if (line.kind == SaleLineKind::GiftCard || unitPrice.isNegative()
        || unitPrice.minorUnits() > PriceCalculator::maxAmount(unitPrice.currency()).minorUnits())
        return Error::invalid(QStringLiteral("sale.priceInvalid"),
                              tr("\"%1\" cannot be sold at that price.").arg(line.description));
    // A price typed in another currency than the catalog's is refused.
    auto cheaper = unitPrice.compare(line.unitPrice);
    if (!cheaper)
        return cheaper.error();
    if (*cheaper >= 0) {
        line.unitPrice = unitPrice;
        return line;
    }
    if (!line.discount.isNone())
        return Error::invalid(QStringLiteral("sale.priceAndDiscount"),
                              tr("\"%1\" already has a discount; give either a lower price or a "
                                 "discount.")
                                  .arg(line.description));
    line.discount
        = Discount::amount((line.unitPrice.minorUnits() - unitPrice.minorUnits()) * line.quantity);
    return line;
}

Result<Cart> CartBuilder::cartForAppointment(const Id &appointmentId) const
{
    auto appointment = AppointmentBook(m_store).find(appointmentId);
    if (!appointment)
        return appointment.error();
    if (auto chargeable = AppointmentCharge(m_store).check(*appointment); !chargeable)
        return chargeable.error();
    auto cart = emptyCart();
    if (!cart)
        return cart.error();
    cart->clientId = appointment->clientId;
    cart->appointmentId = appointment->id;
    ServiceCatalog catalog(m_store);
    for (const AppointmentItem &item : appointment->items) {
        auto service = catalog.find(item.serviceId, true);
        if (!service)
            return service.error();
        auto line = serviceLine(*service, item.staffId);
        if (!line)
            return line.error();
        // The price it was booked at, as the client was told.
        line->unitPrice = item.price;
        line->appointmentItemId = item.id;
        cart->lines << *line;
    }
    return cart;
}

} // namespace Balcao
