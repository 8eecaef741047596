// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesHistoryModel.h"

#include "locations/LocationService.h"
#include "sales/Tender.h"

#include <QDateTime>
#include <QLocale>

namespace Balcao {

SalesHistoryModel::SalesHistoryModel(LocalStore &store, QObject *parent)
    : TitledTableModel(ColumnCount, parent)
    , m_store(store)
{
    for (const Location &location : LocationService(store).list())
        m_zones.insert(location.id.toString(), location.timeZone());
}

void SalesHistoryModel::setFilter(const SaleFilter &filter)
{
    // The first page comes with the reset, so the view has rows at once.
    m_fetching = true;
    beginResetModel();
    m_filter = filter;
    m_sales.clear();
    m_rowById.clear();
    m_offset = 0;
    m_atEnd = false;
    m_error.reset();
    append(nextPage());
    endResetModel();
    m_fetching = false;
}

int SalesHistoryModel::rowOf(const Id &saleId) const
{
    return m_rowById.value(saleId.toString(), -1);
}

bool SalesHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while this model is telling its views about the last page: a
    // view (or a tester) that asks from inside those signals would nest one
    // change in another.
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

QList<SaleSummary> SalesHistoryModel::nextPage()
{
    // One more than a page tells whether another page follows.
    auto page = SalesJournal(m_store).list(m_filter, m_pageSize + 1, m_offset);
    if (!page) {
        m_error = page.error();
        return {};
    }
    return *page;
}

QList<SaleSummary> SalesHistoryModel::fresh(QList<SaleSummary> page)
{
    // An unreadable page ends the list: asking again would fail again.
    m_atEnd = m_error.has_value() || page.size() <= m_pageSize;
    if (!m_atEnd)
        page.removeLast();
    m_offset += static_cast<int>(page.size());
    // A sale made since the first page moves the others down by one, so the
    // next page can repeat the last row of this one: it is shown once.
    QList<SaleSummary> out;
    for (SaleSummary &sale : page) {
        if (!m_rowById.contains(sale.id.toString()))
            out << std::move(sale);
    }
    return out;
}

void SalesHistoryModel::append(QList<SaleSummary> page)
{
    for (SaleSummary &sale : fresh(std::move(page))) {
        m_rowById.insert(sale.id.toString(), static_cast<int>(m_sales.size()));
        m_sales << std::move(sale);
    }
}

void SalesHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    const QList<SaleSummary> page = fresh(nextPage());
    if (!page.isEmpty()) {
        const int first = static_cast<int>(m_sales.size());
        beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
        for (const SaleSummary &sale : page) {
            m_rowById.insert(sale.id.toString(), static_cast<int>(m_sales.size()));
            m_sales << sale;
        }
        endInsertRows();
    }
    m_fetching = false;
}

QString SalesHistoryModel::timeText(const SaleSummary &sale) const
{
    const QTimeZone zone = m_zones.value(sale.locationId.toString(), QTimeZone::systemTimeZone());
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(sale.atMsecs, zone);
    return QLocale().toString(local, QLocale::ShortFormat);
}

QVariant SalesHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const SaleSummary &sale = m_sales.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(sale);
        case NumberColumn:
            return sale.number;
        case ClientColumn:
            return sale.clientName;
        case CashierColumn:
            return sale.userLogin;
        case MethodsColumn: {
            QStringList names;
            for (const QString &method : sale.methods) {
                if (auto known = paymentMethodFrom(method))
                    names << paymentMethodDisplayName(*known);
                else
                    names << method;
            }
            return names.join(QStringLiteral(", "));
        }
        case TotalColumn:
            return sale.total.toDisplayString();
        case RefundedColumn:
            return sale.refunded.isZero() ? QString() : sale.refunded.toDisplayString();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TotalColumn || index.column() == RefundedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == RefundedColumn && !sale.refunded.isZero())
            return tr("%1 of %2 refunded by returns")
                .arg(sale.refunded.toDisplayString(), sale.total.toDisplayString());
        return {};
    case kIdRole:
        return sale.id.toString();
    default:
        return {};
    }
}

QString SalesHistoryModel::columnTitle(int column) const
{
    switch (column) {
    case TimeColumn:
        return tr("When");
    case NumberColumn:
        return tr("Number");
    case ClientColumn:
        return tr("Client");
    case CashierColumn:
        return tr("Cashier");
    case MethodsColumn:
        return tr("Paid with");
    case TotalColumn:
        return tr("Total");
    case RefundedColumn:
        return tr("Refunded");
    }
    return {};
}

Qt::Alignment SalesHistoryModel::titleAlignment(int column) const
{
    return (column == TotalColumn || column == RefundedColumn ? Qt::AlignRight : Qt::AlignLeft)
        | Qt::AlignVCenter;
}

} // namespace Balcao
