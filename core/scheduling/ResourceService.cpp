// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceService.h"

#include "locations/LocationService.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QSqlQuery>

namespace Balcao {

namespace {

const QString kTable = QStringLiteral("resources");

Result<QString> cleanName(const QString &name)
{
    const QString cleaned = name.simplified();
    if (cleaned.isEmpty() || cleaned.size() > 200)
        return Error::invalid(
            QStringLiteral("resource.nameRequired"),
            ResourceService::tr("A resource needs a name of 1 to 200 characters."));
    return cleaned;
}

Result<QString> cleanKind(const QString &kind)
{
    const QString cleaned = kind.simplified().toLower();
    if (cleaned.isEmpty() || cleaned.size() > 100)
        return Error::invalid(
            QStringLiteral("resource.kindRequired"),
            ResourceService::tr("A resource needs a kind (room, chair, table...)."));
    return cleaned;
}

} // namespace

ResourceService::ResourceService(LocalStore &store)
    : m_store(store)
{ }

Result<Resource> ResourceService::create(const Id &locationId, const QString &name,
                                         const QString &kind)
{
    auto n = cleanName(name);
    if (!n)
        return n.error();
    auto k = cleanKind(kind);
    if (!k)
        return k.error();
    if (auto location = LocationService(m_store).find(locationId); !location)
        return location.error();
    const Id id = Id::generate(m_store.clock());
    auto written = m_store.transact([&] {
        return m_store.writer().writeRecord(
            kTable, id,
            { { QStringLiteral("location_id"), locationId.toString() },
              { QStringLiteral("name"), *n },
              { QStringLiteral("kind"), *k },
              { QStringLiteral("active"), 1 },
              { QStringLiteral("deleted"), 0 } });
    });
    if (!written)
        return written.error();
    return Resource { id, locationId, *n, *k, true };
}

Result<Resource> ResourceService::update(const Id &id, const std::optional<QString> &name,
                                         const std::optional<QString> &kind,
                                         const std::optional<bool> &active)
{
    QVariantMap fields;
    if (name) {
        auto n = cleanName(*name);
        if (!n)
            return n.error();
        fields.insert(QStringLiteral("name"), *n);
    }
    if (kind) {
        auto k = cleanKind(*kind);
        if (!k)
            return k.error();
        fields.insert(QStringLiteral("kind"), *k);
    }
    if (active)
        fields.insert(QStringLiteral("active"), *active ? 1 : 0);
    return m_store.transact([&]() -> Result<Resource> {
        if (auto existing = find(id); !existing)
            return existing.error();
        if (auto w = m_store.writer().writeRecord(kTable, id, fields); !w)
            return w.error();
        return find(id);
    });
}

Result<void> ResourceService::remove(const Id &id)
{
    return m_store.transact([&]() -> Result<void> {
        if (auto existing = find(id); !existing)
            return existing.error();
        if (auto d = m_store.writer().deleteRecord(kTable, id); !d)
            return d.error();
        return {};
    });
}

Result<Resource> ResourceService::find(const Id &id) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT location_id, name, kind, active FROM resources WHERE id = ?"
                             " AND deleted = 0"));
    q.addBindValue(id.toString());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    if (!q.next())
        return Error::notFound(QStringLiteral("resource.notFound"),
                               tr("There is no resource with id %1.").arg(id.toString()));
    return Resource { id, Id::fromString(q.value(0).toString()), q.value(1).toString(),
                      q.value(2).toString(), q.value(3).toInt() != 0 };
}

QList<Resource> ResourceService::list(const Id &locationId, const QString &kind,
                                      bool activeOnly) const
{
    auto found = inLocation(locationId, kind, activeOnly);
    return found ? *found : QList<Resource> {};
}

Result<QList<Resource>> ResourceService::inLocation(const Id &locationId, const QString &kind,
                                                    bool activeOnly) const
{
    QList<Resource> out;
    QSqlQuery q(m_store.database().connection());
    QString sql = QStringLiteral("SELECT id, name, kind, active FROM resources WHERE deleted = 0"
                                 " AND location_id = ?");
    if (!kind.isEmpty())
        sql += QStringLiteral(" AND kind = ?");
    if (activeOnly)
        sql += QStringLiteral(" AND active = 1");
    sql += QStringLiteral(" ORDER BY name COLLATE NOCASE, id");
    q.prepare(sql);
    q.addBindValue(locationId.toString());
    if (!kind.isEmpty())
        q.addBindValue(kind.simplified().toLower());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next())
        out << Resource { Id::fromString(q.value(0).toString()), locationId, q.value(1).toString(),
                          q.value(2).toString(), q.value(3).toInt() != 0 };
    return out;
}

} // namespace Balcao
