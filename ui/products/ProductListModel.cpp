// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductListModel.h"

#include "catalog/ProductCatalog.h"
#include "inventory/StockLedger.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Balcao {

ProductListModel::ProductListModel(LocalStore &store, const Id &terminalLocation, QObject *parent)
    : TitledTableModel(FirstStockColumn, parent)
    , m_store(store)
{
    for (const Location &location : LocationService(store).list()) {
        if (location.id == terminalLocation)
            m_locations.prepend(location);
        else
            m_locations.append(location);
    }
    setColumnCount(activeColumn() + 1);
}

void ProductListModel::refresh(const QString &search)
{
    beginResetModel();
    m_search = search;
    m_error.reset();
    m_products.clear();
    m_onHand.clear();
    m_truncated = false;
    const auto load = [&]() -> Result<void> {
        // One more than shown tells whether there are more.
        auto found = ProductCatalog(m_store).search(search, m_limit + 1, false);
        if (!found)
            return found.error();
        QList<Product> products = *found;
        m_truncated = products.size() > m_limit;
        if (m_truncated)
            products.resize(m_limit);
        StockLedger stock(m_store);
        QList<QHash<QString, qint64>> onHand;
        for (const Product &product : std::as_const(products)) {
            if (!product.trackStock) {
                onHand << QHash<QString, qint64>();
                continue;
            }
            auto units = stock.onHandByLocation(product.id);
            if (!units)
                return units.error();
            onHand << *units;
        }
        m_products = products;
        m_onHand = onHand;
        return {};
    };
    if (auto loaded = load(); !loaded) {
        m_error = loaded.error();
        m_truncated = false;
    }
    endResetModel();
}

int ProductListModel::rowOf(const Id &productId) const
{
    for (int row = 0; row < m_products.size(); ++row) {
        if (m_products.at(row).id == productId)
            return row;
    }
    return -1;
}

qint64 ProductListModel::onHandHere(int row) const
{
    return m_locations.isEmpty() ? 0 : m_onHand.at(row).value(m_locations.first().id.toString());
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Product &product = m_products.at(index.row());
    const int column = index.column();
    const bool stockColumn = column >= FirstStockColumn && column < activeColumn();
    switch (role) {
    case Qt::DisplayRole:
        if (stockColumn) {
            if (!product.trackStock)
                return tr("not kept");
            const Location &location = m_locations.at(column - FirstStockColumn);
            return QLocale().toString(m_onHand.at(index.row()).value(location.id.toString()));
        }
        switch (column) {
        case NameColumn:
            return product.name;
        case SkuColumn:
            return product.sku;
        case CategoryColumn:
            return product.category;
        case PriceColumn:
            return product.price.toDisplayString();
        }
        if (column == activeColumn())
            return product.active ? tr("Active") : tr("Inactive");
        return {};
    case Qt::TextAlignmentRole:
        if (column == PriceColumn || stockColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // Inactive products are greyed; stock below zero is red (the
        // shelf is empty and something was sold anyway).
        if (!product.active)
            return QBrush(QColor(0x9c, 0xa3, 0xaf));
        if (stockColumn && product.trackStock
            && m_onHand.at(index.row())
                    .value(m_locations.at(column - FirstStockColumn).id.toString())
                < 0)
            return QBrush(QColor(0xb4, 0x23, 0x18));
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn && !product.barcodes.isEmpty())
            return tr("Barcodes: %1").arg(product.barcodes.join(QStringLiteral(", ")));
        if (stockColumn && !product.trackStock)
            return tr("This product does not keep stock (a service-like item, gift wrap…).");
        return {};
    case kIdRole:
        return product.id.toString();
    default:
        return {};
    }
}

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool stockColumn = section >= FirstStockColumn && section < activeColumn();
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && stockColumn)
        return tr("Units on hand at %1").arg(m_locations.at(section - FirstStockColumn).name);
    return TitledTableModel::headerData(section, orientation, role);
}

QString ProductListModel::columnTitle(int column) const
{
    if (column >= FirstStockColumn && column < activeColumn())
        return m_locations.size() == 1 ? tr("In stock")
                                       : m_locations.at(column - FirstStockColumn).name;
    switch (column) {
    case NameColumn:
        return tr("Name");
    case SkuColumn:
        return tr("SKU");
    case CategoryColumn:
        return tr("Category");
    case PriceColumn:
        return tr("Price");
    }
    if (column == activeColumn())
        return tr("Status");
    return {};
}

Qt::Alignment ProductListModel::titleAlignment(int column) const
{
    const bool stockColumn = column >= FirstStockColumn && column < activeColumn();
    return (column == PriceColumn || stockColumn ? Qt::AlignRight : Qt::AlignLeft)
        | Qt::AlignVCenter;
}

} // namespace Balcao
