// SPDX-License-Identifier: GPL-3.0-or-later
#include "TitledTableModel.h"

namespace Balcao {

TitledTableModel::TitledTableModel(int columnCount, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
{ }

int TitledTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rowsHeld();
}

int TitledTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant TitledTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::TextAlignmentRole) {
        const Qt::Alignment alignment = titleAlignment(section);
        return alignment ? QVariant::fromValue(alignment) : QVariant();
    }
    return {};
}

void TitledTableModel::retranslate()
{
    const int columns = columnCount();
    emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (const int rows = rowCount(); rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, columns - 1));
}

Qt::Alignment TitledTableModel::titleAlignment(int) const
{
    return {};
}

bool TitledTableModel::isCell(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
}

} // namespace Balcao
