// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShopFixture.h"
#include "Amounts.h"

#include "cash/ShiftService.h"
#include "catalog/ProductCatalog.h"
#include "catalog/ServiceCatalog.h"
#include "catalog/TaxClass.h"
#include "inventory/StockLedger.h"
#include "sales/CartBuilder.h"
#include "settings/BusinessSettings.h"

namespace Balcao::Test {

ShopFixture::ShopFixture(LocalStore &s)
    : SchedulingFixture(s)
{
    must(BusinessSettings(store).setValue(BusinessSettings::kCurrency, QStringLiteral("BRL")),
         "currency");
    TaxClasses taxes(store);
    icms = must(taxes.create(QStringLiteral("ICMS 18%"), 1800, true), "icms").id;
    iss = must(taxes.create(QStringLiteral("ISS 5%"), 500, true), "iss").id;
    ServiceDraft cutTax;
    cutTax.taxClassId = iss;
    must(ServiceCatalog(store).update(cut, cutTax), "cut tax");

    ProductCatalog catalog(store);
    ProductDraft p;
    p.name = QStringLiteral("Shampoo 500 ml");
    p.sku = QStringLiteral("SH-500");
    p.category = QStringLiteral("Cabelo");
    p.price = reais(4590);
    p.cost = reais(2000);
    p.taxClassId = icms;
    p.barcodes = QStringList { QStringLiteral("7891234567895") };
    shampoo = must(catalog.create(p), "shampoo").id;
    ProductDraft c;
    c.name = QStringLiteral("Condicionador 500 ml");
    c.sku = QStringLiteral("CD-500");
    c.category = QStringLiteral("Cabelo");
    c.price = reais(5290);
    c.cost = reais(2300);
    c.taxClassId = icms;
    c.barcodes = QStringList { QStringLiteral("7891000000014") };
    conditioner = must(catalog.create(c), "conditioner").id;
    ProductDraft g;
    g.name = QStringLiteral("Embrulho para presente");
    g.sku = QStringLiteral("GW");
    g.price = reais(500);
    g.trackStock = false;
    giftWrap = must(catalog.create(g), "gift wrap").id;

    StockLedger stock(store);
    must(stock.receive(shampoo, location, 10), "shampoo stock");
    must(stock.receive(conditioner, location, 3), "conditioner stock");
    drawer
        = must(ShiftService(store).createDrawer(location, QStringLiteral("Caixa 1")), "drawer").id;
}

Cart ShopFixture::cartOf(const QList<std::pair<Id, qint64>> &products) const
{
    CartBuilder builder(store);
    Cart cart = must(builder.emptyCart(), "cart");
    ProductCatalog catalog(store);
    for (const auto &[id, quantity] : products)
        cart.lines << must(builder.productLine(must(catalog.find(id), "product"), quantity),
                           "line");
    return cart;
}

CheckoutRequest ShopFixture::request(const Cart &cart, const QList<Tender> &tenders) const
{
    CheckoutRequest r;
    r.cart = cart;
    r.locationId = location;
    r.tenders = tenders;
    r.userId = frontDesk;
    r.drawerId = drawer;
    return r;
}

Id ShopFixture::openShift()
{
    return must(ShiftService(store).open(drawer, reais(10000), frontDesk), "open shift").id;
}

} // namespace Balcao::Test
