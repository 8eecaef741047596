// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/SalesJournal.h"
#include "shell/TitledTableModel.h"

#include <QTimeZone>

namespace Balcao {

class LocalStore;

// A client's purchases, newest first (SalesJournal), as a table: when (in
// the location's zone), the sale number, how many lines, how it was paid,
// the total and what was refunded since.
class ClientPurchasesModel : public TitledTableModel
{
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        NumberColumn,
        ItemsColumn,
        PaidWithColumn,
        TotalColumn,
        RefundedColumn,
        ColumnCount
    };
    static constexpr int kSaleIdRole = Qt::UserRole + 1;
    static constexpr int kDefaultLimit = 200;

    explicit ClientPurchasesModel(LocalStore &store, QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // A store that cannot be read leaves the list empty and says why.
    Result<void> load(const Id &clientId);
    void clear();
    const QList<SaleSummary> &sales() const { return m_sales; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int rowsHeld() const override { return static_cast<int>(m_sales.size()); }
    QString columnTitle(int column) const override;

    LocalStore &m_store;
    QTimeZone m_zone = QTimeZone::utc();
    QList<SaleSummary> m_sales;
};

} // namespace Balcao
