// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Money.h"

#include <QList>
#include <QString>

#include <optional>

namespace Balcao {

// A reduction on a line or on the whole order: an amount in minor units of
// the cart's currency or a percentage in basis points (1000 is 10 %). It is
// a rule's parameter, kept as the sale's `order_discount` column writes it
// ("amount:500", "percent:1000"); what it takes off is a Money
// (LineAmounts).
struct Discount
{
    enum class Kind { None, Amount, Percent };
    Kind kind = Kind::None;
    qint64 value = 0;

    static Discount amount(qint64 minor) { return { Kind::Amount, minor }; }
    static Discount percent(qint64 basisPoints) { return { Kind::Percent, basisPoints }; }
    bool isNone() const { return kind == Kind::None || value == 0; }
    bool operator==(const Discount &) const = default;
};

// How taxes are rounded to minor units (see docs/sales.md): each line's tax
// on its own, or each tax class's tax once on the sum of its lines.
enum class TaxRounding { PerLine, PerTotal };
QString taxRoundingName(TaxRounding rounding); // "line", "total"
std::optional<TaxRounding> taxRoundingFrom(const QString &name);

// The tax a line pays, copied from its tax class when it entered the cart
// (a sale keeps the rate it was sold at).
struct TaxRate
{
    Id taxClassId;
    QString name;
    int rateBp = 0;
    bool included = true;
    bool operator==(const TaxRate &) const = default;
};

enum class SaleLineKind { Product, Service, GiftCard };
QString saleLineKindName(SaleLineKind kind); // "product", "service", "gift_card"
std::optional<SaleLineKind> saleLineKindFrom(const QString &name);

// One line of a sale being put together. Nothing here is saved until
// checkout commits it.
struct CartLine
{
    SaleLineKind kind = SaleLineKind::Product;
    Id productId;
    Id serviceId;
    Id appointmentItemId; // a service brought in by completing an appointment
    Id staffId; // who performed the service (or sold the product)
    QString description;
    QString sku;
    qint64 quantity = 1;
    Money unitPrice; // in the cart's currency
    std::optional<Money> unitCost;
    Discount discount;
    TaxRate tax;
    QString giftCardCode; // GiftCard lines: the card being loaded
};

// CartBuilder::emptyCart() starts one in the business's currency; every
// amount in it must be in that currency (PriceCalculator refuses others).
struct Cart
{
    Currency currency;
    QList<CartLine> lines;
    Discount orderDiscount;
    std::optional<Money> tip; // none: no tip
    Id tipStaffId;
    Id clientId;
    Id appointmentId;
    QString notes;
};

} // namespace Balcao
