// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceRegistry.h"

#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QSqlQuery>
#include <QSysInfo>

#include <algorithm>

namespace Balcao {

DeviceRegistry::DeviceRegistry(LocalStore &store)
    : m_store(store)
{ }

Result<Device> DeviceRegistry::registerThisDevice(const QString &name, const Id &locationId)
{
    const QString cleanName
        = name.simplified().isEmpty() ? QSysInfo::machineHostName() : name.simplified();
    const Id id = Id::fromString(m_store.deviceId());
    const QString platform = QSysInfo::prettyProductName();
    return m_store.transact([&]() -> Result<Device> {
        auto written = m_store.writer().writeRecord(
            QStringLiteral("devices"), id,
            { { QStringLiteral("name"), cleanName },
              { QStringLiteral("location_id"), idOrNull(locationId) },
              { QStringLiteral("platform"), platform },
              { QStringLiteral("deleted"), 0 } });
        if (!written)
            return written.error();
        return Device { id, cleanName, locationId, platform };
    });
}

Result<Device> DeviceRegistry::rename(const Id &id, const QString &name)
{
    const QString cleanName = name.simplified();
    if (cleanName.isEmpty())
        return Error::invalid(QStringLiteral("device.nameRequired"),
                              tr("The device needs a name."));
    return m_store.transact([&]() -> Result<Device> {
        const auto all = list();
        if (!all)
            return all.error();
        const auto it
            = std::find_if(all->cbegin(), all->cend(), [&](const Device &d) { return d.id == id; });
        if (it == all->cend())
            return Error::notFound(QStringLiteral("device.notFound"),
                                   tr("There is no device with id %1.").arg(id.toString()));
        if (auto written = m_store.writer().writeRecord(QStringLiteral("devices"), id,
                                                        { { QStringLiteral("name"), cleanName } });
            !written)
            return written.error();
        Device renamed = *it;
        renamed.name = cleanName;
        return renamed;
    });
}

Result<void> DeviceRegistry::retire(const Id &id)
{
    if (id.toString() == m_store.deviceId())
        return Error::conflict(QStringLiteral("device.self"),
                               tr("A terminal cannot retire itself; do it from another one."));
    return m_store.transact([&]() -> Result<void> {
        const auto all = list();
        if (!all)
            return all.error();
        if (std::none_of(all->cbegin(), all->cend(), [&](const Device &d) { return d.id == id; }))
            return Error::notFound(QStringLiteral("device.notFound"),
                                   tr("There is no device with id %1.").arg(id.toString()));
        if (auto written = m_store.writer().deleteRecord(QStringLiteral("devices"), id); !written)
            return written.error();
        return {};
    });
}

Result<QList<Device>> DeviceRegistry::list() const
{
    QList<Device> out;
    QSqlQuery query(m_store.database().connection());
    query.prepare(QStringLiteral("SELECT id, name, location_id, platform FROM devices WHERE "
                                 "deleted = 0 ORDER BY name, id"));
    if (auto ran = execQuery(query); !ran)
        return ran.error();
    while (query.next())
        out << Device { Id::fromString(query.value(0).toString()), query.value(1).toString(),
                        Id::fromString(query.value(2).toString()), query.value(3).toString() };
    return out;
}

} // namespace Balcao
