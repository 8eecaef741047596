// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextReceipt.h"

#include "ReceiptColumns.h"
#include "ReceiptLayout.h"

namespace Balcao {

QString TextReceipt::render(const Receipt &receipt, int columns)
{
    QStringList out;
    for (const ReceiptRow &row : ReceiptLayout::rows(receipt)) {
        switch (row.kind) {
        case ReceiptRow::Kind::Title:
        case ReceiptRow::Kind::Centered:
            for (const QString &line : ReceiptColumns::lines(row, columns))
                out << ReceiptColumns::centred(line, columns);
            break;
        case ReceiptRow::Kind::Qr:
            // Unbroken, so that it can be copied whole.
            out << row.text;
            break;
        default:
            out << ReceiptColumns::lines(row, columns);
            break;
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Balcao
