// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptPreview.h"

#include "ReceiptPainter.h"
#include "ReceiptPdf.h"

#include <QPainter>

namespace Balcao {

namespace {

int millimetres(const QWidget *widget, qreal mm)
{
    return qRound(mm * widget->logicalDpiX() / 25.4);
}

} // namespace

ReceiptPreview::ReceiptPreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("receiptPreview"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ReceiptPreview::setReceipt(const Receipt &receipt)
{
    m_receipt = receipt;
    const ReceiptPainter painter(receipt, this);
    m_height = qCeil(painter.height(millimetres(this, ReceiptPainter::kColumnMm)))
        + 2 * millimetres(this, ReceiptPdf::kMarginMm);
    setFixedSize(sizeHint());
    update();
}

QSize ReceiptPreview::sizeHint() const
{
    return { millimetres(this, ReceiptPdf::kPageWidthMm), std::max(m_height, 1) };
}

void ReceiptPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (!m_receipt)
        return;
    p.setRenderHint(QPainter::TextAntialiasing);
    const int margin = millimetres(this, ReceiptPdf::kMarginMm);
    ReceiptPainter(*m_receipt, this)
        .paint(p, QRectF(margin, margin, width() - 2 * margin, height() - 2 * margin));
}

} // namespace Balcao
