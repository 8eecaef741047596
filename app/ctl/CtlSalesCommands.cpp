// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlSalesCommands.h"

#include "CtlApprover.h"
#include "CtlCartOptions.h"
#include "CtlContext.h"
#include "CtlSaleOutput.h"
#include "CtlShop.h"
#include "sales/CheckoutService.h"
#include "sales/SalesJournal.h"
#include "sales/SalesSettings.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Balcao::Ctl {

namespace {

// sale create|review: the same options; review writes nothing.
int saleCreate(CtlContext &ctx, bool commit)
{
    const CtlCartOptions cart = CtlCartOptions::take(ctx);
    const CtlApprover approver = CtlApprover::take(ctx);
    if (!cart.hasItems())
        return ctx.usage(CtlSalesCommands::tr("A sale needs at least one --line, --gift-card or "
                                              "--appointment."));
    auto shop = CtlShop::open(ctx, CtlShop::Access::Write);
    if (!shop)
        return ctx.fail(shop.error());
    auto request = cart.request(*shop);
    if (!request)
        return ctx.fail(request.error());
    auto approvedBy = approver.authenticate(ctx, *shop);
    if (!approvedBy)
        return ctx.fail(approvedBy.error());
    request->approvedBy = *approvedBy;
    CheckoutService checkout(shop->store());
    const CtlSaleOutput output(*shop);
    if (!commit) {
        auto review = checkout.review(request->cart, request->locationId);
        if (!review)
            return ctx.fail(review.error());
        const Result<Settlement> settled = PaymentAllocator::settle(
            review->totals.total, request->tenders, request->leaveRestDue);
        ctx.report(output.reviewJson(request->cart, *review, *approvedBy, settled),
                   output.reviewText(request->cart, *review, settled));
        return 0;
    }
    auto sale = checkout.checkout(*request);
    if (!sale)
        return ctx.fail(sale.error());
    return output.report(ctx, *sale);
}

int saleList(CtlContext &ctx)
{
    const auto from = ctx.takeOption(QStringLiteral("from"));
    const auto to = ctx.takeOption(QStringLiteral("to"));
    const auto client = ctx.takeOption(QStringLiteral("client"));
    const auto method = ctx.takeOption(QStringLiteral("method"));
    const auto search = ctx.takeOption(QStringLiteral("search"));
    const auto limit = CtlShop::limit(ctx.takeOption(QStringLiteral("limit")), 50, 10000);
    const bool everywhere = ctx.takeFlag(QStringLiteral("all-locations"));
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    SaleFilter filter;
    filter.text = search.value_or(QString());
    if (method) {
        filter.method = CtlShop::paymentMethod(*method);
        if (!filter.method)
            return ctx.usage(CtlSalesCommands::tr("--method is one of cash, card, pix, credit, "
                                                  "giftcard, account or exchange."));
    }
    if (!limit)
        return ctx.fail(limit.error());
    auto shop = CtlShop::open(ctx, CtlShop::Access::Read);
    if (!shop)
        return ctx.fail(shop.error());
    if (!everywhere)
        filter.locationId = shop->location().id;
    if (from) {
        auto at = shop->dayStart(*from);
        if (!at)
            return ctx.fail(at.error());
        filter.fromMsecs = *at;
    }
    if (to) {
        // --to is the last day listed, whole.
        auto at = shop->dayStart(*to, 1);
        if (!at)
            return ctx.fail(at.error());
        filter.toMsecs = *at;
    }
    if (client) {
        auto id = shop->client(*client);
        if (!id)
            return ctx.fail(id.error());
        filter.clientId = *id;
    }
    auto listed = SalesJournal(shop->store()).list(filter, *limit);
    if (!listed)
        return ctx.fail(listed.error());
    QJsonArray json;
    QStringList lines;
    for (const SaleSummary &s : std::as_const(*listed)) {
        json.append(QJsonObject {
            { QStringLiteral("id"), s.id.toString() },
            { QStringLiteral("number"), s.number },
            { QStringLiteral("at"), shop->isoTime(s.atMsecs) },
            { QStringLiteral("location_id"), s.locationId.toString() },
            { QStringLiteral("client_id"),
              s.clientId.isNull() ? QJsonValue() : QJsonValue(s.clientId.toString()) },
            { QStringLiteral("client"),
              s.clientName.isEmpty() ? QJsonValue() : QJsonValue(s.clientName) },
            { QStringLiteral("user"),
              s.userLogin.isEmpty() ? QJsonValue() : QJsonValue(s.userLogin) },
            { QStringLiteral("currency"), s.total.currency().code() },
            { QStringLiteral("total"), s.total.toPlainString() },
            { QStringLiteral("refunded"), s.refunded.toPlainString() },
            { QStringLiteral("methods"), QJsonArray::fromStringList(s.methods) },
            { QStringLiteral("lines"), s.lineCount },
        });
        lines << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                     .arg(s.number, shop->localTime(s.atMsecs), s.total.toDisplayString(QLocale()),
                          s.methods.join(QStringLiteral(",")), s.clientName);
    }
    ctx.report(json, lines);
    return 0;
}

int saleShow(CtlContext &ctx)
{
    const QString number = ctx.takePositional();
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (number.isEmpty())
        return ctx.usage(CtlSalesCommands::tr("sale show needs the sale's number or id."));
    auto shop = CtlShop::open(ctx, CtlShop::Access::Read);
    if (!shop)
        return ctx.fail(shop.error());
    auto sale = shop->sale(number);
    if (!sale)
        return ctx.fail(sale.error());
    return CtlSaleOutput(*shop).report(ctx, *sale);
}

} // namespace

int CtlSalesCommands::run(CtlContext &ctx)
{
    const QString action = ctx.takePositional();
    if (action == QLatin1String("create"))
        return saleCreate(ctx, true);
    if (action == QLatin1String("review"))
        return saleCreate(ctx, false);
    if (action == QLatin1String("list"))
        return saleList(ctx);
    if (action == QLatin1String("show"))
        return saleShow(ctx);
    return ctx.usage(
        tr("Unknown sale command \"%1\": use create, review, list or show.").arg(action));
}

QString CtlSalesCommands::helpText()
{
    return tr(
        "  sale create --line CODE[:QTY][@PRICE]... [--line service:NAME[:STAFF][@PRICE]]\n"
        "       [--gift-card CODE:AMOUNT]... [--appointment ID] [--client ID|PHONE]\n"
        "       [--discount 10%|5.00] [--line-discount N:10%]... [--tip 5.00 [--tip-staff "
        "S]]\n"
        "       [--pay cash:100.00|card:45.90:AUTH|pix:20.00|credit:10.00|giftcard:CODE:10.00]"
        "...\n"
        "       [--leave-due] [--drawer NAME|ID] [--notes T] [--user LOGIN]\n"
        "       [--approved-by LOGIN --approver-password-file FILE]\n"
        "  sale review [the same options]   totals, approval and stock, writes nothing\n"
        "  sale list [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--client ID|PHONE] [--method M]\n"
        "       [--search TEXT] [--limit 50] [--all-locations]\n"
        "  sale show NUMBER|ID\n");
}

} // namespace Balcao::Ctl
