// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/LocalStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Balcao::Test {

// A real storage fault on the real encrypted store: the table is renamed
// away for as long as this lives (every read of it then fails as a missing
// table does), and put back afterwards. No mock: the services under test
// run their own queries against SQLCipher and see SQLite's own error.
class BrokenTable
{
public:
    BrokenTable(LocalStore &store, const QString &table)
        : m_store(store)
        , m_table(table)
    {
        m_broken = rename(m_table, hidden());
    }
    ~BrokenTable()
    {
        if (m_broken)
            rename(hidden(), m_table);
    }
    BrokenTable(const BrokenTable &) = delete;
    BrokenTable &operator=(const BrokenTable &) = delete;

    bool isBroken() const { return m_broken; }

private:
    QString hidden() const { return m_table + QStringLiteral("_unreadable"); }
    bool rename(const QString &from, const QString &to)
    {
        QSqlQuery q(m_store.database().connection());
        if (q.exec(QStringLiteral("ALTER TABLE \"%1\" RENAME TO \"%2\"").arg(from, to)))
            return true;
        qWarning("BrokenTable: %s", qPrintable(q.lastError().text()));
        return false;
    }

    LocalStore &m_store;
    QString m_table;
    bool m_broken = false;
};

} // namespace Balcao::Test
