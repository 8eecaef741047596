// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptPdf.h"

#include "ReceiptPainter.h"
#include "sales/ReceiptLayout.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Balcao {

QByteArray ReceiptPdf::render(const Receipt &receipt)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(ReceiptLayout::title(receipt));
    writer.setCreator(QStringLiteral("Balcão"));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    // Measured on the writer itself (its resolution, its fonts), then the
    // page is cut to fit.
    const ReceiptPainter painter(receipt, &writer);
    const qreal perMm = painter.pixelsPerMm();
    const qreal column = (kPageWidthMm - 2 * kMarginMm) * perMm;
    const qreal heightMm = painter.height(column) / perMm + 2 * kMarginMm;
    writer.setPageSize(QPageSize(QSizeF(kPageWidthMm, heightMm), QPageSize::Millimeter, QString(),
                                 QPageSize::ExactMatch));
    QPainter paint(&writer);
    painter.paint(paint, QRectF(kMarginMm * perMm, kMarginMm * perMm, column, heightMm * perMm));
    paint.end();
    return buffer.data();
}

Result<void> ReceiptPdf::write(const Receipt &receipt, const QString &path)
{
    // All or nothing: a failed write leaves no half a PDF behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(render(receipt)) < 0 || !file.commit())
        return Error::storage(
            QStringLiteral("receipt.pdfNotWritten"),
            tr("Could not save the receipt to %1: %2").arg(path, file.errorString()));
    return {};
}

Result<void> ReceiptPdf::print(const Receipt &receipt, QPagedPaintDevice &device)
{
    QPainter paint;
    if (!paint.begin(&device))
        return Error::unsupported(QStringLiteral("receipt.printerNotReady"),
                                  tr("The printer cannot print now. Check that it is on and "
                                     "connected, then try again."));
    const ReceiptPainter painter(receipt, &device);
    // The painter's origin is the page's printable area.
    const qreal width
        = std::min<qreal>(ReceiptPainter::kColumnMm * painter.pixelsPerMm(), device.width());
    painter.paint(paint, QRectF((device.width() - width) / 2, 0, width, device.height()), &device);
    paint.end();
    return {};
}

} // namespace Balcao
