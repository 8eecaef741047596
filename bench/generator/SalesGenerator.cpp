// SPDX-License-Identifier: GPL-3.0-or-later
#include "Batches.h"
#include "EntityGenerators.h"
#include "Random.h"
#include "catalog/ProductCatalog.h"
#include "catalog/ServiceCatalog.h"
#include "inventory/StockLedger.h"
#include "sales/CartBuilder.h"
#include "sales/CheckoutService.h"
#include "sales/PriceCalculator.h"
#include "sales/SalesSettings.h"

#include <QSqlQuery>

namespace Balcao::Bench {

namespace {

constexpr qint64 kDayMsecs = 86'400'000;
// Sales happen from 09:00 to 19:00 in São Paulo (UTC-3).
constexpr qint64 kOpensUtcMsecs = 12 * 3'600'000;
constexpr qint64 kOpenMsecs = 10 * 3'600'000;

qint64 firstAppointmentMsecs(LocalStore &store)
{
    QSqlQuery q(store.database().connection());
    return q.exec(QStringLiteral("SELECT min(starts_at) FROM appointments")) && q.next()
            && !q.value(0).isNull()
        ? q.value(0).toLongLong()
        : 0;
}

} // namespace

// The counter's history, spread evenly over the days of the generated agenda
// up to "now", each sale through CheckoutService exactly as the front desk
// makes it (numbers, lines, payments, stock movements, change log), in the
// generator's batched transactions. One to five lines, products mostly and
// now and then the service just performed; a client on most; paid by card,
// PIX or both (cash needs a drawer's shift, which the generator does not
// open). Goods are received at the location when a sale would take them
// below zero, as a shop restocks.
Result<qint64> generateSales(GenerationContext &context, qint64 count)
{
    if (context.productIds.isEmpty() || context.locationIds.isEmpty())
        return Error::invalid(QStringLiteral("bench.noProducts"),
                              QStringLiteral("Sales need products and a location."));
    Random random(context.seed, "sales");
    LocalStore &store = context.store;
    QList<Product> products;
    ProductCatalog catalog(store);
    for (const Id &id : std::as_const(context.productIds)) {
        auto product = catalog.find(id);
        if (!product)
            return product.error();
        products << *product;
    }
    QList<Service> services;
    ServiceCatalog serviceCatalog(store);
    for (const Id &id : std::as_const(context.serviceIds)) {
        auto service = serviceCatalog.find(id);
        if (!service)
            return service.error();
        services << *service;
    }
    QHash<Id, QList<Id>> staffAt; // as the appointments generator spreads them
    for (qsizetype i = 0; i < context.staffIds.size(); ++i)
        staffAt[context.locationIds.at(i % context.locationIds.size())] << context.staffIds.at(i);

    const qint64 now = context.clock.nowMsecsSinceEpoch();
    const qint64 today = now - now % kDayMsecs;
    qint64 firstDay = firstAppointmentMsecs(store);
    firstDay = firstDay > 0 && firstDay < today ? firstDay - firstDay % kDayMsecs
                                                : today - 365 * kDayMsecs;
    const qint64 days = std::max<qint64>(1, (today - firstDay) / kDayMsecs);
    const auto taxRounding = SalesSettings(store).taxRounding();
    if (!taxRounding)
        return taxRounding.error();
    const TaxRounding rounding = *taxRounding;

    CartBuilder builder(store);
    CheckoutService checkout(store);
    StockLedger stock(store);
    QHash<QString, qint64> onHand; // product id + location id
    auto emptyCart = builder.emptyCart();
    if (!emptyCart)
        return emptyCart.error();

    auto made = inBatches(context, QStringLiteral("sales"), count, [&](qint64 i) -> Result<void> {
        // Sale i of count at its share of the period, within opening hours.
        const double position = double(i) / double(count) * double(days);
        const auto day = qint64(position);
        const auto within = qint64((position - double(day)) * double(kOpenMsecs));
        context.clock.setMsecs(firstDay + day * kDayMsecs + kOpensUtcMsecs + within);

        const Id location = random.pick(context.locationIds);
        Cart cart = *emptyCart;
        const int lineCount = int(random.between(1, 5));
        const QList<Id> &staffHere = staffAt[location];
        for (int l = 0; l < lineCount; ++l) {
            if (l == 0 && !services.isEmpty() && !staffHere.isEmpty() && random.chance(300)) {
                auto line = builder.serviceLine(random.pick(services), random.pick(staffHere));
                if (!line)
                    return line.error();
                cart.lines << *line;
                continue;
            }
            const Product &product = random.pickSkewed(products);
            const qint64 quantity = random.chance(100) ? 2 : 1;
            auto line = builder.productLine(product, quantity);
            if (!line)
                return line.error();
            cart.lines << *line;
            if (!product.trackStock)
                continue;
            const QString key = product.id.toString() + location.toString();
            qint64 &have = onHand[key];
            if (have < quantity) {
                const qint64 received = 12 * random.between(1, 4);
                if (auto in = stock.receive(product.id, location, received,
                                            QStringLiteral("Pedido ao fornecedor"));
                    !in)
                    return in.error();
                have += received;
            }
            have -= quantity;
        }
        if (!context.clientIds.isEmpty() && random.chance(700))
            cart.clientId = random.pick(context.clientIds);

        auto totals = PriceCalculator::compute(cart, rounding);
        if (!totals)
            return totals.error();
        CheckoutRequest request;
        request.cart = cart;
        request.locationId = location;
        const QString authorisation
            = QStringLiteral("%1").arg(random.between(0, 999999), 6, 10, QLatin1Char('0'));
        const Money &total = totals->total;
        if (total.minorUnits() > 2000 && random.chance(250)) {
            const Money pix(total.minorUnits() / 100 * random.between(20, 80), total.currency());
            request.tenders << Tender { PaymentMethod::Pix, pix, {}, {} }
                            << Tender { PaymentMethod::Card,
                                        Money(total.minorUnits() - pix.minorUnits(),
                                              total.currency()),
                                        authorisation,
                                        {} };
        } else if (random.chance(450)) {
            request.tenders << Tender { PaymentMethod::Pix, totals->total, {}, {} };
        } else {
            request.tenders << Tender { PaymentMethod::Card, totals->total, authorisation, {} };
        }
        auto sale = checkout.checkout(request);
        if (!sale)
            return sale.error();
        return {};
    });
    context.clock.setMsecs(now);
    return made;
}

} // namespace Balcao::Bench
