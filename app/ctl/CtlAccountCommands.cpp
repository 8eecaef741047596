// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlAccountCommands.h"

#include "CtlContext.h"
#include "CtlJson.h"
#include "CtlSaleOutput.h"
#include "CtlShop.h"
#include "clients/ClientService.h"
#include "sales/ClientAccount.h"
#include "sales/DuePayment.h"
#include "sales/ReturnService.h"
#include "sales/SalesJournal.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Balcao::Ctl {

namespace {

QString clientName(const CtlShop &shop, const Id &clientId)
{
    auto client = ClientService(shop.store()).find(clientId, true);
    return client ? client->name : QString();
}

// The numbers people know a sale or a return by; empty when the entry has
// none (or the document has not arrived by sync yet).
QString saleNumber(const CtlShop &shop, const Id &saleId)
{
    if (saleId.isNull())
        return {};
    auto sale = SalesJournal(shop.store()).find(saleId);
    return sale ? sale->number : QString();
}

QString returnNumber(const CtlShop &shop, const Id &returnId)
{
    if (returnId.isNull())
        return {};
    auto found = ReturnService(shop.store()).find(returnId);
    return found ? found->number : QString();
}

QString kindName(ClientAccount::Kind kind)
{
    return kind == ClientAccount::Kind::Due ? QStringLiteral("due") : QStringLiteral("credit");
}

QJsonObject entryJson(const CtlShop &shop, const ClientAccount::Entry &e)
{
    return QJsonObject {
        { QStringLiteral("id"), e.id.toString() },
        { QStringLiteral("at"), shop.isoTime(e.atMsecs) },
        { QStringLiteral("kind"), kindName(e.kind) },
        { QStringLiteral("amount"), e.amount.toPlainString() },
        { QStringLiteral("sale_id"), CtlJson::id(e.saleId) },
        { QStringLiteral("sale_number"), CtlJson::text(saleNumber(shop, e.saleId)) },
        { QStringLiteral("return_id"), CtlJson::id(e.returnId) },
        { QStringLiteral("return_number"), CtlJson::text(returnNumber(shop, e.returnId)) },
        { QStringLiteral("payment_id"), CtlJson::id(e.paymentId) },
        { QStringLiteral("note"), CtlJson::text(e.note) },
        { QStringLiteral("user_id"), CtlJson::id(e.userId) },
    };
}

QString entryText(const CtlShop &shop, const ClientAccount::Entry &e)
{
    const QString kind = e.kind == ClientAccount::Kind::Due
        ? CtlAccountCommands::tr("amount due")
        : CtlAccountCommands::tr("store credit");
    const QString amount = (e.amount.isPositive() ? QStringLiteral("+") : QString())
        + e.amount.toDisplayString(QLocale());
    // What the entry came from. A return's entry carries its sale's id too;
    // the return is the closer source. The note that checkout and returns
    // write is the document's number: shown only when it says more.
    const QString returned = returnNumber(shop, e.returnId);
    const QString sold = saleNumber(shop, e.saleId);
    QString source;
    if (!returned.isEmpty())
        source = CtlAccountCommands::tr("return %1").arg(returned);
    else if (!sold.isEmpty())
        source = CtlAccountCommands::tr("sale %1").arg(sold);
    else if (!e.paymentId.isNull())
        source = CtlAccountCommands::tr("payment");
    if (!e.note.isEmpty() && e.note != returned && e.note != sold)
        source = source.isEmpty() ? e.note : source + QStringLiteral(" — ") + e.note;
    return QStringLiteral("  %1  %2  %3  %4").arg(shop.localTime(e.atMsecs), kind, amount, source);
}

int accountShow(CtlContext &ctx)
{
    const auto limit = CtlShop::limit(ctx.takeOption(QStringLiteral("limit")), 20, 1000);
    const QString who = ctx.takePositional();
    if (who.isEmpty())
        return ctx.usage(CtlAccountCommands::tr("account show needs the client's id or phone."));
    if (!limit)
        return ctx.fail(limit.error());
    auto shop = CtlShop::open(ctx, CtlShop::Access::Read);
    if (!shop)
        return ctx.fail(shop.error());
    auto clientId = shop->client(who);
    if (!clientId)
        return ctx.fail(clientId.error());
    const ClientAccount account(shop->store());
    auto storeCredit = account.storeCredit(*clientId);
    if (!storeCredit)
        return ctx.fail(storeCredit.error());
    auto amountDue = account.due(*clientId);
    if (!amountDue)
        return ctx.fail(amountDue.error());
    auto listed = account.entries(*clientId, *limit);
    if (!listed)
        return ctx.fail(listed.error());
    const Money credit = *storeCredit;
    const Money due = *amountDue;
    const QList<ClientAccount::Entry> &entries = *listed;
    const QString name = clientName(*shop, *clientId);

    QJsonArray entriesJson;
    for (const ClientAccount::Entry &e : entries)
        entriesJson.append(entryJson(*shop, e));
    QStringList lines {
        name, CtlAccountCommands::tr("Store credit: %1").arg(credit.toDisplayString(QLocale())),
        CtlAccountCommands::tr("Amount due: %1").arg(due.toDisplayString(QLocale()))
    };
    if (entries.isEmpty())
        lines << CtlAccountCommands::tr("No entries on the account yet.");
    else
        lines << CtlAccountCommands::tr("Latest entries:");
    for (const ClientAccount::Entry &e : entries)
        lines << entryText(*shop, e);
    ctx.report(QJsonObject { { QStringLiteral("client_id"), clientId->toString() },
                             { QStringLiteral("client"), CtlJson::text(name) },
                             { QStringLiteral("currency"), shop->currency().code() },
                             { QStringLiteral("store_credit"), credit.toPlainString() },
                             { QStringLiteral("due"), due.toPlainString() },
                             { QStringLiteral("entries"), entriesJson } },
               lines);
    return 0;
}

int accountPay(CtlContext &ctx)
{
    // Options first, so that their values are not taken for the client.
    const QStringList payments = ctx.takeAll(QStringLiteral("pay"));
    const auto drawerName = ctx.takeOption(QStringLiteral("drawer"));
    const QString who = ctx.takePositional();
    if (who.isEmpty() || payments.isEmpty())
        return ctx.usage(CtlAccountCommands::tr("account pay needs the client's id or phone and "
                                                "at least one --pay (cash:50.00, "
                                                "card:20.00:AUTH or pix:20.00)."));
    auto shop = CtlShop::open(ctx, CtlShop::Access::Write);
    if (!shop)
        return ctx.fail(shop.error());
    DuePaymentRequest request;
    auto clientId = shop->client(who);
    if (!clientId)
        return ctx.fail(clientId.error());
    request.clientId = *clientId;
    request.locationId = shop->location().id;
    request.userId = shop->userId();
    for (const QString &spec : payments) {
        auto tender = shop->tender(spec);
        if (!tender)
            return ctx.fail(tender.error());
        request.tenders << *tender;
    }
    auto drawer = shop->drawerOrDefault(drawerName);
    if (!drawer)
        return ctx.fail(drawer.error());
    if (*drawer)
        request.drawerId = (*drawer)->id;
    auto paid = DuePayment(shop->store()).pay(request);
    if (!paid)
        return ctx.fail(paid.error());

    const CtlSaleOutput output(*shop);
    QJsonArray paymentsJson;
    QStringList lines { clientName(*shop, *clientId) };
    for (const Payment &p : paid->payments) {
        paymentsJson.append(output.paymentJson(p));
        lines << QStringLiteral("  ") + output.paymentText(p);
    }
    lines << CtlAccountCommands::tr("Paid %1, change %2; still due %3.")
                 .arg(paid->paid.toDisplayString(QLocale()),
                      paid->change.toDisplayString(QLocale()),
                      paid->stillDue.toDisplayString(QLocale()));
    ctx.report(QJsonObject { { QStringLiteral("client_id"), clientId->toString() },
                             { QStringLiteral("currency"), shop->currency().code() },
                             { QStringLiteral("paid"), paid->paid.toPlainString() },
                             { QStringLiteral("change"), paid->change.toPlainString() },
                             { QStringLiteral("still_due"), paid->stillDue.toPlainString() },
                             { QStringLiteral("payments"), paymentsJson } },
               lines);
    return 0;
}

} // namespace

int CtlAccountCommands::run(CtlContext &ctx)
{
    const QString action = ctx.takePositional();
    if (action == QLatin1String("show"))
        return accountShow(ctx);
    if (action == QLatin1String("pay"))
        return accountPay(ctx);
    return ctx.usage(tr("Unknown account command \"%1\": use show or pay.").arg(action));
}

QString CtlAccountCommands::helpText()
{
    return tr("  account show CLIENT [--limit 20]   store credit, amount due and the latest "
              "entries\n"
              "  account pay CLIENT --pay cash:50.00|card:20.00:AUTH|pix:20.00[:ID]...\n"
              "       [--drawer NAME|ID] [--user LOGIN]   pays off what the client owes\n"
              "       CLIENT is the client's id or phone\n");
}

} // namespace Balcao::Ctl
