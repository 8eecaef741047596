// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace Balcao {

// A flat table whose columns have translated titles, as every list of the
// app is. It answers what does not depend on what the rows are (the number
// of columns, the header, a change of language), so that a table says only
// how many rows it holds, what a cell shows and what a column is called.
class TitledTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The titles, and cells in words, are translated text: the views read
    // them again on this.
    void retranslate();

protected:
    TitledTableModel(int columnCount, QObject *parent);
    // For a table whose columns are known only once it has read them.
    void setColumnCount(int columnCount) { m_columnCount = columnCount; }

    virtual int rowsHeld() const = 0;
    virtual QString columnTitle(int column) const = 0;
    // How a column's title is aligned; none: the style's.
    virtual Qt::Alignment titleAlignment(int column) const;
    // A cell of this table: valid, at the top level.
    bool isCell(const QModelIndex &index) const;

private:
    int m_columnCount;
};

} // namespace Balcao
