// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "inventory/StockMovement.h"
#include "shell/TitledTableModel.h"

#include <QHash>
#include <QTimeZone>

namespace Balcao {

class LocalStore;

// A product's latest stock movements at one location, newest first: what
// happened (sold, returned, received, counted, written off…), how many
// units each way, when (in the location's zone), who, why, and the sale or
// return it came from.
class StockMovementsModel : public TitledTableModel
{
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        KindColumn,
        QuantityColumn,
        WhoColumn,
        DocumentColumn,
        ReasonColumn,
        ColumnCount
    };
    static constexpr int kDefaultLimit = 50;

    explicit StockMovementsModel(LocalStore &store, QObject *parent = nullptr);

    // A store that cannot be read leaves the list empty and says why.
    Result<void> load(const Id &productId, const Id &locationId);
    void clear();
    Result<void> reload() { return load(m_productId, m_locationId); }
    const StockMovement &movementAt(int row) const { return m_rows.at(row).movement; }

    static QString kindText(StockMovementKind kind);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int rowsHeld() const override { return static_cast<int>(m_rows.size()); }
    QString columnTitle(int column) const override;
    Qt::Alignment titleAlignment(int column) const override;

    struct Row
    {
        StockMovement movement;
        QString who;
        QString document;
    };
    LocalStore &m_store;
    Id m_productId;
    Id m_locationId;
    QTimeZone m_zone;
    QList<Row> m_rows;
};

} // namespace Balcao
