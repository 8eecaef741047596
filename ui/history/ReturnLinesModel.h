// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/Return.h"
#include "shell/TitledTableModel.h"

namespace Balcao {

struct Product;

// What comes back, line by line: with a receipt, the sale's lines with how
// many were sold, returned already and can still come back; without one,
// the products picked, at the price ReturnService says. For each, how many
// now (never more than can come back: setData refuses it), whether they go
// back on the shelf or are damaged, and why.
class ReturnLinesModel : public TitledTableModel
{
    Q_OBJECT
public:
    enum Column {
        ItemColumn,
        SoldColumn,
        ReturnedColumn,
        ReturnableColumn,
        PriceColumn,
        QuantityColumn,
        DispositionColumn,
        ReasonColumn,
        ColumnCount
    };
    // The most units a row accepts (the spin box's maximum).
    static constexpr int kReturnableRole = Qt::UserRole + 1;
    static constexpr int kMaxReasonLength = 500;

    struct Row
    {
        Id saleLineId; // with a receipt
        Id productId;
        QString description;
        qint64 sold = 0;
        qint64 returned = 0;
        qint64 returnable = 0;
        // With a receipt what the line cost in all; without, the refund of
        // one unit (the lowest recent price).
        Money price;
        qint64 quantity = 0;
        ReturnDisposition disposition = ReturnDisposition::Restock;
        QString reason;
    };

    explicit ReturnLinesModel(QObject *parent = nullptr);

    void setSaleLines(const QList<ReturnableLine> &lines);
    // Without a receipt: one more unit of `product` at `unitRefund`.
    void addProduct(const Product &product, const Money &unitRefund);
    bool withReceipt() const { return m_withReceipt; }
    const Row &row(int row) const { return m_rows.at(row); }
    QList<ReturnLineRequest> requests() const;
    qint64 units() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    int rowsHeld() const override { return static_cast<int>(m_rows.size()); }
    QString columnTitle(int column) const override;
    Qt::Alignment titleAlignment(int column) const override;

    QList<Row> m_rows;
    bool m_withReceipt = true;
};

} // namespace Balcao
