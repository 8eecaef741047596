// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictListModel.h"

#include "ConflictWording.h"
#include "conflicts/ConflictInbox.h"

namespace Balcao {

ConflictListModel::ConflictListModel(LocalStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    reload();
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_conflicts.size());
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conflict &conflict = m_conflicts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return ConflictWording::title(conflict);
    case Qt::ToolTipRole:
        return ConflictWording::details(conflict);
    case IdRole:
        return conflict.id.toString();
    default:
        return {};
    }
}

int ConflictListModel::rowOf(const Id &id) const
{
    for (int row = 0; row < m_conflicts.size(); ++row) {
        if (m_conflicts.at(row).id == id)
            return row;
    }
    return -1;
}

void ConflictListModel::reload()
{
    // A reset rather than a diff: the inbox holds a handful of rows.
    beginResetModel();
    m_conflicts = ConflictInbox(m_store).open();
    endResetModel();
}

} // namespace Balcao
