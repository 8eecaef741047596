// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Product.h"
#include "common/Error.h"
#include "locations/LocationService.h"
#include "shell/TitledTableModel.h"

#include <QHash>

namespace Balcao {

class LocalStore;

// The products matching a search (name, SKU or an exact barcode), active
// or not, with the stock on hand at each location (StockLedger's sum of
// movements): this terminal's location first, then the others, so a shop
// with several sees where the goods are. Holds at most limit() rows, like
// the clients list: the search is how people find one product.
class ProductListModel : public TitledTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SkuColumn, CategoryColumn, PriceColumn, FirstStockColumn };
    static constexpr int kIdRole = Qt::UserRole + 1;
    static constexpr int kDefaultLimit = 500;

    ProductListModel(LocalStore &store, const Id &terminalLocation, QObject *parent = nullptr);

    void refresh(const QString &search);
    void reload() { refresh(m_search); }
    // Why the last refresh shows nothing, when the store could not be read.
    const std::optional<Error> &loadError() const { return m_error; }
    const QString &search() const { return m_search; }
    bool isTruncated() const { return m_truncated; }
    int limit() const { return m_limit; }
    void setLimit(int limit) { m_limit = limit; }

    const Product &productAt(int row) const { return m_products.at(row); }
    int rowOf(const Id &productId) const;
    // On hand at the terminal's location.
    qint64 onHandHere(int row) const;
    int activeColumn() const { return FirstStockColumn + static_cast<int>(m_locations.size()); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int rowsHeld() const override { return static_cast<int>(m_products.size()); }
    QString columnTitle(int column) const override;
    Qt::Alignment titleAlignment(int column) const override;

    LocalStore &m_store;
    QList<Location> m_locations; // the terminal's first
    QList<Product> m_products;
    QList<QHash<QString, qint64>> m_onHand; // per row: location id → units
    QString m_search;
    std::optional<Error> m_error;
    int m_limit = kDefaultLimit;
    bool m_truncated = false;
};

} // namespace Balcao
