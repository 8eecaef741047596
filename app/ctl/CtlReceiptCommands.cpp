// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlReceiptCommands.h"

#include "CtlContext.h"
#include "CtlShop.h"
#include "EscPosPrinter.h"
#include "ReceiptPdf.h"
#include "sales/EscPosReceipt.h"
#include "sales/ReceiptBuilder.h"
#include "sales/ReceiptMailer.h"
#include "sales/ReturnService.h"
#include "sales/TextReceipt.h"

#include <QJsonObject>

namespace Balcao::Ctl {

namespace {

// "192.168.0.50" or "192.168.0.50:9100".
std::optional<EscPosPrinter::Target> printerTarget(const QString &text)
{
    const QString host = text.section(QLatin1Char(':'), 0, 0).trimmed();
    const QString port = text.section(QLatin1Char(':'), 1);
    bool ok = true;
    const int number = port.isEmpty() ? 9100 : port.toInt(&ok);
    if (host.isEmpty() || !ok || number < 1 || number > 65535)
        return std::nullopt;
    return EscPosPrinter::Target::network(host, number);
}

} // namespace

bool CtlReceiptCommands::needsGui(const QStringList &arguments)
{
    // Global options may come first (--db, --json): look at all of them.
    // Taking a Gui application when not needed costs nothing but startup.
    return arguments.contains(QStringLiteral("receipt"))
        && arguments.contains(QStringLiteral("--pdf"));
}

int CtlReceiptCommands::run(CtlContext &ctx)
{
    const QString document = ctx.takePositional(); // sale or return
    const QString number = ctx.takePositional();
    const bool reprint = ctx.takeFlag(QStringLiteral("reprint"));
    const auto paper = ctx.takeOption(QStringLiteral("paper"));
    const auto escpos = ctx.takeOption(QStringLiteral("escpos"));
    const auto printer = ctx.takeOption(QStringLiteral("printer"));
    const auto pdf = ctx.takeOption(QStringLiteral("pdf"));
    const auto email = ctx.takeOption(QStringLiteral("email"));
    const bool noDrawer = ctx.takeFlag(QStringLiteral("no-drawer"));
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if ((document != QLatin1String("sale") && document != QLatin1String("return"))
        || number.isEmpty())
        return ctx.usage(tr("receipt needs \"sale\" or \"return\" and the document's number."));
    EscPosReceipt::Paper width = EscPosReceipt::Paper::Width80mm;
    if (paper) {
        if (*paper == QLatin1String("58"))
            width = EscPosReceipt::Paper::Width58mm;
        else if (*paper != QLatin1String("80"))
            return ctx.usage(tr("--paper is 58 or 80 (millimetres), not \"%1\".").arg(*paper));
    }
    std::optional<EscPosPrinter::Target> network;
    if (printer) {
        network = printerTarget(*printer);
        if (!network)
            return ctx.usage(tr("--printer is HOST or HOST:PORT, not \"%1\".").arg(*printer));
    }

    auto shop = CtlShop::open(ctx, email ? CtlShop::Access::Write : CtlShop::Access::Read);
    if (!shop)
        return ctx.fail(shop.error());
    ReceiptBuilder builder(shop->store());
    const auto locale = builder.receiptLocale();
    if (!locale)
        return ctx.fail(locale.error());
    const ReceiptBuilder::Options options { *locale, reprint };
    Result<Receipt> receipt = Error::notFound({}, {});
    if (document == QLatin1String("sale")) {
        auto sale = shop->sale(number);
        if (!sale)
            return ctx.fail(sale.error());
        receipt = builder.forSale(sale->id, options);
    } else {
        ReturnService returns(shop->store());
        const Id id = Id::fromString(number.trimmed());
        auto found = id.isNull() ? returns.findByNumber(number) : returns.find(id);
        if (!found)
            return ctx.fail(found.error());
        receipt = builder.forReturn(found->id, options);
    }
    if (!receipt)
        return ctx.fail(receipt.error());

    // Each output is checked before anything is sent: an unwritable PDF
    // path does not leave a queued e-mail behind.
    QJsonObject done { { QStringLiteral("number"), receipt->number } };
    QStringList lines;
    if (pdf) {
        if (auto written = ReceiptPdf::write(*receipt, *pdf); !written)
            return ctx.fail(written.error());
        done.insert(QStringLiteral("pdf"), *pdf);
        lines << tr("PDF written to %1.").arg(*pdf);
    }
    if (escpos || network) {
        const QByteArray bytes
            = EscPosReceipt::encode(*receipt, EscPosReceipt::Options { width, !noDrawer });
        if (escpos) {
            if (auto sent = EscPosPrinter::sendAndWait(EscPosPrinter::Target::file(*escpos), bytes);
                !sent)
                return ctx.fail(sent.error());
            done.insert(QStringLiteral("escpos"), *escpos);
            lines << tr("ESC/POS bytes written to %1.").arg(*escpos);
        }
        if (network) {
            if (auto sent = EscPosPrinter::sendAndWait(*network, bytes); !sent)
                return ctx.fail(sent.error());
            done.insert(QStringLiteral("printer"), network->description());
            lines << tr("Sent to the printer at %1.").arg(network->description());
        }
    }
    if (email) {
        auto queued = ReceiptMailer(shop->store()).queue(*receipt, *email);
        if (!queued)
            return ctx.fail(queued.error());
        done.insert(QStringLiteral("email"), *email);
        done.insert(QStringLiteral("message_id"), queued->toString());
        lines << tr("E-mail to %1 queued in the outbox.").arg(*email);
    }
    if (!pdf && !escpos && !network && !email) {
        const int columns = EscPosReceipt::columns(width);
        const QString text = TextReceipt::render(*receipt, columns);
        done.insert(QStringLiteral("text"), text);
        lines << text;
    }
    ctx.report(done, lines);
    return 0;
}

QString CtlReceiptCommands::helpText()
{
    return tr("  receipt sale|return NUMBER [--reprint] [--paper 58|80]   the receipt as text\n"
              "       [--pdf FILE] [--escpos FILE] [--printer HOST[:PORT]] [--no-drawer]\n"
              "       [--email ADDRESS]   (queued in the outbox; the server sends it)\n");
}

} // namespace Balcao::Ctl
