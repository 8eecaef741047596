// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlShiftCommands.h"

#include "CtlContext.h"
#include "CtlJson.h"
#include "CtlShop.h"
#include "cash/ShiftService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Balcao::Ctl {

namespace {

Result<QJsonObject> drawerJson(const CtlShop &shop, const CashDrawer &d)
{
    const auto open = ShiftService(shop.store()).openShift(d.id);
    if (!open)
        return open.error();
    return QJsonObject { { QStringLiteral("id"), d.id.toString() },
                         { QStringLiteral("name"), d.name },
                         { QStringLiteral("location_id"), d.locationId.toString() },
                         { QStringLiteral("open_shift_id"),
                           *open ? QJsonValue((*open)->id.toString()) : QJsonValue() } };
}

QJsonObject shiftJson(const CtlShop &shop, const CashShift &s)
{
    QJsonObject counted;
    for (auto it = s.countedDetail.cbegin(); it != s.countedDetail.cend(); ++it)
        counted.insert(Money(it.key(), s.currency()).toPlainString(), it.value());
    return QJsonObject {
        { QStringLiteral("id"), s.id.toString() },
        { QStringLiteral("drawer_id"), s.drawerId.toString() },
        { QStringLiteral("location_id"), s.locationId.toString() },
        { QStringLiteral("device_id"), CtlJson::id(s.deviceId) },
        { QStringLiteral("currency"), s.currency().code() },
        { QStringLiteral("status"),
          s.isOpen() ? QStringLiteral("open") : QStringLiteral("closed") },
        { QStringLiteral("opened_at"), shop.isoTime(s.openedAtMsecs) },
        { QStringLiteral("opened_by"), CtlJson::id(s.openedBy) },
        { QStringLiteral("opening_float"), s.openingFloat.toPlainString() },
        { QStringLiteral("closed_at"),
          s.isOpen() ? QJsonValue() : QJsonValue(shop.isoTime(s.closedAtMsecs)) },
        { QStringLiteral("closed_by"), CtlJson::id(s.closedBy) },
        { QStringLiteral("counted"), CtlJson::amount(s.counted) },
        { QStringLiteral("counted_detail"), counted },
        { QStringLiteral("expected"), CtlJson::amount(s.expected) },
        { QStringLiteral("close_note"),
          s.closeNote.isEmpty() ? QJsonValue() : QJsonValue(s.closeNote) },
    };
}

QString shiftLine(const CtlShop &shop, const CashShift &s)
{
    return CtlShiftCommands::tr("%1  opened %2 with %3  %4")
        .arg(s.id.toString(), shop.localTime(s.openedAtMsecs), s.openingFloat.toDisplayString(),
             s.isOpen() ? CtlShiftCommands::tr("open")
                        : CtlShiftCommands::tr("closed %1").arg(shop.localTime(s.closedAtMsecs)));
}

QJsonObject movementJson(const CtlShop &shop, const CashMovement &m)
{
    return QJsonObject {
        { QStringLiteral("id"), m.id.toString() },
        { QStringLiteral("shift_id"), m.shiftId.toString() },
        { QStringLiteral("kind"),
          m.kind == CashMovement::Kind::In ? QStringLiteral("in") : QStringLiteral("out") },
        { QStringLiteral("amount"), m.amount.toPlainString() },
        { QStringLiteral("reason"), m.reason },
        { QStringLiteral("user_id"), CtlJson::id(m.userId) },
        { QStringLiteral("at"), shop.isoTime(m.atMsecs) },
    };
}

QJsonObject reportJson(const CtlShop &shop, const ShiftReport &r)
{
    QJsonObject byMethod;
    for (auto it = r.byMethod.cbegin(); it != r.byMethod.cend(); ++it)
        byMethod.insert(it.key(), it.value().toPlainString());
    QJsonArray movements;
    for (const CashMovement &m : r.movements)
        movements.append(movementJson(shop, m));
    return QJsonObject {
        // X while the shift is open, Z once it is closed.
        { QStringLiteral("report"), r.shift.isOpen() ? QStringLiteral("X") : QStringLiteral("Z") },
        { QStringLiteral("shift"), shiftJson(shop, r.shift) },
        { QStringLiteral("opening_float"), r.openingFloat.toPlainString() },
        { QStringLiteral("cash_sales"), r.cashSales.toPlainString() },
        { QStringLiteral("cash_refunds"), r.cashRefunds.toPlainString() },
        { QStringLiteral("cash_in"), r.cashIn.toPlainString() },
        { QStringLiteral("cash_out"), r.cashOut.toPlainString() },
        { QStringLiteral("expected"), r.expected.toPlainString() },
        { QStringLiteral("counted"), CtlJson::amount(r.counted) },
        { QStringLiteral("over_short"), CtlJson::amount(r.overShort) },
        { QStringLiteral("by_method"), byMethod },
        { QStringLiteral("sales_count"), r.salesCount },
        { QStringLiteral("returns_count"), r.returnsCount },
        { QStringLiteral("gross_sales"), r.grossSales.toPlainString() },
        { QStringLiteral("discounts"), r.discounts.toPlainString() },
        { QStringLiteral("tax"), r.tax.toPlainString() },
        { QStringLiteral("tips"), r.tips.toPlainString() },
        { QStringLiteral("total_sales"), r.totalSales.toPlainString() },
        { QStringLiteral("refunds"), r.refunds.toPlainString() },
        { QStringLiteral("movements"), movements },
    };
}

QStringList reportText(const ShiftReport &r)
{
    QStringList out;
    out << (r.shift.isOpen() ? CtlShiftCommands::tr("X report (shift open)")
                             : CtlShiftCommands::tr("Z report (shift closed)"));
    const auto row = [&](const QString &label, const Money &amount) {
        out << QStringLiteral("  %1\t%2").arg(label, amount.toDisplayString());
    };
    row(CtlShiftCommands::tr("Opening float"), r.openingFloat);
    row(CtlShiftCommands::tr("Cash sales"), r.cashSales);
    row(CtlShiftCommands::tr("Cash refunds"), r.cashRefunds.negated());
    row(CtlShiftCommands::tr("Cash in"), r.cashIn);
    row(CtlShiftCommands::tr("Cash out"), r.cashOut.negated());
    row(CtlShiftCommands::tr("Expected in the drawer"), r.expected);
    if (r.counted)
        row(CtlShiftCommands::tr("Counted"), *r.counted);
    if (r.overShort)
        row(r.overShort->isNegative() ? CtlShiftCommands::tr("Short")
                                      : CtlShiftCommands::tr("Over"),
            *r.overShort);
    out << CtlShiftCommands::tr("  %1 sales (%2), %3 returns (%4)")
               .arg(r.salesCount)
               .arg(r.totalSales.toDisplayString())
               .arg(r.returnsCount)
               .arg(r.refunds.toDisplayString());
    for (auto it = r.byMethod.cbegin(); it != r.byMethod.cend(); ++it) {
        const auto method = paymentMethodFrom(it.key());
        row(method ? paymentMethodDisplayName(*method) : it.key(), it.value());
    }
    return out;
}

// The open shift of --drawer (or of the location's first drawer).
Result<CashShift> openShiftOf(const CtlShop &shop, const std::optional<QString> &drawerName)
{
    auto drawer = shop.drawerOrDefault(drawerName);
    if (!drawer)
        return drawer.error();
    if (*drawer) {
        auto open = ShiftService(shop.store()).openShift((*drawer)->id);
        if (!open)
            return open.error();
        if (*open)
            return **open;
    }
    return Error::conflict(QStringLiteral("shift.noneOpen"),
                           CtlShiftCommands::tr("No shift is open on that drawer; start one with "
                                                "\"balcaoctl shift open --float AMOUNT\"."));
}

// "200=1,100=2,0.50=3": notes and coins in major units = how many. A value
// without "=" is a total, for currencies without a list of denominations.
Result<QMap<qint64, int>> parseCount(const CtlShop &shop, const QStringList &values)
{
    static const QRegularExpression pair(
        QStringLiteral("(\\d+(?:[.,]\\d{1,3})?)\\s*=\\s*(\\d{1,6})"));
    static const QRegularExpression separators(QStringLiteral("^[\\s,;]*$"));
    QMap<qint64, int> counts;
    for (const QString &value : values) {
        const auto invalid = [&] {
            return Error::invalid(QStringLiteral("cli.countInvalid"),
                                  CtlShiftCommands::tr("\"%1\" is not a count: use "
                                                       "DENOMINATION=HOW_MANY, such as "
                                                       "200=1,100=2,0.50=3.")
                                      .arg(value));
        };
        if (!value.contains(u'=')) {
            auto total = shop.amount(value);
            if (!total)
                return total.error();
            counts[total->minorUnits()] += 1;
            continue;
        }
        QString rest = value;
        for (auto it = pair.globalMatch(value); it.hasNext();) {
            const auto m = it.next();
            auto denomination = shop.amount(m.captured(1));
            if (!denomination)
                return invalid();
            counts[denomination->minorUnits()] += m.captured(2).toInt();
            rest.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), u' '));
        }
        if (!separators.match(rest).hasMatch())
            return invalid();
    }
    return counts;
}

