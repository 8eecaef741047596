// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefundPreviewText.h"

#include "RefundWording.h"

#include <QLocale>

namespace Balcao {

namespace {

QString row(const QString &label, const QString &amount)
{
    return QStringLiteral("<tr><td>%1</td><td align='right'>&nbsp;&nbsp;%2</td></tr>")
        .arg(label.toHtmlEscaped(), amount.toHtmlEscaped());
}

} // namespace

QString RefundPreviewText::html(const SaleReturn &preview)
{
    return html(preview, nullptr);
}

QString RefundPreviewText::html(const ExchangeSettlement &settlement)
{
    return html(settlement.returned, &settlement);
}

QString RefundPreviewText::html(const SaleReturn &preview, const ExchangeSettlement *settlement)
{
    const QLocale locale;
    QString html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='1'>");
    for (const ReturnLine &line : preview.lines)
        html += row(tr("%1 × %2").arg(locale.toString(line.quantity), line.description),
                    line.refund.toDisplayString());
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style='margin-top:6px'><b>%1</b>")
                .arg(tr("Refund %1").arg(preview.refund.toDisplayString()).toHtmlEscaped());
    if (!preview.tax.isZero())
        html += QStringLiteral(" <span style='color:#6b7280'>%1</span>")
                    .arg(tr("(tax %1)").arg(preview.tax.toDisplayString()).toHtmlEscaped());
    html += QStringLiteral("</p>");

    if (settlement) {
        const Money &difference = settlement->difference;
        html += QStringLiteral("<p>%1<br><b>%2</b></p>")
                    .arg(tr("New items %1")
                             .arg(settlement->newItems.toDisplayString())
                             .toHtmlEscaped(),
                         (difference.isPositive()
                              ? tr("The client pays %1").arg(difference.toDisplayString())
                              : difference.isNegative()
                              ? tr("The client gets %1 back")
                                    .arg(difference.negated().toDisplayString())
                              : tr("Even exchange: nobody pays anything"))
                             .toHtmlEscaped());
    }

    QString where;
    for (const Payment &p : preview.payments) {
        // The part that pays the new items is said above.
        if (p.method == PaymentMethod::Exchange)
            continue;
        where += row(RefundWording::destination(p), p.amount.negated().toDisplayString());
    }
    if (!where.isEmpty())
        html += QStringLiteral("<p style='margin-bottom:2px'>%1</p>"
                               "<table width='100%' cellspacing='0' cellpadding='1'>%2</table>")
                    .arg(tr("Where the money goes:").toHtmlEscaped(), where);
    return html;
}

} // namespace Balcao
