// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptLayout.h"

namespace Balcao {

namespace {

using Kind = ReceiptRow::Kind;
using Style = ReceiptRow::Style;

ReceiptRow centered(const QString &text, Style style = Style::Normal)
{
    return ReceiptRow { Kind::Centered, style, text, {}, {}, 0 };
}

ReceiptRow pair(const QString &text, const QString &right, int indent = 0,
                Style style = Style::Normal)
{
    return ReceiptRow { Kind::Pair, style, text, {}, right, indent };
}

ReceiptRow rule()
{
    return ReceiptRow { Kind::Rule, Style::Normal, {}, {}, {}, 0 };
}

} // namespace

QString ReceiptLayout::percent(int basisPoints, const QLocale &locale)
{
    // Integer arithmetic: 525 basis points are exactly 5.25.
    QString number = locale.toString(basisPoints / 100);
    if (const int hundredths = basisPoints % 100; hundredths != 0) {
        QString digits = QStringLiteral("%1").arg(hundredths, 2, 10, QLatin1Char('0'));
        if (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        number += locale.decimalPoint() + digits;
    }
    return number + locale.percent();
}

QString ReceiptLayout::title(const Receipt &r)
{
    switch (r.kind) {
    case ReceiptKind::Sale:
        return tr("Receipt %1").arg(r.number);
    case ReceiptKind::Return:
        return tr("Return receipt %1").arg(r.number);
    case ReceiptKind::Exchange:
        return tr("Exchange receipt %1").arg(r.number);
    }
    return r.number;
}

QList<ReceiptRow> ReceiptLayout::rows(const Receipt &r)
{
    QList<ReceiptRow> rows;
    addHeader(rows, r);
    addLines(rows, r);
    addTotals(rows, r);
    addPayments(rows, r);
    addTaxes(rows, r);
    addClosing(rows, r);
    return rows;
}

void ReceiptLayout::addHeader(QList<ReceiptRow> &rows, const Receipt &r)
{
    rows << ReceiptRow { Kind::Title, Style::Large, r.businessName, {}, {}, 0 };
    if (!r.taxId.isEmpty())
        rows << centered(tr("Tax ID %1").arg(r.taxId));
    for (const QString &line : { r.locationName, r.locationAddress, r.locationPhone }) {
        if (!line.isEmpty())
            rows << centered(line);
    }
    rows << rule();
    switch (r.kind) {
    case ReceiptKind::Sale:
        rows << centered(tr("SALE"), Style::Bold);
        break;
    case ReceiptKind::Return:
        rows << centered(tr("RETURN"), Style::Bold);
        break;
    case ReceiptKind::Exchange:
        rows << centered(tr("EXCHANGE"), Style::Bold);
        break;
    }
    // A copy says so, so that one sale cannot look like two.
    if (r.reprint)
        rows << centered(tr("REPRINT"), Style::Bold);
    rows << pair(tr("Number"), r.number);
    if (!r.relatedNumber.isEmpty())
        rows << pair(r.kind == ReceiptKind::Return ? tr("Sale") : tr("Return"), r.relatedNumber);
    rows << pair(tr("Date"),
                 r.locale.toString(r.at.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                     + r.locale.toString(r.at.time(), QLocale::ShortFormat));
    if (!r.cashier.isEmpty())
        rows << pair(tr("Cashier"), r.cashier);
    if (!r.clientName.isEmpty())
        rows << pair(tr("Client"), r.clientName);
    rows << rule();
}

void ReceiptLayout::addLines(QList<ReceiptRow> &rows, const Receipt &r)
{
    const auto money = [&](const Money &m) { return m.toDisplayString(r.locale); };
    const bool both = !r.lines.isEmpty() && !r.returnedLines.isEmpty();
    if (both)
        rows << pair(tr("Returned items"), {}, 0, Style::Bold);
    for (const ReceiptLine &l : r.returnedLines)
        rows << ReceiptRow { Kind::Item,
                             Style::Normal,
                             l.description,
                             tr("%1 returned").arg(r.locale.toString(l.quantity)),
                             money(l.total.negated()),
                             0 };
    if (both)
        rows << pair(tr("New items"), {}, 0, Style::Bold);
    for (const ReceiptLine &l : r.lines) {
        QString detail = r.locale.toString(l.quantity);
        if (l.unitPrice)
            detail += QStringLiteral(" × ") + money(*l.unitPrice);
        if (l.taxRateBp > 0)
            detail += QStringLiteral("  ") + percent(l.taxRateBp, r.locale);
        rows << ReceiptRow { Kind::Item, Style::Normal, l.description, detail, money(l.total), 0 };
        if (!l.discount.isZero())
            rows << pair(tr("Discount"), money(l.discount.negated()), 1);
    }
    rows << rule();
}

void ReceiptLayout::addTotals(QList<ReceiptRow> &rows, const Receipt &r)
{
    const auto money = [&](const Money &m) { return m.toDisplayString(r.locale); };
    if (r.kind == ReceiptKind::Return) {
        rows << pair(tr("TOTAL REFUNDED"), money(r.refundTotal), 0, Style::Large);
        return;
    }
    const bool added = !r.addedTax().isZero();
    if (!r.discounts.isZero() || added || !r.tip.isZero())
        rows << pair(tr("Subtotal"), money(r.subtotal));
    if (!r.discounts.isZero())
        rows << pair(tr("Discounts"), money(r.discounts.negated()));
    // Taxes added to the price are part of what is paid, each its own line.
    for (const ReceiptTax &t : r.taxes) {
        if (!t.included)
            rows << pair(tr("%1 (%2)").arg(t.name, percent(t.rateBp, r.locale)), money(t.amount));
    }
    if (!r.tip.isZero())
        rows << pair(tr("Tip"), money(r.tip));
    if (r.kind == ReceiptKind::Sale) {
        rows << pair(tr("TOTAL"), money(r.saleTotal), 0, Style::Large);
        return;
    }
    rows << pair(tr("New items"), money(r.saleTotal));
    rows << pair(tr("Returned items"), money(r.refundTotal.negated()));
    const Money difference = r.total();
    rows << (difference.isNegative()
                 ? pair(tr("TO REFUND"), money(difference.negated()), 0, Style::Large)
                 : pair(tr("TO PAY"), money(difference), 0, Style::Large));
}

void ReceiptLayout::addPayments(QList<ReceiptRow> &rows, const Receipt &r)
{
    const auto money = [&](const Money &m) { return m.toDisplayString(r.locale); };
    if (r.payments.isEmpty() && r.due.isZero())
        return;
    rows << rule();
    for (const ReceiptPayment &p : r.payments) {
        QString name = paymentMethodDisplayName(p.method);
        if (p.method == PaymentMethod::Account && p.amount.isNegative())
            name = tr("Taken off the amount due");
        else if (p.method == PaymentMethod::Pix && !p.amount.isNegative())
            name = tr("Paid with PIX");
        else if (p.method == PaymentMethod::GiftCard && !p.reference.isEmpty())
            name = tr("Gift card %1").arg(p.reference); // its last characters only
        else if (p.amount.isNegative())
            name = tr("Refund: %1").arg(name);
        rows << pair(name, money(p.amount));
        if (p.tendered)
            rows << pair(tr("Tendered"), money(*p.tendered), 1);
        if (p.change && !p.change->isZero())
            rows << pair(tr("Change"), money(*p.change), 1);
        if (!p.reference.isEmpty() && p.method == PaymentMethod::Card)
            rows << pair(tr("Authorization"), p.reference, 1);
        // The end-to-end id the bank shows the client: the proof of payment.
        // Its 32 characters fill a 58 mm line: a row of their own.
        if (!p.reference.isEmpty() && p.method == PaymentMethod::Pix)
            rows << pair(tr("Transaction"), {}, 1) << centered(p.reference);
    }
    if (!r.due.isZero())
        rows << pair(tr("Left due"), money(r.due), 0, Style::Bold);
}

void ReceiptLayout::addTaxes(QList<ReceiptRow> &rows, const Receipt &r)
{
    const auto money = [&](const Money &m) { return m.toDisplayString(r.locale); };
    // Taxes inside the prices are shown for information ("of which taxes"),
    // as Brazilian receipts must (Lei 12.741/2012), with each rate's share.
    if (r.kind == ReceiptKind::Return) {
        if (!r.refundTax.isZero())
            rows << pair(tr("Of which taxes"), money(r.refundTax));
        return;
    }
    if (r.includedTax().isZero())
        return;
    rows << pair(tr("Of which taxes"), money(r.includedTax()));
    for (const ReceiptTax &t : r.taxes) {
        if (t.included)
            rows << pair(tr("%1 on %2").arg(t.name, money(t.base)), money(t.amount), 1);
    }
}

void ReceiptLayout::addClosing(QList<ReceiptRow> &rows, const Receipt &r)
{
    const auto money = [&](const Money &m) { return m.toDisplayString(r.locale); };
    if (!r.balancesAfter.isEmpty()) {
        rows << rule();
        for (const ReceiptBalance &b : r.balancesAfter) {
            switch (b.kind) {
            case ReceiptBalance::Kind::StoreCredit:
                rows << pair(tr("Store credit balance"), money(b.amount));
                break;
            case ReceiptBalance::Kind::GiftCard:
                rows << pair(tr("Gift card %1 balance").arg(b.reference), money(b.amount));
                break;
            case ReceiptBalance::Kind::Due:
                rows << pair(tr("Balance due"), money(b.amount));
                break;
            }
        }
    }
    if (!r.pixPayload.isEmpty()) {
        rows << rule();
        rows << centered(tr("Pay what is left due with PIX"), Style::Bold);
        rows << ReceiptRow { Kind::Qr, Style::Normal, r.pixPayload, {}, {}, 0 };
    }
    if (!r.footer.isEmpty()) {
        rows << rule();
        for (const QString &line : r.footer.split(QLatin1Char('\n')))
            rows << centered(line.trimmed());
    }
    // Balcão issues no NFC-e or NFS-e: the client must not take this for one.
    rows << rule();
    rows << centered(tr("Not a fiscal document"), Style::Bold);
}

} // namespace Balcao