int shiftOpen(CtlContext &ctx)
{
    const auto drawerName = ctx.takeOption(QStringLiteral("drawer"));
    const auto floatText = ctx.takeOption(QStringLiteral("float"));
    if (!floatText)
        return ctx.usage(CtlShiftCommands::tr("shift open needs --float AMOUNT (0 for none)."));
    auto shop = CtlShop::open(ctx, CtlShop::Access::Write);
    if (!shop)
        return ctx.fail(shop.error());
    auto amount = shop->amount(*floatText);
    if (!amount)
        return ctx.fail(amount.error());
    ShiftService shifts(shop->store());
    // A shop with one till never sets up a drawer: the first is made here,
    // in the same transaction, so a refused opening leaves none behind.
    auto opened = shop->store().transact([&]() -> Result<CashShift> {
        auto drawer
            = drawerName ? shop->drawer(*drawerName) : shifts.defaultDrawer(shop->location().id);
        if (!drawer)
            return drawer.error();
        return shifts.open(drawer->id, *amount, shop->userId());
    });
    if (!opened)
        return ctx.fail(opened.error());
    ctx.report(shiftJson(*shop, *opened), { shiftLine(*shop, *opened) });
    return 0;
}

int shiftMove(CtlContext &ctx, bool in)
{
    const auto drawerName = ctx.takeOption(QStringLiteral("drawer"));
    const auto reason = ctx.takeOption(QStringLiteral("reason"));
    const QString amountText = ctx.takePositional();
    if (amountText.isEmpty() || !reason)
        return ctx.usage(in ? CtlShiftCommands::tr("shift in needs an amount and --reason.")
                            : CtlShiftCommands::tr("shift out needs an amount and --reason."));
    auto shop = CtlShop::open(ctx, CtlShop::Access::Write);
    if (!shop)
        return ctx.fail(shop.error());
    auto amount = shop->amount(amountText);
    if (!amount)
        return ctx.fail(amount.error());
    auto shift = openShiftOf(*shop, drawerName);
    if (!shift)
        return ctx.fail(shift.error());
    ShiftService shifts(shop->store());
    auto moved = in ? shifts.cashIn(shift->id, *amount, *reason, shop->userId())
                    : shifts.cashOut(shift->id, *amount, *reason, shop->userId());
    if (!moved)
        return ctx.fail(moved.error());
    ctx.report(movementJson(*shop, *moved),
               { (in ? CtlShiftCommands::tr("%1 put in the drawer: %2")
                     : CtlShiftCommands::tr("%1 taken out of the drawer: %2"))
                     .arg(moved->amount.toDisplayString(), moved->reason) });
    return 0;
}

