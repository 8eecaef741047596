// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/ReceiptLayout.h"

#include <QFont>
#include <QRectF>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

namespace Balcao {

// Draws a receipt's rows (ReceiptLayout) down a column with QPainter. The
// PDF, the system printer and the dialog's preview all use it, so the screen
// shows what prints. Sizes are in millimetres and points, turned into the
// device's pixels, so a 1200 dpi PDF and a 96 dpi screen look alike.
class ReceiptPainter
{
public:
    // The column of an 80 mm roll: what a thermal printer prints across.
    static constexpr qreal kColumnMm = 72;

    // `device` gives the resolution fonts and lengths are measured in.
    ReceiptPainter(const Receipt &receipt, const QPaintDevice *device);

    qreal pixelsPerMm() const { return m_perMm; }
    // The receipt's height in a column `width` device pixels wide.
    qreal height(qreal width) const;
    // Paints from the column's top. When `pages` is given, a row that would
    // cross the column's bottom goes to the top of a new page instead.
    void paint(QPainter &painter, const QRectF &column, QPagedPaintDevice *pages = nullptr) const;

private:
    // Paints the row at `top` when a painter is given; the row's height.
    qreal row(const ReceiptRow &row, qreal left, qreal top, qreal width, QPainter *painter) const;
    qreal textBlock(const QString &text, const QFont &font, const QRectF &area, int flags,
                    QPainter *painter) const;
    QFont font(ReceiptRow::Style style) const;

    QList<ReceiptRow> m_rows;
    const QPaintDevice *m_device;
    qreal m_perMm;
    QFont m_normal;
};

} // namespace Balcao
