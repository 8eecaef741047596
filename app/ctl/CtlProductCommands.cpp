// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlProductCommands.h"

#include "CtlContext.h"
#include "CtlJson.h"
#include "CtlShop.h"
#include "catalog/ProductCatalog.h"
#include "catalog/TaxClass.h"
#include "inventory/StockLedger.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Balcao::Ctl {

namespace {

// --- tax -------------------------------------------------------------------

QJsonObject taxJson(const TaxClass &t)
{
    return QJsonObject { { QStringLiteral("id"), t.id.toString() },
                         { QStringLiteral("name"), t.name },
                         { QStringLiteral("rate"), CtlShop::percentText(t.rateBp) },
                         { QStringLiteral("rate_bp"), t.rateBp },
                         { QStringLiteral("included"), t.included } };
}

QString taxLine(const TaxClass &t)
{
    return QStringLiteral("%1\t%2 %\t%3\t%4")
        .arg(t.name, CtlShop::percentText(t.rateBp),
             t.included ? CtlProductCommands::tr("included") : CtlProductCommands::tr("added"),
             t.id.toString());
}

int taxList(CtlContext &ctx)
{
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    auto shop = CtlShop::open(ctx, CtlShop::Access::Read);
    if (!shop)
        return ctx.fail(shop.error());
    const auto classes = TaxClasses(shop->store()).list();
    if (!classes)
        return ctx.fail(classes.error());
    QJsonArray json;
    QStringList lines;
    for (const TaxClass &t : *classes) {
        json.append(taxJson(t));
        lines << taxLine(t);
    }
    ctx.report(json, lines);
    return 0;
}

// tax add --name N --rate R [--added]; tax edit NAME|ID [--name] [--rate]
// [--added|--included]; tax remove NAME|ID.
int taxWrite(CtlContext &ctx, const QString &action)
{
    const auto name = ctx.takeOption(QStringLiteral("name"));
    const auto rate = ctx.takeOption(QStringLiteral("rate"));
    const bool added = ctx.takeFlag(QStringLiteral("added"));
    const bool included = ctx.takeFlag(QStringLiteral("included"));
    const QString target = action == QLatin1String("add") ? QString() : ctx.takePositional();
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (added && included)
        return ctx.usage(CtlProductCommands::tr("A tax is either --added or --included."));
    if (action == QLatin1String("add") && (!name || !rate))
        return ctx.usage(CtlProductCommands::tr("tax add needs --name and --rate."));
    if (action != QLatin1String("add") && target.isEmpty())
        return ctx.usage(CtlProductCommands::tr("tax %1 needs the tax's name or id.").arg(action));
    std::optional<qint64> rateBp;
    if (rate) {
        auto parsed = CtlShop::percent(*rate);
        if (!parsed)
            return ctx.fail(parsed.error());
        rateBp = *parsed;
    }
    auto shop = CtlShop::open(ctx, CtlShop::Access::Write);
    if (!shop)
        return ctx.fail(shop.error());
    TaxClasses taxes(shop->store());
    if (action == QLatin1String("add")) {
        auto made = taxes.create(*name, int(*rateBp), !added);
        if (!made)
            return ctx.fail(made.error());
        ctx.report(taxJson(*made), { taxLine(*made) });
        return 0;
    }
    auto current = taxes.findByIdOrName(target);
    if (!current)
        return ctx.fail(current.error());
    if (action == QLatin1String("remove")) {
        if (name || rate || added || included)
            return ctx.usage(CtlProductCommands::tr("tax remove takes only the tax's name or id."));
        if (auto removed = taxes.remove(current->id); !removed)
            return ctx.fail(removed.error());
        ctx.report(QJsonObject { { QStringLiteral("removed"), current->id.toString() } },
                   { CtlProductCommands::tr("Removed \"%1\".").arg(current->name) });
        return 0;
    }
    auto edited = taxes.update(current->id, name.value_or(current->name),
                               int(rateBp.value_or(current->rateBp)),
                               added ? false : (included ? true : current->included));
    if (!edited)
        return ctx.fail(edited.error());
    ctx.report(taxJson(*edited), { taxLine(*edited) });
    return 0;
}

// --- product ---------------------------------------------------------------

// What `product` shows of the stock here: nothing for a product that keeps
// none, an error when it cannot be read.
Result<std::optional<qint64>> stockHere(const CtlShop &shop, const Product &p)
{
    if (!p.trackStock)
        return std::optional<qint64>();
    auto onHand = StockLedger(shop.store()).onHand(p.id, shop.location().id);
    if (!onHand)
        return onHand.error();
    return std::optional<qint64>(*onHand);
}

QJsonObject productJson(const CtlShop &shop, const Product &p, std::optional<qint64> onHand)
{
    QString taxName;
    if (!p.taxClassId.isNull()) {
        if (auto tax = TaxClasses(shop.store()).find(p.taxClassId))
            taxName = tax->name;
    }
    return QJsonObject {
        { QStringLiteral("id"), p.id.toString() },
        { QStringLiteral("name"), p.name },
        { QStringLiteral("sku"), CtlJson::text(p.sku) },
        { QStringLiteral("barcodes"), QJsonArray::fromStringList(p.barcodes) },
        { QStringLiteral("category"), CtlJson::text(p.category) },
        { QStringLiteral("description"), CtlJson::text(p.description) },
        { QStringLiteral("price"), p.price.toPlainString() },
        { QStringLiteral("cost"), p.cost.toPlainString() },
        { QStringLiteral("currency"), p.price.currency().code() },
        { QStringLiteral("tax_class_id"), CtlJson::id(p.taxClassId) },
        { QStringLiteral("tax"), CtlJson::text(taxName) },
        { QStringLiteral("track_stock"), p.trackStock },
        { QStringLiteral("active"), p.active },
        { QStringLiteral("on_hand"), onHand ? QJsonValue(*onHand) : QJsonValue(QJsonValue::Null) },
    };
}

QString productLine(const Product &p, std::optional<qint64> onHand)
{
    QStringList parts { p.name, p.sku, p.price.toDisplayString(QLocale()) };
    if (onHand)
        parts << CtlProductCommands::tr("%1 on hand").arg(*onHand);
    if (!p.active)
        parts << CtlProductCommands::tr("(inactive)");
    parts << p.id.toString();
    parts.removeAll(QString());
    return parts.join(u'\t');
}

// The raw options of product add/edit, taken before the store is open.
struct ProductOptions
{
    std::optional<QString> name, sku, category, description, price, cost, tax;
    QStringList barcodes;
    bool noBarcodes = false, noTax = false, stock = false, noStock = false, active = false,
         inactive = false;

