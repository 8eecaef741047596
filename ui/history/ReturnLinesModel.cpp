// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReturnLinesModel.h"

#include "RefundWording.h"
#include "catalog/Product.h"
#include "sales/PriceCalculator.h"

#include <QLocale>

namespace Balcao {

ReturnLinesModel::ReturnLinesModel(QObject *parent)
    : TitledTableModel(ColumnCount, parent)
{ }

void ReturnLinesModel::setSaleLines(const QList<ReturnableLine> &lines)
{
    beginResetModel();
    m_withReceipt = true;
    m_rows.clear();
    for (const ReturnableLine &l : lines) {
        Row row;
        row.saleLineId = l.line.id;
        row.productId = l.line.productId;
        row.description = l.line.description;
        row.sold = l.line.quantity;
        row.returned = l.returned;
        row.returnable = l.returnable;
        row.price = l.line.total;
        m_rows << row;
    }
    endResetModel();
}

void ReturnLinesModel::addProduct(const Product &product, const Money &unitRefund)
{
    if (m_withReceipt) {
        beginResetModel();
        m_withReceipt = false;
        m_rows.clear();
        endResetModel();
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).productId == product.id) {
            setData(index(i, QuantityColumn), m_rows.at(i).quantity + 1);
            return;
        }
    }
    Row row;
    row.productId = product.id;
    row.description = product.name;
    row.returnable = PriceCalculator::kMaxQuantity;
    row.price = unitRefund;
    row.quantity = 1;
    const int at = static_cast<int>(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows << row;
    endInsertRows();
}

QList<ReturnLineRequest> ReturnLinesModel::requests() const
{
    QList<ReturnLineRequest> out;
    for (const Row &row : m_rows) {
        if (row.quantity > 0)
            out << ReturnLineRequest { row.saleLineId, m_withReceipt ? Id() : row.productId,
                                       row.quantity, row.disposition, row.reason };
    }
    return out;
}

qint64 ReturnLinesModel::units() const
{
    qint64 total = 0;
    for (const Row &row : m_rows)
        total += row.quantity;
    return total;
}

QVariant ReturnLinesModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Row &row = m_rows.at(index.row());
    const QLocale locale;
    if (role == kReturnableRole)
        return row.returnable;
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case QuantityColumn:
            return row.quantity;
        case DispositionColumn:
            return static_cast<int>(row.disposition);
        case ReasonColumn:
            return row.reason;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ItemColumn:
            return row.description;
        case SoldColumn:
            return locale.toString(row.sold);
        case ReturnedColumn:
            return locale.toString(row.returned);
        case ReturnableColumn:
            return locale.toString(row.returnable);
        case PriceColumn:
            return row.price.toDisplayString();
        case QuantityColumn:
            return locale.toString(row.quantity);
        case DispositionColumn:
            return RefundWording::disposition(row.disposition);
        case ReasonColumn:
            return row.reason;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == ItemColumn || index.column() == DispositionColumn
            || index.column() == ReasonColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == ItemColumn && m_withReceipt
        && row.returnable == 0)
        return tr("Nothing left to return on this line.");
    return {};
}

bool ReturnLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Row &row = m_rows[index.row()];
    switch (index.column()) {
    case QuantityColumn: {
        bool ok = false;
        const qint64 quantity = value.toLongLong(&ok);
        // The cap is what can still come back; ReturnService checks it again
        // when the return is made, against returns other terminals made.
        if (!ok || quantity < 0 || quantity > row.returnable)
            return false;
        if (quantity == row.quantity)
            return true;
        row.quantity = quantity;
        break;
    }
    case DispositionColumn: {
        const int disposition = value.toInt();
        if (disposition != static_cast<int>(ReturnDisposition::Restock)
            && disposition != static_cast<int>(ReturnDisposition::Damaged))
            return false;
        row.disposition = static_cast<ReturnDisposition>(disposition);
        break;
    }
    case ReasonColumn:
        row.reason = value.toString().left(kMaxReasonLength);
        break;
    default:
        return false;
    }
    emit dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole });
    return true;
}

Qt::ItemFlags ReturnLinesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Row &row = m_rows.at(index.row());
    const bool editable = index.column() == QuantityColumn || index.column() == DispositionColumn
        || index.column() == ReasonColumn;
    if (editable && row.returnable > 0)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QString ReturnLinesModel::columnTitle(int column) const
{
    switch (column) {
    case ItemColumn:
        return tr("Item");
    case SoldColumn:
        return tr("Sold");
    case ReturnedColumn:
        return tr("Returned");
    case ReturnableColumn:
        return tr("Can return");
    case PriceColumn:
        return m_withReceipt ? tr("Paid") : tr("Refund each");
    case QuantityColumn:
        return tr("Return");
    case DispositionColumn:
        return tr("Goes");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

Qt::Alignment ReturnLinesModel::titleAlignment(int column) const
{
    const bool left = column == ItemColumn || column == DispositionColumn || column == ReasonColumn;
    return (left ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
}

bool ReturnLinesModel::removeRows(int row, int count, const QModelIndex &parent)
{
    // Only products picked without a receipt can be taken off the list; a
    // sale's lines stay (set their quantity to 0 instead).
    if (parent.isValid() || m_withReceipt || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace Balcao