int shiftReport(CtlContext &ctx)
{
    const auto drawerName = ctx.takeOption(QStringLiteral("drawer"));
    const auto shiftId = ctx.takeOption(QStringLiteral("shift"));
    auto shop = CtlShop::open(ctx, CtlShop::Access::Read);
    if (!shop)
        return ctx.fail(shop.error());
    ShiftService shifts(shop->store());
    Id id;
    if (shiftId) {
        id = Id::fromString(shiftId->trimmed());
        if (id.isNull())
            return ctx.fail(
                Error::notFound(QStringLiteral("shift.notFound"),
                                CtlShiftCommands::tr("\"%1\" is not a shift id.").arg(*shiftId)));
    } else if (auto open = openShiftOf(*shop, drawerName);
               open || open.error().kind == Error::Kind::Storage) {
        if (!open)
            return ctx.fail(open.error());
        id = open->id;
    } else {
        // No shift open: the drawer's last one, closed, and its Z report.
        auto drawer = shop->drawerOrDefault(drawerName);
        if (!drawer)
            return ctx.fail(drawer.error());
        const auto last = *drawer ? shifts.shifts((*drawer)->id, 1)
                                  : Result<QList<CashShift>>(QList<CashShift>());
        if (!last)
            return ctx.fail(last.error());
        if (last->isEmpty())
            return ctx.fail(open.error());
        id = last->first().id;
    }
    auto report = shifts.report(id);
    if (!report)
        return ctx.fail(report.error());
    ctx.report(reportJson(*shop, *report), reportText(*report));
    return 0;
}

int shiftClose(CtlContext &ctx)
{
    const auto drawerName = ctx.takeOption(QStringLiteral("drawer"));
    const QStringList countTexts = ctx.takeAll(QStringLiteral("count"));
    const auto note = ctx.takeOption(QStringLiteral("note"));
    if (countTexts.isEmpty())
        return ctx.usage(CtlShiftCommands::tr("shift close needs the count: --count "
                                              "200=1,100=2,0.50=3 (notes and coins = how many)."));
    auto shop = CtlShop::open(ctx, CtlShop::Access::Write);
    if (!shop)
        return ctx.fail(shop.error());
    auto counts = parseCount(*shop, countTexts);
    if (!counts)
        return ctx.fail(counts.error());
    auto shift = openShiftOf(*shop, drawerName);
    if (!shift)
        return ctx.fail(shift.error());
    auto closed = ShiftService(shop->store())
                      .close(shift->id, *counts, note.value_or(QString()), shop->userId());
    if (!closed)
        return ctx.fail(closed.error());
    ctx.report(reportJson(*shop, *closed), reportText(*closed));
    return 0;
}

