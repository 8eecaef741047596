// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlReturnCommands.h"

#include "CtlApprover.h"
#include "CtlCartOptions.h"
#include "CtlContext.h"
#include "CtlSaleOutput.h"
#include "CtlShop.h"
#include "sales/ExchangeService.h"
#include "sales/ReturnService.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace Balcao::Ctl {

namespace {

// Each "WHAT:QTY", "WHAT:QTY:damaged" or "WHAT:QTY:damaged:REASON" (or
// "restock") as a line to return; `resolve` says what WHAT is: a sale line or
// a product. Refusing more than is left to return is the service's.
Result<QList<ReturnLineRequest>> returnLines(
    const QStringList &specs,
    const std::function<Result<void>(const QString &what, ReturnLineRequest &line)> &resolve)
{
    QList<ReturnLineRequest> out;
    for (const QString &text : specs) {
        const QStringList parts = text.split(u':');
        const QString kind = parts.value(2).trimmed().toLower();
        if (parts.size() < 2 || parts.first().trimmed().isEmpty()
            || (parts.size() > 2 && kind != QLatin1String("damaged")
                && kind != QLatin1String("restock")))
            return Error::invalid(QStringLiteral("cli.returnLineInvalid"),
                                  CtlReturnCommands::tr("\"%1\" is not a line to return: use "
                                                        "LINE:QTY, LINE:QTY:damaged or "
                                                        "LINE:QTY:damaged:REASON.")
                                      .arg(text));
        auto quantity
            = CtlShop::count(parts.at(1), CtlReturnCommands::tr("The quantity"), 1, 1000000);
        if (!quantity)
            return quantity.error();
        ReturnLineRequest line;
        line.quantity = *quantity;
        line.disposition = kind == QLatin1String("damaged") ? ReturnDisposition::Damaged
                                                            : ReturnDisposition::Restock;
        line.reason = parts.mid(3).join(u':');
        if (auto resolved = resolve(parts.first().trimmed(), line); !resolved)
            return resolved.error();
        out << line;
    }
    return out;
}

// Lines of `sale` by their position on the receipt (from 1) or their id.
Result<QList<ReturnLineRequest>> saleLines(const Sale &sale, const QStringList &specs)
{
    return returnLines(specs, [&](const QString &what, ReturnLineRequest &line) -> Result<void> {
        line.saleLineId = Id::fromString(what);
        if (line.saleLineId.isNull()) {
            auto position
                = CtlShop::count(what, CtlReturnCommands::tr("The line"), 1, sale.lines.size());
            if (!position)
                return position.error();
            line.saleLineId = sale.lines.at(*position - 1).id;
        }
        return {};
    });
}

// Products by id, barcode, SKU or name: a return without a receipt.
Result<QList<ReturnLineRequest>> productLines(const CtlShop &shop, const QStringList &specs)
{
    return returnLines(specs, [&](const QString &what, ReturnLineRequest &line) -> Result<void> {
        auto product = shop.product(what);
        if (!product)
            return product.error();
        line.productId = product->id;
        return {};
    });
}

Result<RefundMethod> refundMethod(const std::optional<QString> &text)
{
    const QString name = text.value_or(QStringLiteral("original")).trimmed().toLower();
    if (name == QLatin1String("original"))
        return RefundMethod::Original;
    if (name == QLatin1String("credit") || name == QLatin1String("store_credit"))
        return RefundMethod::StoreCredit;
    return Error::invalid(
        QStringLiteral("cli.usage"),
        CtlReturnCommands::tr("--to is original or credit, not \"%1\".").arg(*text));
}

int returnCreate(CtlContext &ctx)
{
    const auto saleNumber = ctx.takeOption(QStringLiteral("sale"));
    const QStringList lineSpecs = ctx.takeAll(QStringLiteral("line"));
    const QStringList productSpecs = ctx.takeAll(QStringLiteral("product"));
    const auto to = ctx.takeOption(QStringLiteral("to"));
    const auto reason = ctx.takeOption(QStringLiteral("reason"));
    const auto drawer = ctx.takeOption(QStringLiteral("drawer"));
    const auto client = ctx.takeOption(QStringLiteral("client"));
    const CtlApprover approver = CtlApprover::take(ctx);
    if (saleNumber ? (lineSpecs.isEmpty() || !productSpecs.isEmpty())
                   : (productSpecs.isEmpty() || !lineSpecs.isEmpty()))
        return ctx.usage(CtlReturnCommands::tr("return create needs --sale NUMBER with --line "
                                               "LINE:QTY, or --product CODE:QTY without a "
                                               "receipt."));
    auto method = refundMethod(to);
    if (!method)
        return ctx.fail(method.error());
    auto shop = CtlShop::open(ctx, CtlShop::Access::Write);
    if (!shop)
        return ctx.fail(shop.error());
    ReturnRequest r;
    r.locationId = shop->location().id;
    r.refundMethod = *method;
    r.reason = reason.value_or(QString());
    r.userId = shop->userId();
    if (saleNumber) {
        auto sale = shop->sale(*saleNumber);
        if (!sale)
            return ctx.fail(sale.error());
        r.saleId = sale->id;
        auto lines = saleLines(*sale, lineSpecs);
        if (!lines)
            return ctx.fail(lines.error());
        r.lines = *lines;
    } else {
        auto lines = productLines(*shop, productSpecs);
        if (!lines)
            return ctx.fail(lines.error());
        r.lines = *lines;
    }
    if (client) {
        auto id = shop->client(*client);
        if (!id)
            return ctx.fail(id.error());
        r.clientId = *id;
    }
    auto till = shop->drawerOrDefault(drawer);
    if (!till)
        return ctx.fail(till.error());
    if (*till)
        r.drawerId = (*till)->id;
    auto approvedBy = approver.authenticate(ctx, *shop);
    if (!approvedBy)
        return ctx.fail(approvedBy.error());
    r.approvedBy = *approvedBy;
    auto made = ReturnService(shop->store()).createReturn(r);
    if (!made)
        return ctx.fail(made.error());
    return CtlSaleOutput(*shop).report(ctx, *made);
}

int returnList(CtlContext &ctx)
{
    const auto saleNumber = ctx.takeOption(QStringLiteral("sale"));
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (!saleNumber)
        return ctx.usage(CtlReturnCommands::tr("return list needs --sale NUMBER."));
    auto shop = CtlShop::open(ctx, CtlShop::Access::Read);
    if (!shop)
        return ctx.fail(shop.error());
    auto sale = shop->sale(*saleNumber);
    if (!sale)
        return ctx.fail(sale.error());
    const CtlSaleOutput output(*shop);
    auto returns = ReturnService(shop->store()).forSale(sale->id);
    if (!returns)
        return ctx.fail(returns.error());
    QJsonArray json;
    QStringList lines;
    for (const SaleReturn &r : std::as_const(*returns)) {
        auto one = output.returnJson(r);
        if (!one)
            return ctx.fail(one.error());
        json.append(*one);
        lines << output.returnText(r);
    }
    ctx.report(json, lines);
    return 0;
}

int returnShow(CtlContext &ctx)
{
    const QString number = ctx.takePositional();
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (number.isEmpty())
        return ctx.usage(CtlReturnCommands::tr("return show needs the return's number or id."));
    auto shop = CtlShop::open(ctx, CtlShop::Access::Read);
    if (!shop)
        return ctx.fail(shop.error());
    ReturnService returns(shop->store());
    const Id id = Id::fromString(number.trimmed());
    auto found = id.isNull() ? returns.findByNumber(number) : returns.find(id);
    if (!found)
        return ctx.fail(found.error());
    return CtlSaleOutput(*shop).report(ctx, *found);
}

} // namespace

