// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalMeta.h"

#include "LocalStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Balcao {

namespace {

Error readFailed(const QString &key, const QSqlQuery &query)
{
    return Error::storage(QStringLiteral("storage.localMetaReadFailed"),
                          LocalMeta::tr("Could not read this terminal's own setting %1: %2")
                              .arg(key, query.lastError().text()));
}

Error writeFailed(const QString &key, const QSqlQuery &query)
{
    return Error::storage(QStringLiteral("storage.localMetaWriteFailed"),
                          LocalMeta::tr("Could not save this terminal's own setting %1: %2")
                              .arg(key, query.lastError().text()));
}

} // namespace

LocalMeta::LocalMeta(LocalStore &store)
    : m_store(store)
{ }

Result<std::optional<QString>> LocalMeta::read(const QString &key) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT value FROM local_meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return readFailed(key, q);
    if (!q.next()) {
        // next() is also false when stepping fails (a corrupt page, an I/O
        // error): only a clean end of the rows means "no value".
        if (q.lastError().isValid())
            return readFailed(key, q);
        return std::optional<QString>();
    }
    return std::optional<QString>(q.value(0).toString());
}

Result<QString> LocalMeta::valueOr(const QString &key, const QString &fallback) const
{
    auto kept = read(key);
    if (!kept)
        return kept.error();
    return kept->value_or(fallback);
}

Result<void> LocalMeta::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("INSERT INTO local_meta (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return writeFailed(key, q);
    return {};
}

Result<void> LocalMeta::raise(const QString &key, qint64 number)
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("INSERT INTO local_meta (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                             " WHERE CAST(excluded.value AS INTEGER) > CAST(value AS INTEGER)"));
    q.addBindValue(key);
    q.addBindValue(QString::number(number));
    if (!q.exec())
        return writeFailed(key, q);
    return {};
}

Result<void> LocalMeta::remove(const QString &key)
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("DELETE FROM local_meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return writeFailed(key, q);
    return {};
}

} // namespace Balcao
