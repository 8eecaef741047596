// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalMeta.h"

#include "LocalStore.h"
#include "QueryError.h"

#include <QSqlQuery>

namespace Balcao {

LocalMeta::LocalMeta(LocalStore &store)
    : m_store(store)
{ }

QString LocalMeta::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT value FROM local_meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : fallback;
}

Result<void> LocalMeta::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("INSERT INTO local_meta (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return execQuery(q);
}

Result<void> LocalMeta::remove(const QString &key)
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("DELETE FROM local_meta WHERE key = ?"));
    q.addBindValue(key);
    return execQuery(q);
}

} // namespace Balcao