    static ProductOptions take(CtlContext &ctx)
    {
        ProductOptions o;
        o.name = ctx.takeOption(QStringLiteral("name"));
        o.sku = ctx.takeOption(QStringLiteral("sku"));
        o.category = ctx.takeOption(QStringLiteral("category"));
        o.description = ctx.takeOption(QStringLiteral("description"));
        o.price = ctx.takeOption(QStringLiteral("price"));
        o.cost = ctx.takeOption(QStringLiteral("cost"));
        o.tax = ctx.takeOption(QStringLiteral("tax"));
        o.barcodes = ctx.takeAll(QStringLiteral("barcode"));
        o.noBarcodes = ctx.takeFlag(QStringLiteral("no-barcodes"));
        o.noTax = ctx.takeFlag(QStringLiteral("no-tax"));
        o.stock = ctx.takeFlag(QStringLiteral("stock"));
        o.noStock = ctx.takeFlag(QStringLiteral("no-stock"));
        o.active = ctx.takeFlag(QStringLiteral("active"));
        o.inactive = ctx.takeFlag(QStringLiteral("inactive"));
        return o;
    }

    Result<ProductDraft> draft(const CtlShop &shop) const
    {
        if ((stock && noStock) || (active && inactive) || (tax && noTax)
            || (!barcodes.isEmpty() && noBarcodes))
            return Error::invalid(
                QStringLiteral("cli.usage"),
                CtlProductCommands::tr("Each of --stock/--no-stock, --active/--inactive, "
                                       "--tax/--no-tax and --barcode/--no-barcodes is one or the "
                                       "other."));
        ProductDraft d;
        d.name = name;
        d.sku = sku;
        d.category = category;
        d.description = description;
        for (const auto &[text, field] : { std::pair { price, &ProductDraft::price },
                                           std::pair { cost, &ProductDraft::cost } }) {
            if (!text)
                continue;
            auto amount = shop.amount(*text);
            if (!amount)
                return amount.error();
            d.*field = *amount;
        }
        if (tax) {
            auto found = TaxClasses(shop.store()).findByIdOrName(*tax);
            if (!found)
                return found.error();
            d.taxClassId = found->id;
        }
        if (noTax)
            d.taxClassId = Id();
        if (!barcodes.isEmpty() || noBarcodes)
            d.barcodes = barcodes;
        if (stock || noStock)
            d.trackStock = stock;
        if (active || inactive)
            d.active = active;
        return d;
    }
};

int productList(CtlContext &ctx)
{
    const auto search = ctx.takeOption(QStringLiteral("search"));
    const auto limit = CtlShop::limit(ctx.takeOption(QStringLiteral("limit")), 200, 10000);
    const bool all = ctx.takeFlag(QStringLiteral("all"));
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (!limit)
        return ctx.fail(limit.error());
    auto shop = CtlShop::open(ctx, CtlShop::Access::Read);
    if (!shop)
        return ctx.fail(shop.error());
    auto found = ProductCatalog(shop->store()).search(search.value_or(QString()), *limit, !all);
    if (!found)
        return ctx.fail(found.error());
    QJsonArray json;
    QStringList lines;
    for (const Product &p : std::as_const(*found)) {
        auto onHand = stockHere(*shop, p);
        if (!onHand)
            return ctx.fail(onHand.error());
        json.append(productJson(*shop, p, *onHand));
        lines << productLine(p, *onHand);
    }
    ctx.report(json, lines);
    return 0;
}

int productShow(CtlContext &ctx, const QString &action)
{
    const QString code = ctx.takePositional();
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (code.isEmpty())
        return ctx.usage(CtlProductCommands::tr("product %1 needs the product's id, barcode, SKU "
                                                "or name.")
                             .arg(action));
    auto shop = CtlShop::open(ctx, CtlShop::Access::Read);
    if (!shop)
        return ctx.fail(shop.error());
    auto product = shop->product(code);
    if (!product)
        return ctx.fail(product.error());
    auto onHand = stockHere(*shop, *product);
    if (!onHand)
        return ctx.fail(onHand.error());
    if (action == QLatin1String("stock")) {
        if (!*onHand)
            return ctx.fail(Error::invalid(
                QStringLiteral("stock.notTracked"),
                CtlProductCommands::tr("\"%1\" does not keep stock.").arg(product->name)));
        ctx.report(QJsonObject { { QStringLiteral("product_id"), product->id.toString() },
                                 { QStringLiteral("location_id"), shop->location().id.toString() },
                                 { QStringLiteral("on_hand"), **onHand } },
                   { CtlProductCommands::tr("%1: %2 on hand at %3")
                         .arg(product->name)
                         .arg(**onHand)
                         .arg(shop->location().name) });
        return 0;
    }
    QJsonObject json = productJson(*shop, *product, *onHand);
    QJsonArray byLocation;
    QStringList lines { productLine(*product, *onHand) };
    auto byPlace = StockLedger(shop->store()).onHandByLocation(product->id);
    if (!byPlace)
        return ctx.fail(byPlace.error());
    const QHash<QString, qint64> &stock = *byPlace;
    for (const Location &l : LocationService(shop->store()).list()) {
        if (!product->trackStock)
            break;
        byLocation.append(
            QJsonObject { { QStringLiteral("location_id"), l.id.toString() },
                          { QStringLiteral("location"), l.name },
                          { QStringLiteral("on_hand"), stock.value(l.id.toString()) } });
        lines << CtlProductCommands::tr("  %1: %2 on hand")
                     .arg(l.name)
                     .arg(stock.value(l.id.toString()));
    }
    json.insert(QStringLiteral("stock"), byLocation);
    if (!product->barcodes.isEmpty())
        lines << CtlProductCommands::tr("  barcodes: %1")
                     .arg(product->barcodes.join(QStringLiteral(", ")));
    ctx.report(json, lines);
    return 0;
}

int productWrite(CtlContext &ctx, const QString &action)
{
    const ProductOptions options = ProductOptions::take(ctx);
    const QString code = action == QLatin1String("add") ? QString() : ctx.takePositional();
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (action != QLatin1String("add") && code.isEmpty())
        return ctx.usage(CtlProductCommands::tr("product %1 needs the product's id, barcode, SKU "
                                                "or name.")
                             .arg(action));
    auto shop = CtlShop::open(ctx, CtlShop::Access::Write);
    if (!shop)
        return ctx.fail(shop.error());
    ProductCatalog catalog(shop->store());
    if (action == QLatin1String("remove")) {
        auto product = shop->product(code);
        if (!product)
            return ctx.fail(product.error());
        if (auto removed = catalog.remove(product->id); !removed)
            return ctx.fail(removed.error());
        ctx.report(QJsonObject { { QStringLiteral("removed"), product->id.toString() } },
                   { CtlProductCommands::tr("Removed \"%1\".").arg(product->name) });
        return 0;
    }
    auto draft = options.draft(*shop);
    if (!draft)
        return ctx.fail(draft.error());
    Result<Product> written = Error::invalid({}, {});
    if (action == QLatin1String("add")) {
        written = catalog.create(*draft);
    } else {
        auto product = shop->product(code);
        if (!product)
            return ctx.fail(product.error());
        written = catalog.update(product->id, *draft);
    }
    if (!written)
        return ctx.fail(written.error());
    auto onHand = stockHere(*shop, *written);
    if (!onHand)
        return ctx.fail(onHand.error());
    ctx.report(productJson(*shop, *written, *onHand), { productLine(*written, *onHand) });
    return 0;
}

// --- stock -----------------------------------------------------------------

QJsonObject movementJson(const CtlShop &shop, const StockMovement &m)
{
    return QJsonObject {
        { QStringLiteral("id"), m.id.toString() },
        { QStringLiteral("kind"), stockMovementKindName(m.kind) },
        { QStringLiteral("quantity"), m.quantity },
        { QStringLiteral("reason"), CtlJson::text(m.reason) },
        { QStringLiteral("lot"), CtlJson::text(m.lot) },
        { QStringLiteral("expires_on"),
          m.expiresOn.isValid() ? QJsonValue(m.expiresOn.toString(Qt::ISODate)) : QJsonValue() },
        // The stock ledger's costs are in the business's currency.
        { QStringLiteral("unit_cost"),
          m.unitCostMinor ? QJsonValue(Money(*m.unitCostMinor, shop.currency()).toPlainString())
                          : QJsonValue() },
        { QStringLiteral("source_table"), CtlJson::text(m.sourceTable) },
        { QStringLiteral("source_id"), CtlJson::id(m.sourceId) },
        { QStringLiteral("user_id"), CtlJson::id(m.userId) },
        { QStringLiteral("at"), shop.isoTime(m.atMsecs) },
    };
}

QString movementLine(const CtlShop &shop, const StockMovement &m)
{
    return QStringLiteral("%1\t%2\t%3\t%4")
        .arg(shop.localTime(m.atMsecs), stockMovementKindName(m.kind))
        .arg(m.quantity > 0 ? QStringLiteral("+%1").arg(m.quantity) : QString::number(m.quantity))
        .arg(m.reason);
}

int stockMovements(CtlContext &ctx)
{
    const auto limit = CtlShop::limit(ctx.takeOption(QStringLiteral("limit")), 50, 10000);
    const QString code = ctx.takePositional();
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (code.isEmpty())
        return ctx.usage(CtlProductCommands::tr("stock movements needs a product."));
    if (!limit)
        return ctx.fail(limit.error());
    auto shop = CtlShop::open(ctx, CtlShop::Access::Read);
    if (!shop)
        return ctx.fail(shop.error());
    auto product = shop->product(code);
    if (!product)
        return ctx.fail(product.error());
    auto movements = StockLedger(shop->store()).movements(product->id, shop->location().id, *limit);
    if (!movements)
        return ctx.fail(movements.error());
    QJsonArray json;
    QStringList lines;
    for (const StockMovement &m : std::as_const(*movements)) {
        json.append(movementJson(*shop, m));
        lines << movementLine(*shop, m);
    }
    ctx.report(json, lines);
    return 0;
}

// stock receive CODE QTY [--lot] [--expires] [--cost] [--reason];
// stock count CODE COUNTED --reason; stock write-off CODE QTY --reason.
int stockWrite(CtlContext &ctx, const QString &action)
{
    const auto lot = ctx.takeOption(QStringLiteral("lot"));
    const auto expires = ctx.takeOption(QStringLiteral("expires"));
    const auto cost = ctx.takeOption(QStringLiteral("cost"));
    const auto reason = ctx.takeOption(QStringLiteral("reason"));
    const QString code = ctx.takePositional();
    const QString quantityText = ctx.takePositional();
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    const bool receiving = action == QLatin1String("receive");
    if (code.isEmpty() || quantityText.isEmpty() || (!receiving && !reason))
        return ctx.usage(receiving
                             ? CtlProductCommands::tr("stock receive needs a product and a "
                                                      "quantity.")
                             : CtlProductCommands::tr("stock %1 needs a product, a quantity and "
                                                      "--reason.")
                                   .arg(action));
    if (!receiving && (lot || expires || cost))
        return ctx.usage(CtlProductCommands::tr("--lot, --expires and --cost go with stock "
                                                "receive."));
    auto quantity
        = CtlShop::count(quantityText, CtlProductCommands::tr("The quantity"),
                         action == QLatin1String("count") ? 0 : 1, StockLedger::kMaxQuantity);
    if (!quantity)
        return ctx.fail(quantity.error());
    QDate expiresOn;
    if (expires) {
        expiresOn = QDate::fromString(expires->trimmed(), Qt::ISODate);
        if (!expiresOn.isValid())
            return ctx.fail(Error::invalid(
                QStringLiteral("cli.dateInvalid"),
                CtlProductCommands::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(*expires)));
    }
    auto shop = CtlShop::open(ctx, CtlShop::Access::Write);
    if (!shop)
        return ctx.fail(shop.error());
    std::optional<qint64> unitCost;
    if (cost) {
        auto amount = shop->amount(*cost);
        if (!amount)
            return ctx.fail(amount.error());
        unitCost = amount->minorUnits(); // the stock ledger's: the business's currency
    }
    auto product = shop->product(code);
    if (!product)
        return ctx.fail(product.error());
    StockLedger ledger(shop->store());
    const Id location = shop->location().id;
    Result<std::optional<StockMovement>> moved = std::optional<StockMovement>();
    if (receiving) {
        auto m = ledger.receive(product->id, location, *quantity, reason.value_or(QString()),
                                lot.value_or(QString()), expiresOn, unitCost, shop->userId());
        moved = m ? Result<std::optional<StockMovement>>(std::optional(*m))
                  : Result<std::optional<StockMovement>>(m.error());
    } else if (action == QLatin1String("count")) {
        moved = ledger.adjustTo(product->id, location, *quantity, *reason, shop->userId());
    } else {
        auto m = ledger.writeOff(product->id, location, *quantity, *reason, shop->userId());
        moved = m ? Result<std::optional<StockMovement>>(std::optional(*m))
                  : Result<std::optional<StockMovement>>(m.error());
    }
    if (!moved)
        return ctx.fail(moved.error());
    auto onHand = ledger.onHand(product->id, location);
    if (!onHand)
        return ctx.fail(onHand.error());
    ctx.report(QJsonObject { { QStringLiteral("product_id"), product->id.toString() },
                             { QStringLiteral("location_id"), location.toString() },
                             { QStringLiteral("movement"),
                               *moved ? QJsonValue(movementJson(*shop, **moved)) : QJsonValue() },
                             { QStringLiteral("on_hand"), *onHand } },
               { CtlProductCommands::tr("%1: %2 on hand").arg(product->name).arg(*onHand) });
    return 0;
}

} // namespace

