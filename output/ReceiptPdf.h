// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "sales/Receipt.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace Balcao {

// A receipt as a PDF, and the same drawing on a printer the user chose.
//
// The PDF has one page 80 mm wide and as tall as the receipt: it is the slip
// from the till, so an e-mailed or archived copy looks like the paper one, a
// receipt printer prints it as it is, and a viewer fits it on any screen. A5
// would leave most of a short sale's page blank and cut a long one in two.
class ReceiptPdf
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ReceiptPdf)
public:
    static constexpr qreal kPageWidthMm = 80;
    static constexpr qreal kMarginMm = 4;

    static QByteArray render(const Receipt &receipt);
    static Result<void> write(const Receipt &receipt, const QString &path);
    // On any paged device, such as a QPrinter: the receipt's column (72 mm,
    // or the page's width when narrower) centred at the top of the page,
    // continued on the next page when it is longer than one.
    static Result<void> print(const Receipt &receipt, QPagedPaintDevice &device);
};

} // namespace Balcao
