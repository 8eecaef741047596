// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/Receipt.h"

#include <QWidget>

#include <optional>

namespace Balcao {

// The receipt on screen as it prints: a white slip drawn by the same
// ReceiptPainter as the PDF and the system printer.
class ReceiptPreview : public QWidget
{
    Q_OBJECT
public:
    explicit ReceiptPreview(QWidget *parent = nullptr);

    void setReceipt(const Receipt &receipt);
    const std::optional<Receipt> &receipt() const { return m_receipt; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<Receipt> m_receipt;
    int m_height = 0;
};

} // namespace Balcao
