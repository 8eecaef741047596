// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientPurchasesModel.h"

#include "common/Money.h"
#include "sales/Tender.h"

#include <QDateTime>
#include <QLocale>

namespace Balcao {

ClientPurchasesModel::ClientPurchasesModel(LocalStore &store, QObject *parent)
    : TitledTableModel(ColumnCount, parent)
    , m_store(store)
{ }

Result<void> ClientPurchasesModel::load(const Id &clientId)
{
    SaleFilter filter;
    filter.clientId = clientId;
    auto sales = clientId.isNull() ? Result<QList<SaleSummary>>(QList<SaleSummary>())
                                   : SalesJournal(m_store).list(filter, kDefaultLimit);
    beginResetModel();
    m_sales = sales ? *sales : QList<SaleSummary>();
    endResetModel();
    if (!sales)
        return sales.error();
    return {};
}

void ClientPurchasesModel::clear()
{
    beginResetModel();
    m_sales.clear();
    endResetModel();
}

QVariant ClientPurchasesModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const SaleSummary &sale = m_sales.at(index.row());
    if (role == kSaleIdRole)
        return sale.id.toString();
    if (role == Qt::TextAlignmentRole) {
        const bool amount = index.column() == TotalColumn || index.column() == RefundedColumn
            || index.column() == ItemsColumn;
        return QVariant::fromValue(Qt::AlignVCenter | (amount ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(sale.atMsecs, m_zone),
                                  QLocale::ShortFormat);
    case NumberColumn:
        return sale.number;
    case ItemsColumn:
        return QLocale().toString(sale.lineCount);
    case PaidWithColumn: {
        QStringList methods;
        for (const QString &name : sale.methods) {
            if (auto method = paymentMethodFrom(name))
                methods << paymentMethodDisplayName(*method);
        }
        return methods.join(QStringLiteral(", "));
    }
    case TotalColumn:
        return sale.total.toDisplayString();
    case RefundedColumn:
        return sale.refunded.isPositive() ? sale.refunded.toDisplayString() : QString();
    }
    return {};
}

QString ClientPurchasesModel::columnTitle(int column) const
{
    switch (column) {
    case WhenColumn:
        return tr("When");
    case NumberColumn:
        return tr("Sale");
    case ItemsColumn:
        return tr("Items");
    case PaidWithColumn:
        return tr("Paid with");
    case TotalColumn:
        return tr("Total");
    case RefundedColumn:
        return tr("Refunded");
    }
    return {};
}

} // namespace Balcao