int shiftList(CtlContext &ctx)
{
    const auto drawerName = ctx.takeOption(QStringLiteral("drawer"));
    const auto limit = CtlShop::limit(ctx.takeOption(QStringLiteral("limit")), 20, 1000);
    if (!limit)
        return ctx.fail(limit.error());
    auto shop = CtlShop::open(ctx, CtlShop::Access::Read);
    if (!shop)
        return ctx.fail(shop.error());
    QList<CashDrawer> drawers;
    if (drawerName) {
        auto drawer = shop->drawer(*drawerName);
        if (!drawer)
            return ctx.fail(drawer.error());
        drawers << *drawer;
    } else {
        auto all = ShiftService(shop->store()).drawers(shop->location().id);
        if (!all)
            return ctx.fail(all.error());
        drawers = *all;
    }
    QJsonArray json;
    QStringList lines;
    for (const CashDrawer &d : std::as_const(drawers)) {
        auto shiftsOfDrawer = ShiftService(shop->store()).shifts(d.id, *limit);
        if (!shiftsOfDrawer)
            return ctx.fail(shiftsOfDrawer.error());
        for (const CashShift &s : std::as_const(*shiftsOfDrawer)) {
            json.append(shiftJson(*shop, s));
            lines << d.name + QStringLiteral("  ") + shiftLine(*shop, s);
        }
    }
    ctx.report(json, lines);
    return 0;
}

} // namespace

int CtlShiftCommands::runShift(CtlContext &ctx)
{
    const QString action = ctx.takePositional();
    if (action == QLatin1String("open"))
        return shiftOpen(ctx);
    if (action == QLatin1String("in") || action == QLatin1String("out"))
        return shiftMove(ctx, action == QLatin1String("in"));
    if (action == QLatin1String("report"))
        return shiftReport(ctx);
    if (action == QLatin1String("close"))
        return shiftClose(ctx);
    if (action == QLatin1String("list"))
        return shiftList(ctx);
    return ctx.usage(
        tr("Unknown shift command \"%1\": use open, in, out, report, close or list.").arg(action));
}

int CtlShiftCommands::runDrawer(CtlContext &ctx)
{
    const QString action = ctx.takePositional();
    if (action != QLatin1String("list") && action != QLatin1String("add"))
        return ctx.usage(tr("Unknown drawer command \"%1\": use list or add.").arg(action));
    const QString name = action == QLatin1String("add") ? ctx.takePositional() : QString();
    if (action == QLatin1String("add") && name.isEmpty())
        return ctx.usage(tr("drawer add needs the drawer's name."));
    auto shop = CtlShop::open(
        ctx, action == QLatin1String("add") ? CtlShop::Access::Write : CtlShop::Access::Read);
    if (!shop)
        return ctx.fail(shop.error());
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    ShiftService shifts(shop->store());
    if (action == QLatin1String("add")) {
        auto made = shifts.createDrawer(shop->location().id, name);
        if (!made)
            return ctx.fail(made.error());
        auto json = drawerJson(*shop, *made);
        if (!json)
            return ctx.fail(json.error());
        ctx.report(*json, { tr("Drawer \"%1\" (%2).").arg(made->name, made->id.toString()) });
        return 0;
    }
    const auto drawers = shifts.drawers(shop->location().id);
    if (!drawers)
        return ctx.fail(drawers.error());
    QJsonArray json;
    QStringList lines;
    for (const CashDrawer &d : *drawers) {
        auto one = drawerJson(*shop, d);
        if (!one)
            return ctx.fail(one.error());
        json.append(*one);
        lines << QStringLiteral("%1\t%2").arg(d.name, d.id.toString());
    }
    ctx.report(json, lines);
    return 0;
}

QString CtlShiftCommands::helpText()
{
    return tr("  drawer list | drawer add NAME\n"
              "  shift open [--drawer NAME|ID] --float 100.00 [--user LOGIN]\n"
              "  shift in AMOUNT --reason R | shift out AMOUNT --reason R   [--drawer NAME|ID]\n"
              "  shift report [--shift ID] [--drawer NAME|ID]   X report while open, Z when "
              "closed\n"
              "  shift close --count 200=1,100=2,0.50=3... [--note T] [--drawer NAME|ID]\n"
              "  shift list [--drawer NAME|ID] [--limit 20]\n");
}

} // namespace Balcao::Ctl
