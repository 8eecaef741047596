// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusinessSettings.h"

#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QSqlQuery>
#include <QUuid>

namespace Balcao {

namespace {

// Settings are keyed by name, but synced rows need UUID ids: derive a stable
// one from the name (UUIDv5-like) so every terminal writes the same row.
Id settingId(const QString &key)
{
    static const QUuid ns(QStringLiteral("{6f1d0c2e-2b5a-4c1e-9a0e-62a1c0b5a11c}"));
    return Id::nameBased(ns, key);
}

} // namespace

BusinessSettings::BusinessSettings(LocalStore &store)
    : m_store(store)
{ }

Result<QString> BusinessSettings::value(const QString &key, const QString &fallback) const
{
    QSqlQuery query(m_store.database().connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE id = ? AND deleted = 0"));
    query.addBindValue(settingId(key).toString());
    auto stored = firstValue(query);
    if (!stored)
        return stored.error();
    return stored->has_value() ? (*stored)->toString() : fallback;
}

Result<void> BusinessSettings::setValue(const QString &key, const QString &value)
{
    if (key.isEmpty())
        return Error::invalid(QStringLiteral("settings.noKey"), tr("A setting needs a name."));
    return m_store.transact([&]() -> Result<void> {
        auto written = m_store.writer().writeRecord(QStringLiteral("settings"), settingId(key),
                                                    { { QStringLiteral("name"), key },
                                                      { QStringLiteral("value"), value },
                                                      { QStringLiteral("deleted"), 0 } });
        if (!written)
            return written.error();
        return {};
    });
}

Result<void> BusinessSettings::remove(const QString &key)
{
    return m_store.transact([&]() -> Result<void> {
        QSqlQuery query(m_store.database().connection());
        query.prepare(QStringLiteral("SELECT 1 FROM settings WHERE id = ? AND deleted = 0"));
        query.addBindValue(settingId(key).toString());
        auto found = firstValue(query);
        if (!found)
            return found.error();
        if (!found->has_value())
            return {}; // nothing to remove
        query.finish();
        if (auto written
            = m_store.writer().deleteRecord(QStringLiteral("settings"), settingId(key));
            !written)
            return written.error();
        return {};
    });
}

Result<Currency> BusinessSettings::currency() const
{
    auto code = value(kCurrency, QStringLiteral("BRL"));
    if (!code)
        return code.error();
    return Currency::fromCode(*code);
}

} // namespace Balcao
