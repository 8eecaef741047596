// SPDX-License-Identifier: GPL-3.0-or-later
#include "CartModel.h"

#include "CartEditor.h"
#include "shell/MoneyText.h"
#include "staff/StaffService.h"

namespace Balcao {

CartModel::CartModel(LocalStore &store, CartEditor *editor, QObject *parent)
    : TitledTableModel(ColumnCount, parent)
    , m_store(store)
    , m_editor(editor)
    , m_rows(static_cast<int>(editor->cart().lines.size()))
{
    loadStaffNames();
    connect(editor, &CartEditor::changed, this, &CartModel::cartChanged);
}

void CartModel::loadStaffNames()
{
    m_staffNames.clear();
    for (const StaffMember &member : StaffService(m_store).members())
        m_staffNames.insert(member.id, member.displayName);
}

void CartModel::cartChanged()
{
    const int rows = static_cast<int>(m_editor->cart().lines.size());
    if (rows != m_rows) {
        // Lines came or went: the view is told afresh and puts its cursor
        // back on the line the editor names.
        beginResetModel();
        m_rows = rows;
        loadStaffNames();
        endResetModel();
        return;
    }
    // The same lines with other figures: an open quantity editor survives.
    if (rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Cart &cart = m_editor->cart();
    const CartLine &line = cart.lines.at(index.row());
    const QList<LineAmounts> &amounts = m_editor->review().totals.lines;
    // None when the cart could not be priced (core says why elsewhere).
    const std::optional<LineAmounts> figures = index.row() < amounts.size()
        ? std::optional<LineAmounts>(amounts.at(index.row()))
        : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn:
            return line.description;
        case StaffColumn:
            return line.kind == SaleLineKind::Service ? m_staffNames.value(line.staffId)
                                                      : QString();
        case QuantityColumn:
            return QLocale().toString(line.quantity);
        case PriceColumn:
            return line.unitPrice.toDisplayString();
        case DiscountColumn:
            if (!figures || figures->lineDiscount.isZero())
                return QString();
            if (line.discount.kind == Discount::Kind::Percent)
                return tr("%1 (%2)").arg(figures->lineDiscount.negated().toDisplayString(),
                                         percentText(line.discount.value));
            return figures->lineDiscount.negated().toDisplayString();
        case TotalColumn:
            return figures ? moneyText(figures->gross.minus(figures->lineDiscount)) : QString();
        }
        break;
    case Qt::EditRole:
        if (index.column() == QuantityColumn)
            return static_cast<int>(line.quantity);
        break;
    case Qt::ToolTipRole:
        if (index.column() == ItemColumn) {
            QStringList tip;
            if (!line.sku.isEmpty())
                tip << tr("SKU %1").arg(line.sku);
            if (!line.tax.name.isEmpty())
                tip << tr("%1, %2").arg(line.tax.name,
                                        line.tax.included ? tr("included in the price")
                                                          : tr("added to the price"));
            return tip.join(QLatin1Char('\n'));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= QuantityColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    default:
        break;
    }
    return {};
}

QString CartModel::columnTitle(int column) const
{
    switch (column) {
    case ItemColumn:
        return tr("Item");
    case StaffColumn:
        return tr("Staff");
    case QuantityColumn:
        return tr("Qty");
    case PriceColumn:
        return tr("Price");
    case DiscountColumn:
        return tr("Discount");
    case TotalColumn:
        return tr("Total");
    }
    return {};
}

Qt::Alignment CartModel::titleAlignment(int column) const
{
    return Qt::Alignment((column >= QuantityColumn ? Qt::AlignRight : Qt::AlignLeft)
                         | Qt::AlignVCenter);
}

Qt::ItemFlags CartModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == QuantityColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool CartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != QuantityColumn || !isCell(index))
        return false;
    bool ok = false;
    const qint64 quantity = value.toLongLong(&ok);
    if (!ok)
        return false;
    if (auto changed = m_editor->setQuantity(index.row(), quantity); !changed) {
        emit editRefused(changed.error().message);
        return false;
    }
    return true;
}

} // namespace Balcao
