// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflicts/Conflict.h"

#include <QAbstractListModel>

namespace Balcao {

class LocalStore;

// The open conflicts of the inbox, one row each, titled in words.
class ConflictListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ConflictListModel(LocalStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const Conflict &conflictAt(int row) const { return m_conflicts.at(row); }
    int rowOf(const Id &id) const;

public slots:
    void reload();

private:
    LocalStore &m_store;
    QList<Conflict> m_conflicts;
};

} // namespace Balcao
