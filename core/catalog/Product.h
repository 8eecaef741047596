// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Money.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Balcao {

// Something sold over the counter: shampoo, a collar, a bag of food. Stock is
// not a field: it is the sum of the product's stock movements (StockLedger).
struct Product
{
    Id id;
    QString sku;
    QString name;
    QString category;
    QString description;
    Money price; // price and cost share the product's one currency
    Money cost;
    Id taxClassId; // null: not taxed
    bool trackStock = true;
    bool active = true;
    QStringList barcodes; // normalised, sorted
};

// The fields an edit sets; an empty optional leaves the field as it is.
struct ProductDraft
{
    std::optional<QString> sku;
    std::optional<QString> name;
    std::optional<QString> category;
    std::optional<QString> description;
    // In one currency, which becomes the product's; an edit that changes
    // the currency gives both, so the other is never read in the wrong one.
    std::optional<Money> price;
    std::optional<Money> cost;
    std::optional<Id> taxClassId;
    std::optional<bool> trackStock;
    std::optional<bool> active;
    // Replaces the product's barcodes.
    std::optional<QStringList> barcodes;
};

} // namespace Balcao
