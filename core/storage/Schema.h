// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Balcao {

struct Migration;

// What sync knows about a table. Records are edited field by field and merge
// per column; ledgers are insert-only facts that merge by id.
struct TableSchema
{
    enum class Kind { Record, Ledger };
    QString name;
    Kind kind = Kind::Record;
    // The columns that are synced, without "id". For records this includes
    // "deleted", the tombstone, which merges like any other field.
    QStringList columns;

    bool hasColumn(const QString &column) const { return columns.contains(column); }
};

class Schema
{
public:
    static QList<Migration> migrations();
    // Every synced table, sorted by name (the canonical export order).
    static const QList<TableSchema> &syncedTables();
    static const TableSchema *table(const QString &name);
};

} // namespace Balcao