int CtlReturnCommands::runReturn(CtlContext &ctx)
{
    const QString action = ctx.takePositional();
    if (action == QLatin1String("create"))
        return returnCreate(ctx);
    if (action == QLatin1String("list"))
        return returnList(ctx);
    if (action == QLatin1String("show"))
        return returnShow(ctx);
    return ctx.usage(tr("Unknown return command \"%1\": use create, list or show.").arg(action));
}

// exchange --sale NUMBER --back LINE:QTY... --line CODE... [--pay ...]
// [--preview]: the new sale takes every option of sale create.
int CtlReturnCommands::runExchange(CtlContext &ctx)
{
    const auto saleNumber = ctx.takeOption(QStringLiteral("sale"));
    const QStringList backSpecs = ctx.takeAll(QStringLiteral("back"));
    const auto to = ctx.takeOption(QStringLiteral("to"));
    const auto reason = ctx.takeOption(QStringLiteral("reason"));
    const bool preview = ctx.takeFlag(QStringLiteral("preview"));
    const CtlCartOptions cart = CtlCartOptions::take(ctx);
    const CtlApprover approver = CtlApprover::take(ctx);
    if (!saleNumber || backSpecs.isEmpty() || !cart.hasItems())
        return ctx.usage(tr("exchange needs --sale NUMBER, --back LINE:QTY and what is taken "
                            "instead (--line CODE)."));
    auto method = refundMethod(to);
    if (!method)
        return ctx.fail(method.error());
    auto shop = CtlShop::open(ctx, CtlShop::Access::Write);
    if (!shop)
        return ctx.fail(shop.error());
    auto sale = shop->sale(*saleNumber);
    if (!sale)
        return ctx.fail(sale.error());
    auto lines = saleLines(*sale, backSpecs);
    if (!lines)
        return ctx.fail(lines.error());
    auto takeNew = cart.request(*shop);
    if (!takeNew)
        return ctx.fail(takeNew.error());
    ExchangeRequest x;
    x.giveBack.saleId = sale->id;
    x.giveBack.locationId = shop->location().id;
    x.giveBack.lines = *lines;
    x.giveBack.refundMethod = *method;
    x.giveBack.reason = reason.value_or(QString());
    x.giveBack.userId = shop->userId();
    x.giveBack.drawerId = takeNew->drawerId;
    x.takeNew = *takeNew;
    const CtlSaleOutput output(*shop);
    if (preview) {
        // What the desktop's exchange dialog shows: nothing is written, and
        // nobody needs to sign yet.
        auto settlement = ExchangeService(shop->store()).preview(x);
        if (!settlement)
            return ctx.fail(settlement.error());
        auto returned = output.returnJson(settlement->returned);
        if (!returned)
            return ctx.fail(returned.error());
        const Money &difference = settlement->difference;
        ctx.report(
            QJsonObject { { QStringLiteral("preview"), true },
                          { QStringLiteral("return"), *returned },
                          { QStringLiteral("new_items"), settlement->newItems.toPlainString() },
                          { QStringLiteral("credit"), settlement->credit.toPlainString() },
                          { QStringLiteral("difference"), difference.toPlainString() } },
            output.returnText(settlement->returned)
                << tr("New items %1, of which the refund pays %2.")
                       .arg(settlement->newItems.toDisplayString(),
                            settlement->credit.toDisplayString())
                << (difference.isNegative() ? tr("The client would get %1 back.")
                                                  .arg(difference.negated().toDisplayString())
                        : difference.isZero()
                        ? tr("Even exchange: nobody would pay anything.")
                        : tr("The client would pay %1.").arg(difference.toDisplayString())));
        return 0;
    }
    auto approvedBy = approver.authenticate(ctx, *shop);
    if (!approvedBy)
        return ctx.fail(approvedBy.error());
    x.takeNew.approvedBy = *approvedBy;
    auto done = ExchangeService(shop->store()).exchange(x);
    if (!done)
        return ctx.fail(done.error());
    auto returnJson = output.returnJson(done->returned);
    if (!returnJson)
        return ctx.fail(returnJson.error());
    auto returned = output.returnedOf(done->sale);
    if (!returned)
        return ctx.fail(returned.error());
    const QString difference = done->difference.toPlainString();
    ctx.report(QJsonObject { { QStringLiteral("return"), *returnJson },
                             { QStringLiteral("sale"), output.saleJson(done->sale, *returned) },
                             { QStringLiteral("difference"), difference } },
               output.returnText(done->returned) + output.saleText(done->sale, *returned)
                   << (done->difference.isNegative()
                           ? tr("The client got %1 back.")
                                 .arg(done->difference.negated().toDisplayString(QLocale()))
                           : tr("The client paid %1 more.")
                                 .arg(done->difference.toDisplayString(QLocale()))));
    return 0;
}

QString CtlReturnCommands::helpText()
{
    return tr("  return create --sale NUMBER --line LINE:QTY[:damaged[:REASON]]... [--to "
              "original|credit]\n"
              "       [--reason T] [--drawer NAME|ID] [--user LOGIN]\n"
              "  return create --product CODE:QTY[:damaged[:REASON]]... [--client ID|PHONE]\n"
              "       [--to original|credit] --approved-by LOGIN --approver-password-file FILE\n"
              "  return list --sale NUMBER | return show NUMBER|ID\n"
              "  exchange --sale NUMBER --back LINE:QTY[:damaged[:REASON]]... --line "
              "CODE[:QTY][@PRICE]...\n"
              "       [--pay ...] [--to original|credit] [the other options of sale create]\n"
              "       [--preview]   what it would settle to, without writing anything\n"
              "       LINE is the line's position on the receipt (from 1) or its id\n");
}

} // namespace Balcao::Ctl
