// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckoutShortcuts.h"

#include <QKeySequence>

namespace Balcao {

namespace {

QString keys(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

} // namespace

QList<CheckoutShortcuts::Row> CheckoutShortcuts::cart()
{
    return {
        { keys(QKeySequence(Qt::Key_F9)), tr("Go to the checkout, from anywhere") },
        { tr("Scanner"), tr("Adds the product it reads, wherever the cursor is") },
        { tr("Type, Enter"), tr("Find a product or service and add it") },
        { tr("Up / Down"), tr("Choose among those found (in the search)") },
        { tr("Esc"), tr("Empty the search; back to it from anywhere") },
        { keys(QKeySequence(Qt::Key_F3)), tr("Sell a gift card, or add to one") },
        { keys(QKeySequence(Qt::Key_F4)), tr("Client of the sale") },
        { keys(QKeySequence(Qt::Key_F10)), tr("The client pays off what they owe") },
        { tr("+ / −"), tr("One more / one less (in the cart)") },
        { tr("A number, Enter"), tr("Set the quantity (in the cart)") },
        { tr("Delete"), tr("Remove the line (in the cart)") },
        { keys(QKeySequence(Qt::Key_F5)), tr("Discount on the line (5 or 10%)") },
        { keys(QKeySequence(Qt::Key_F6)), tr("Discount on the whole sale") },
        { keys(QKeySequence(Qt::Key_F7)), tr("Tip, and who it is for") },
        { tr("%1 / %2").arg(keys(QKeySequence::Undo), keys(QKeySequence::Redo)),
          tr("Undo / redo a change to the cart") },
        { tr("%1 or %2")
              .arg(keys(QKeySequence(Qt::Key_F12)), keys(QKeySequence(Qt::CTRL | Qt::Key_Return))),
          tr("Pay") },
        { tr("Enter (after a sale)"), tr("New sale") },
    };
}

QList<CheckoutShortcuts::Row> CheckoutShortcuts::payment()
{
    return {
        { tr("F2 … F6"), tr("Cash, card, PIX, store credit, gift card") },
        { tr("Enter"), tr("Take the amount; completes once the sale is covered") },
        { tr("Delete"), tr("Remove a payment (in the list)") },
        { tr("Alt+L"), tr("Leave the rest on the client's account") },
        { tr("Esc"), tr("Back to the cart; nothing is charged") },
    };
}

QList<CheckoutShortcuts::Row> CheckoutShortcuts::drawer()
{
    return {
        { keys(QKeySequence(Qt::Key_F8)), tr("Open or close the shift, cash in or out, X report") },
        { tr("Enter (counting)"), tr("Next note or coin") },
        { keys(QKeySequence(Qt::CTRL | Qt::Key_Return)), tr("Close the shift with the count") },
    };
}

QString CheckoutShortcuts::html()
{
    const QString row = QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>");
    const QString heading = QStringLiteral("<tr><td colspan='2'><b>%1</b></td></tr>");
    QString table = QStringLiteral("<table cellspacing='6'>");
    const auto part = [&](const QString &title, const QList<Row> &rows) {
        table += heading.arg(title.toHtmlEscaped());
        for (const Row &r : rows)
            table += row.arg(r.keys.toHtmlEscaped(), r.action.toHtmlEscaped());
    };
    part(tr("Checkout"), cart());
    part(tr("Payment"), payment());
    part(tr("Cash drawer"), drawer());
    table += QStringLiteral("</table>");
    return table;
}

} // namespace Balcao
