// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "shell/TitledTableModel.h"

#include <QHash>

namespace Balcao {

class CartEditor;
class LocalStore;

// The cart as a table: what, who performed it, how many, the unit price, the
// line's own discount and what the line comes to after it. Amounts are core's
// (the editor's review); the quantity is editable, and an edit goes through
// the editor, so it is undoable and checked like any other.
class CartModel : public TitledTableModel
{
    Q_OBJECT
public:
    enum Column {
        ItemColumn,
        StaffColumn,
        QuantityColumn,
        PriceColumn,
        DiscountColumn,
        TotalColumn,
        ColumnCount
    };

    CartModel(LocalStore &store, CartEditor *editor, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QString staffName(const Id &staffId) const { return m_staffNames.value(staffId); }

signals:
    // An edit core refused, with its reason.
    void editRefused(const QString &message);

private:
    int rowsHeld() const override { return m_rows; }
    QString columnTitle(int column) const override;
    Qt::Alignment titleAlignment(int column) const override;

    void cartChanged();
    void loadStaffNames();

    LocalStore &m_store;
    CartEditor *m_editor = nullptr;
    int m_rows = 0;
    QHash<Id, QString> m_staffNames;
};

} // namespace Balcao
