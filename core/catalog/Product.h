// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

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
    qint64 priceMinor = 0;
    qint64 costMinor = 0;
    QString currency = QStringLiteral("BRL");
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
    std::optional<qint64> priceMinor;
    std::optional<qint64> costMinor;
    std::optional<QString> currency;
    std::optional<Id> taxClassId;
    std::optional<bool> trackStock;
    std::optional<bool> active;
    // Replaces the product's barcodes.
    std::optional<QStringList> barcodes;
};

} // namespace Balcao
