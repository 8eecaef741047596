// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptPainter.h"

#include "QrImage.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace Balcao {

namespace {

constexpr qreal kNormalPt = 8;
constexpr qreal kLargePt = 11;
constexpr qreal kRowGapMm = 0.6;
constexpr qreal kIndentMm = 3;
constexpr qreal kRuleMm = 2.4;
constexpr qreal kQrMm = 34; // the symbol with its quiet zone
constexpr qreal kPairGapMm = 2;
constexpr qreal kUnbounded = 1e7;

} // namespace

ReceiptPainter::ReceiptPainter(const Receipt &receipt, const QPaintDevice *device)
    : m_rows(ReceiptLayout::rows(receipt))
    , m_device(device)
    , m_perMm(device->logicalDpiY() / 25.4)
    , m_normal(QStringLiteral("DejaVu Sans"))
{
    // Any sans serif where DejaVu is missing (Windows, macOS).
    m_normal.setStyleHint(QFont::SansSerif);
    m_normal.setPointSizeF(kNormalPt);
    // No ligatures: "fi" drawn as one glyph reads back from the PDF as "ﬁ",
    // so a search for "fiscal" or a product's name in it would miss.
    m_normal.setStyleStrategy(QFont::PreferNoShaping);
}

QFont ReceiptPainter::font(ReceiptRow::Style style) const
{
    QFont f = m_normal;
    if (style != ReceiptRow::Style::Normal)
        f.setBold(true);
    if (style == ReceiptRow::Style::Large)
        f.setPointSizeF(kLargePt);
    return f;
}

qreal ReceiptPainter::textBlock(const QString &text, const QFont &font, const QRectF &area,
                                int flags, QPainter *painter) const
{
    // Metrics of the device itself: a PDF's are not the screen's.
    const QRectF bounds
        = QFontMetricsF(font, m_device).boundingRect(area, flags | Qt::TextWordWrap, text);
    if (painter && !text.isEmpty()) {
        painter->setFont(font);
        painter->drawText(QRectF(area.left(), area.top(), area.width(), bounds.height()),
                          flags | Qt::TextWordWrap, text);
    }
    return text.isEmpty() ? QFontMetricsF(font, m_device).height() : bounds.height();
}

qreal ReceiptPainter::row(const ReceiptRow &r, qreal left, qreal top, qreal width,
                          QPainter *painter) const
{
    const qreal indent = r.indent * kIndentMm * m_perMm;
    switch (r.kind) {
    case ReceiptRow::Kind::Title:
    case ReceiptRow::Kind::Centered:
        return textBlock(r.text, font(r.style), QRectF(left, top, width, kUnbounded),
                         Qt::AlignHCenter | Qt::AlignTop, painter);
    case ReceiptRow::Kind::Rule: {
        const qreal height = kRuleMm * m_perMm;
        if (painter) {
            QPen pen(Qt::black, 0.2 * m_perMm, Qt::DashLine);
            painter->setPen(pen);
            painter->drawLine(QPointF(left, top + height / 2),
                              QPointF(left + width, top + height / 2));
            painter->setPen(Qt::black);
        }
        return height;
    }
    case ReceiptRow::Kind::Qr: {
        auto matrix = QrMatrix::encode(r.text);
        if (!matrix)
            return 0;
        const qreal side = std::min(width, kQrMm * m_perMm);
        if (painter) {
            // Whole modules, scaled without smoothing: blurred edges are what
            // make scanners fail.
            const QImage image = QrImage::render(*matrix, 4);
            painter->save();
            painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
            painter->drawImage(QRectF(left + (width - side) / 2, top, side, side), image);
            painter->restore();
        }
        return side;
    }
    case ReceiptRow::Kind::Item: {
        const QFont f = font(r.style);
        qreal height = textBlock(r.text, f, QRectF(left + indent, top, width - indent, kUnbounded),
                                 Qt::AlignLeft | Qt::AlignTop, painter);
        ReceiptRow detail = r;
        detail.kind = ReceiptRow::Kind::Pair;
        detail.text = r.detail;
        detail.indent = r.indent + 1;
        return height + row(detail, left, top + height, width, painter);
    }
    case ReceiptRow::Kind::Pair: {
        const QFont f = font(r.style);
        const qreal gap = kPairGapMm * m_perMm;
        const qreal rightWidth
            = r.right.isEmpty() ? 0 : QFontMetricsF(f, m_device).horizontalAdvance(r.right);
        const qreal leftWidth = width - indent - rightWidth - (rightWidth > 0 ? gap : 0);
        if (leftWidth < width / 3) {
            // A value too wide to share the line goes under its words.
            const qreal words
                = textBlock(r.text, f, QRectF(left + indent, top, width - indent, kUnbounded),
                            Qt::AlignLeft | Qt::AlignTop, painter);
            return words
                + textBlock(r.right, f, QRectF(left, top + words, width, kUnbounded),
                            Qt::AlignRight | Qt::AlignTop, painter);
        }
        const qreal words = textBlock(r.text, f, QRectF(left + indent, top, leftWidth, kUnbounded),
                                      Qt::AlignLeft | Qt::AlignTop, painter);
        const qreal value = textBlock(r.right, f, QRectF(left, top, width, kUnbounded),
                                      Qt::AlignRight | Qt::AlignTop, painter);
        return std::max(words, value);
    }
    }
    return 0;
}

qreal ReceiptPainter::height(qreal width) const
{
    qreal total = 0;
    for (const ReceiptRow &r : m_rows)
        total += row(r, 0, total, width, nullptr) + kRowGapMm * m_perMm;
    return total;
}

void ReceiptPainter::paint(QPainter &painter, const QRectF &column, QPagedPaintDevice *pages) const
{
    painter.setPen(Qt::black);
    qreal top = column.top();
    for (const ReceiptRow &r : m_rows) {
        const qreal height = row(r, column.left(), top, column.width(), nullptr);
        if (pages && top + height > column.bottom() && top > column.top()) {
            pages->newPage();
            top = column.top();
        }
        row(r, column.left(), top, column.width(), &painter);
        top += height + kRowGapMm * m_perMm;
    }
}

} // namespace Balcao
