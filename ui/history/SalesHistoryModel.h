// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/SalesJournal.h"
#include "shell/TitledTableModel.h"

#include <QHash>
#include <QTimeZone>

namespace Balcao {

class LocalStore;

// The sales a filter matches, newest first, read a page at a time
// (SalesJournal::list with limit and offset): a business's history runs to
// a million sales, so the first screen comes at once and the view asks for
// more (canFetchMore/fetchMore) only as the user scrolls down.
class SalesHistoryModel : public TitledTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        NumberColumn,
        ClientColumn,
        CashierColumn,
        MethodsColumn,
        TotalColumn,
        RefundedColumn,
        ColumnCount
    };
    static constexpr int kIdRole = Qt::UserRole + 1;
    static constexpr int kDefaultPageSize = 50;

    explicit SalesHistoryModel(LocalStore &store, QObject *parent = nullptr);

    // Starts again from the first page of what `filter` matches.
    void setFilter(const SaleFilter &filter);
    const SaleFilter &filter() const { return m_filter; }
    // The first page again, with the same filter (after a return changed a
    // sale's refunded amount, or a sync brought sales).
    void reload() { setFilter(m_filter); }
    void setPageSize(int rows) { m_pageSize = rows; }
    // More sales match than the model holds so far.
    bool hasMore() const { return !m_atEnd; }
    // Why no more rows came, when the store could not be read.
    const std::optional<Error> &loadError() const { return m_error; }
    int pageSize() const { return m_pageSize; }

    const SaleSummary &saleAt(int row) const { return m_sales.at(row); }
    int rowOf(const Id &saleId) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    int rowsHeld() const override { return static_cast<int>(m_sales.size()); }
    QString columnTitle(int column) const override;
    Qt::Alignment titleAlignment(int column) const override;

    // The next page, or none (and the error kept) when it cannot be read.
    QList<SaleSummary> nextPage();
    // The rows of `page` not shown yet; notes whether more follow.
    QList<SaleSummary> fresh(QList<SaleSummary> page);
    void append(QList<SaleSummary> page);
    QString timeText(const SaleSummary &sale) const;

    LocalStore &m_store;
    SaleFilter m_filter;
    QList<SaleSummary> m_sales;
    QHash<QString, int> m_rowById;
    QHash<QString, QTimeZone> m_zones; // location id → its time zone
    std::optional<Error> m_error;
    int m_pageSize = kDefaultPageSize;
    int m_offset = 0; // rows the journal has given for this filter so far
    bool m_atEnd = false;
    bool m_fetching = false;
};

} // namespace Balcao
