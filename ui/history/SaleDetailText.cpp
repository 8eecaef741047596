// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaleDetailText.h"

#include "RefundWording.h"
#include "sales/RefundPlanner.h"
#include "shell/MoneyText.h"

#include <QDateTime>
#include <QLocale>

namespace Balcao {

namespace {

QString row(const QString &label, const QString &value, bool strong = false)
{
    const QString cell = strong ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1");
    return QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
        .arg(cell.arg(label.toHtmlEscaped()), cell.arg(value.toHtmlEscaped()));
}

QString saleLink(const Id &saleId, const QString &number)
{
    return QStringLiteral("<a href='sale:%1'>%2</a>")
        .arg(saleId.toString(), number.toHtmlEscaped());
}

} // namespace

QString SaleDetailText::when(qint64 atMsecs, const QTimeZone &zone)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(atMsecs, zone), QLocale::ShortFormat);
}

QString SaleDetailText::totals(const Sale &sale)
{
    QString html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='2'>");
    html += row(tr("Subtotal"), sale.gross.toDisplayString());
    if (!sale.discount.isZero())
        html += row(tr("Discounts"), sale.discount.negated().toDisplayString());
    if (!sale.tax.isZero())
        html += row(tr("Tax"), sale.tax.toDisplayString());
    if (!sale.tip.isZero())
        html += row(tr("Tip"), sale.tip.toDisplayString());
    html += row(tr("Total"), sale.total.toDisplayString(), true);
    html += row(tr("Paid"), moneyText(sale.paid()));
    if (const auto change = sale.change(); !change || !change->isZero())
        html += row(tr("Change given"), moneyText(change));
    if (!sale.due.isZero())
        html += row(tr("Left due on the client's account"), sale.due.toDisplayString(), true);
    return html + QStringLiteral("</table>");
}

QString SaleDetailText::payments(const Sale &sale)
{
    if (sale.payments.isEmpty())
        return tr("No payment: the whole amount was left due.").toHtmlEscaped();
    QString html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='2'>");
    for (const Payment &p : sale.payments) {
        QStringList details;
        if (p.tendered)
            details << tr("handed over %1").arg(p.tendered->toDisplayString());
        if (p.change && !p.change->isZero())
            details << tr("change %1").arg(p.change->toDisplayString());
        if (!p.reference.isEmpty())
            details << (p.method == PaymentMethod::Card ? tr("authorisation %1").arg(p.reference)
                                                        : tr("reference %1").arg(p.reference));
        QString label = paymentMethodDisplayName(p.method).toHtmlEscaped();
        if (!details.isEmpty())
            label += QStringLiteral("<br><span style='color:#6b7280'>%1</span>")
                         .arg(details.join(QStringLiteral(" · ")).toHtmlEscaped());
        html += QStringLiteral("<tr><td>%1</td><td align='right' valign='top'>%2</td></tr>")
                    .arg(label, p.amount.toDisplayString().toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

QString SaleDetailText::returns(const QList<SaleReturn> &returns, const QTimeZone &zone,
                                const QHash<QString, QString> &logins,
                                const QHash<QString, QString> &saleNumbers)
{
    if (returns.isEmpty())
        return tr("Nothing returned.").toHtmlEscaped();
    QString html;
    const QLocale locale;
    for (const SaleReturn &r : returns) {
        html += QStringLiteral("<p style='margin-bottom:8px'><b>%1</b> · %2")
                    .arg(r.number.toHtmlEscaped(), when(r.atMsecs, zone).toHtmlEscaped());
        if (const QString who = logins.value(r.userId.toString()); !who.isEmpty())
            html += QStringLiteral(" · ") + who.toHtmlEscaped();
        html += QStringLiteral("<br>");
        for (const ReturnLine &line : r.lines) {
            QString what = tr("%1 × %2 – %3")
                               .arg(locale.toString(line.quantity), line.description,
                                    RefundWording::disposition(line.disposition));
            if (!line.reason.isEmpty())
                what += tr(" (%1)").arg(line.reason);
            html += what.toHtmlEscaped() + QStringLiteral("<br>");
        }
        html += tr("Refund %1").arg(r.refund.toDisplayString()).toHtmlEscaped();
        QStringList where;
        for (const Payment &p : r.payments)
            where << tr("%1 %2").arg(RefundWording::destination(p),
                                     p.amount.negated().toDisplayString());
        if (auto due = RefundPlanner::dueReduced(r); due && !due->isZero()) {
            Payment onAccount;
            onAccount.method = PaymentMethod::Account;
            where << tr("%1 %2").arg(RefundWording::destination(onAccount), due->toDisplayString());
        }
        if (!where.isEmpty())
            html += QStringLiteral(": ") + where.join(QStringLiteral(", ")).toHtmlEscaped();
        if (!r.exchangeSaleId.isNull()) {
            const QString number = saleNumbers.value(r.exchangeSaleId.toString());
            html += QStringLiteral("<br>")
                + tr("Exchanged for sale %1")
                      .toHtmlEscaped()
                      .arg(saleLink(r.exchangeSaleId,
                                    number.isEmpty() ? r.exchangeSaleId.toString() : number));
        }
        if (!r.reason.isEmpty())
            html += QStringLiteral("<br><i>%1</i>").arg(r.reason.toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    return html;
}

QString SaleDetailText::exchangeOrigin(const SaleReturn &paidBy, const QString &originalNumber)
{
    if (paidBy.saleId.isNull())
        return tr("An exchange: part of it was paid by return %1 (without receipt).")
            .arg(paidBy.number)
            .toHtmlEscaped();
    return tr("An exchange: part of it was paid by return %1 of sale %2.")
        .toHtmlEscaped()
        .arg(paidBy.number.toHtmlEscaped(), saleLink(paidBy.saleId, originalNumber));
}

} // namespace Balcao
