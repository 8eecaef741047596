// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Receipt.h"

#include <QCoreApplication>

namespace Balcao {

// One printed row of a receipt, with its words chosen and its amounts
// formatted, but not yet fitted to a width.
struct ReceiptRow
{
    enum class Kind {
        Title, // the business's name
        Centered, // a line of the header, the document's kind, the footer
        Pair, // words on the left, an amount or a value on the right
        Item, // a line sold or returned: description, then detail and amount
        Rule, // a separator
        Qr, // a QR code of `text`
    };
    enum class Style { Normal, Bold, Large };

    Kind kind = Kind::Pair;
    Style style = Style::Normal;
    QString text;
    QString detail; // Item: "2 × R$ 45,90  18%"
    QString right;
    int indent = 0; // levels: a payment's change, a line's discount

    bool operator==(const ReceiptRow &) const = default;
};

// What a receipt says and in which order, once for every medium: the plain
// text, the ESC/POS bytes and the PDF all draw these rows, so they cannot
// disagree about a total or a word. Words come from tr() (the application's
// language); amounts, quantities and dates from the receipt's locale.
class ReceiptLayout
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ReceiptLayout)
public:
    static QList<ReceiptRow> rows(const Receipt &receipt);
    // "Receipt SAL-7K2Q-000123": an e-mail's subject, a PDF's title.
    static QString title(const Receipt &receipt);
    // 1800 → "18%", 525 → "5,25%" in the locale.
    static QString percent(int basisPoints, const QLocale &locale);

private:
    static void addHeader(QList<ReceiptRow> &rows, const Receipt &r);
    static void addLines(QList<ReceiptRow> &rows, const Receipt &r);
    static void addTotals(QList<ReceiptRow> &rows, const Receipt &r);
    static void addPayments(QList<ReceiptRow> &rows, const Receipt &r);
    static void addTaxes(QList<ReceiptRow> &rows, const Receipt &r);
    static void addClosing(QList<ReceiptRow> &rows, const Receipt &r);
};

} // namespace Balcao