int CtlProductCommands::runTax(CtlContext &ctx)
{
    const QString action = ctx.takePositional();
    if (action == QLatin1String("list"))
        return taxList(ctx);
    if (action == QLatin1String("add") || action == QLatin1String("edit")
        || action == QLatin1String("remove"))
        return taxWrite(ctx, action);
    return ctx.usage(tr("Unknown tax command \"%1\": use list, add, edit or remove.").arg(action));
}

int CtlProductCommands::runProduct(CtlContext &ctx)
{
    const QString action = ctx.takePositional();
    if (action == QLatin1String("list"))
        return productList(ctx);
    if (action == QLatin1String("show") || action == QLatin1String("stock"))
        return productShow(ctx, action);
    if (action == QLatin1String("add") || action == QLatin1String("edit")
        || action == QLatin1String("remove"))
        return productWrite(ctx, action);
    return ctx.usage(
        tr("Unknown product command \"%1\": use list, show, add, edit, remove or stock.")
            .arg(action));
}

int CtlProductCommands::runStock(CtlContext &ctx)
{
    const QString action = ctx.takePositional();
    if (action == QLatin1String("movements"))
        return stockMovements(ctx);
    if (action == QLatin1String("receive") || action == QLatin1String("count")
        || action == QLatin1String("write-off"))
        return stockWrite(ctx, action);
    return ctx.usage(tr("Unknown stock command \"%1\": use receive, count, write-off or movements.")
                         .arg(action));
}

QString CtlProductCommands::helpText()
{
    return tr("  tax list | tax add --name N --rate 18 [--added]\n"
              "  tax edit NAME|ID [--name N] [--rate 5.25] [--added|--included] | tax remove "
              "NAME|ID\n"
              "  product list [--search TEXT] [--limit N] [--all]\n"
              "  product show CODE | product stock CODE | product remove CODE\n"
              "  product add --name N [--sku S] [--barcode B]... [--price 45.90] [--cost 20.00]\n"
              "       [--category C] [--description D] [--tax NAME|ID] [--no-stock] [--inactive]\n"
              "  product edit CODE [the same options] [--no-barcodes] [--no-tax] [--stock] "
              "[--active]\n"
              "  stock receive CODE QTY [--lot L] [--expires YYYY-MM-DD] [--cost 20.00] [--reason "
              "R]\n"
              "  stock count CODE COUNTED --reason R | stock write-off CODE QTY --reason R\n"
              "  stock movements CODE [--limit 50]\n"
              "       CODE is a product's id, barcode, SKU or exact name\n");
}

} // namespace Balcao::Ctl
