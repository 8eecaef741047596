// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/Sale.h"
#include "shell/TitledTableModel.h"

#include <QHash>

namespace Balcao {

// The lines of one sale as they were sold, with how many units of each
// came back by returns so far: the detail pane's table.
class SaleLinesModel : public TitledTableModel
{
    Q_OBJECT
public:
    enum Column {
        ItemColumn,
        QuantityColumn,
        UnitPriceColumn,
        DiscountColumn,
        TaxColumn,
        TotalColumn,
        ReturnedColumn,
        ColumnCount
    };

    explicit SaleLinesModel(QObject *parent = nullptr);

    // `returned`: units returned per sale line id (SalesJournal::returnedQuantities).
    void setSale(const Sale &sale, const QHash<QString, qint64> &returned);
    void clear();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int rowsHeld() const override { return static_cast<int>(m_lines.size()); }
    QString columnTitle(int column) const override;
    Qt::Alignment titleAlignment(int column) const override;

    QList<SaleLine> m_lines;
    QHash<QString, qint64> m_returned;
};

} // namespace Balcao
