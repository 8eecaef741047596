// SPDX-License-Identifier: GPL-3.0-or-later
#include "Batches.h"
#include "EntityGenerators.h"
#include "Random.h"
#include "catalog/Barcode.h"
#include "catalog/ProductCatalog.h"
#include "catalog/ServiceCatalog.h"
#include "catalog/TaxClass.h"
#include "settings/BusinessSettings.h"

namespace Balcao::Bench {

namespace {

struct ProductKind
{
    const char *name;
    const char *category;
    qint64 lowPrice;
    qint64 highPrice;
};

// What a salon's counter sells, cheapest first within each category.
constexpr ProductKind kKinds[] = {
    { "Shampoo", "Cabelo", 2500, 12000 },
    { "Condicionador", "Cabelo", 2500, 12000 },
    { "Máscara de hidratação", "Cabelo", 3500, 18000 },
    { "Óleo reparador", "Cabelo", 3000, 15000 },
    { "Leave-in", "Cabelo", 2500, 9000 },
    { "Finalizador", "Cabelo", 3000, 11000 },
    { "Esmalte", "Unhas", 800, 2500 },
    { "Removedor de esmalte", "Unhas", 900, 2000 },
    { "Lixa de unha", "Unhas", 300, 1200 },
    { "Óleo de barba", "Barba", 2500, 7000 },
    { "Pomada modeladora", "Barba", 2500, 6000 },
    { "Protetor solar", "Pele", 3500, 9000 },
    { "Hidratante facial", "Pele", 4000, 16000 },
    { "Escova de cabelo", "Acessórios", 2000, 9000 },
    { "Presilha", "Acessórios", 500, 2500 },
};

constexpr const char *kBrands[] = { "Bela Vista", "Aurora", "Natura Fios", "Brisa", "Ipê",
                                    "Lótus",      "Jasmim", "Maré",        "Sol",   "Acácia" };
constexpr const char *kSizes[] = { "100 ml", "250 ml", "500 ml", "1 l", "unidade" };

} // namespace

// The shop counter's catalogue: tax classes (ICMS on goods, ISS on the
// services generated before), then products with an EAN-13 each, spread over
// a salon's categories, almost all of them kept in stock. Stock itself is
// received as the sales generator needs it.
Result<qint64> generateProducts(GenerationContext &context, qint64 count)
{
    Random random(context.seed, "products");
    Id standard;
    Id reduced;
    auto taxes = context.store.transact([&]() -> Result<void> {
        if (auto currency = BusinessSettings(context.store)
                                .setValue(BusinessSettings::kCurrency, QStringLiteral("BRL"));
            !currency)
            return currency;
        TaxClasses classes(context.store);
        auto icms = classes.create(QStringLiteral("ICMS 18%"), 1800, true);
        if (!icms)
            return icms.error();
        standard = icms->id;
        auto icmsReduced = classes.create(QStringLiteral("ICMS 12%"), 1200, true);
        if (!icmsReduced)
            return icmsReduced.error();
        reduced = icmsReduced->id;
        auto iss = classes.create(QStringLiteral("ISS 5%"), 500, true);
        if (!iss)
            return iss.error();
        ServiceCatalog services(context.store);
        for (const Id &service : std::as_const(context.serviceIds)) {
            ServiceDraft taxed;
            taxed.taxClassId = iss->id;
            if (auto updated = services.update(service, taxed); !updated)
                return updated.error();
        }
        return {};
    });
    if (!taxes)
        return taxes.error();
    const Currency brl = *Currency::fromCode(QStringLiteral("BRL"));

    ProductCatalog catalog(context.store);
    return inBatches(context, QStringLiteral("products"), count, [&](qint64 i) -> Result<void> {
        // Every kind, brand and size once (750 of them) before any repeats.
        constexpr qint64 combinations
            = qint64(std::size(kKinds) * std::size(kBrands) * std::size(kSizes));
        const qint64 combination = i * 97 % combinations;
        const ProductKind &kind = kKinds[combination % qint64(std::size(kKinds))];
        const char *brand
            = kBrands[combination / qint64(std::size(kKinds)) % qint64(std::size(kBrands))];
        const char *size = kSizes[combination / qint64(std::size(kKinds) * std::size(kBrands))];
        ProductDraft d;
        d.name = QStringLiteral("%1 %2 %3")
                     .arg(QString::fromUtf8(kind.name), QString::fromUtf8(brand),
                          QString::fromUtf8(size));
        d.sku = QStringLiteral("P-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        d.category = QString::fromUtf8(kind.category);
        // Whole reais, as shelf prices are.
        const qint64 price = random.between(kind.lowPrice / 100, kind.highPrice / 100) * 100 - 10;
        d.price = Money(price, brl);
        d.cost = Money(price * random.between(35, 60) / 100, brl);
        d.taxClassId = random.chance(150) ? reduced : standard;
        d.trackStock = !random.chance(20);
        // A Brazilian EAN-13 (prefix 789), unique by the product's number.
        const QString digits = QStringLiteral("789%1").arg(100000000 + i * 7919 % 900000000, 9, 10,
                                                           QLatin1Char('0'));
        d.barcodes = QStringList { digits + QString::number(Barcode::gtinCheckDigit(digits)) };
        auto product = catalog.create(d);
        if (!product)
            return product.error();
        context.productIds << product->id;
        return {};
    });
}

} // namespace Balcao::Bench
