// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeCartModel.h"

#include "catalog/Product.h"
#include "sales/CartBuilder.h"
#include "sales/SalesSettings.h"

#include <QLocale>

namespace Balcao {

ExchangeCartModel::ExchangeCartModel(LocalStore &store, QObject *parent)
    : TitledTableModel(ColumnCount, parent)
    , m_store(store)
{
    if (auto empty = CartBuilder(store).emptyCart())
        m_cart = *empty;
}

Result<void> ExchangeCartModel::add(const Product &product)
{
    for (int row = 0; row < m_cart.lines.size(); ++row) {
        if (m_cart.lines.at(row).productId == product.id) {
            setData(index(row, QuantityColumn), m_cart.lines.at(row).quantity + 1);
            return {};
        }
    }
    auto line = CartBuilder(m_store).productLine(product, 1);
    if (!line)
        return line.error();
    const int at = static_cast<int>(m_cart.lines.size());
    beginInsertRows({}, at, at);
    m_cart.lines << *line;
    recompute();
    endInsertRows();
    emit totalChanged(m_totals.total);
    return {};
}

void ExchangeCartModel::clear()
{
    beginResetModel();
    m_cart.lines.clear();
    recompute();
    endResetModel();
    emit totalChanged(m_totals.total);
}

void ExchangeCartModel::recompute()
{
    // The lines' totals as shown; what the exchange settles to is
    // ExchangeService::preview's, which says when the settings cannot be read.
    const auto rounding = SalesSettings(m_store).taxRounding();
    auto totals = rounding ? PriceCalculator::compute(m_cart, *rounding)
                           : Result<CartTotals>(rounding.error());
    m_totals = totals ? *totals : CartTotals::empty(m_cart.currency);
}

QVariant ExchangeCartModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const CartLine &line = m_cart.lines.at(index.row());
    if (role == Qt::EditRole && index.column() == QuantityColumn)
        return line.quantity;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ItemColumn:
            return line.description;
        case QuantityColumn:
            return QLocale().toString(line.quantity);
        case UnitPriceColumn:
            return line.unitPrice.toDisplayString();
        case TotalColumn:
            return index.row() < m_totals.lines.size()
                ? m_totals.lines.at(index.row()).total.toDisplayString()
                : QString();
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((index.column() == ItemColumn ? Qt::AlignLeft : Qt::AlignRight)
                                   | Qt::AlignVCenter);
    return {};
}

bool ExchangeCartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != QuantityColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    bool ok = false;
    const qint64 quantity = value.toLongLong(&ok);
    if (!ok || quantity < 0 || quantity > PriceCalculator::kMaxQuantity)
        return false;
    if (quantity == 0)
        return removeRows(index.row(), 1);
    m_cart.lines[index.row()].quantity = quantity;
    recompute();
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit totalChanged(m_totals.total);
    return true;
}

Qt::ItemFlags ExchangeCartModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == QuantityColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QString ExchangeCartModel::columnTitle(int column) const
{
    switch (column) {
    case ItemColumn:
        return tr("New item");
    case QuantityColumn:
        return tr("Qty");
    case UnitPriceColumn:
        return tr("Price");
    case TotalColumn:
        return tr("Total");
    }
    return {};
}

Qt::Alignment ExchangeCartModel::titleAlignment(int column) const
{
    return (column == ItemColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
}

bool ExchangeCartModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_cart.lines.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_cart.lines.remove(row, count);
    recompute();
    endRemoveRows();
    emit totalChanged(m_totals.total);
    return true;
}

} // namespace Balcao
