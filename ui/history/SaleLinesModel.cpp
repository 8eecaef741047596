// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaleLinesModel.h"

#include "shell/MoneyText.h"

#include <QLocale>

namespace Balcao {

SaleLinesModel::SaleLinesModel(QObject *parent)
    : TitledTableModel(ColumnCount, parent)
{ }

void SaleLinesModel::setSale(const Sale &sale, const QHash<QString, qint64> &returned)
{
    beginResetModel();
    m_lines = sale.lines;
    m_returned = returned;
    endResetModel();
}

void SaleLinesModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_returned.clear();
    endResetModel();
}

QVariant SaleLinesModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const SaleLine &line = m_lines.at(index.row());
    const qint64 returned = m_returned.value(line.id.toString());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn:
            // Two lines, as on a receipt: what it is, then how many at what
            // price (the detail pane is narrow; the columns stay for others).
            return tr("%1\n%2 × %3")
                .arg(line.description, locale.toString(line.quantity),
                     line.unitPrice.toDisplayString());
        case QuantityColumn:
            return locale.toString(line.quantity);
        case UnitPriceColumn:
            return line.unitPrice.toDisplayString();
        case DiscountColumn: {
            const auto discount = line.lineDiscount.plus(line.orderDiscount);
            if (!discount)
                return discount.error().message;
            return discount->isZero() ? QString() : discount->negated().toDisplayString();
        }
        case TaxColumn:
            return line.tax.taxClassId.isNull() && line.taxAmount.isZero()
                ? QString()
                : line.taxAmount.toDisplayString();
        case TotalColumn:
            return line.total.toDisplayString();
        case ReturnedColumn:
            return returned == 0 ? QString() : locale.toString(returned);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TaxColumn && !line.tax.taxClassId.isNull())
            return line.tax.included
                ? tr("%1, %2 included in the price")
                      .arg(line.tax.name, percentText(line.tax.rateBp))
                : tr("%1, %2 added to the price").arg(line.tax.name, percentText(line.tax.rateBp));
        if (index.column() == ItemColumn)
            return line.sku.isEmpty() ? line.description
                                      : tr("%1 · SKU %2").arg(line.description, line.sku);
        if (index.column() == ReturnedColumn && returned > 0)
            return tr("%1 of %2 returned")
                .arg(locale.toString(returned), locale.toString(line.quantity));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ItemColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QString SaleLinesModel::columnTitle(int column) const
{
    switch (column) {
    case ItemColumn:
        return tr("Item");
    case QuantityColumn:
        return tr("Qty");
    case UnitPriceColumn:
        return tr("Unit price");
    case DiscountColumn:
        return tr("Discount");
    case TaxColumn:
        return tr("Tax");
    case TotalColumn:
        return tr("Total");
    case ReturnedColumn:
        return tr("Returned");
    }
    return {};
}

Qt::Alignment SaleLinesModel::titleAlignment(int column) const
{
    return (column == ItemColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
}

} // namespace Balcao
