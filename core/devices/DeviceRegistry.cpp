// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceRegistry.h"

#include "storage/LocalStore.h"

#include <QSqlQuery>
#include <QSysInfo>

namespace Balcao {

DeviceRegistry::DeviceRegistry(LocalStore &store)
    : m_store(store)
{
}

Result<Device> DeviceRegistry::registerThisDevice(const QString &name, const Id &locationId)
{
    const QString cleanName = name.simplified().isEmpty() ? QSysInfo::machineHostName() : name.simplified();
    const Id id = Id::fromString(m_store.deviceId());
    const QString platform = QSysInfo::prettyProductName();
    return m_store.transact([&]() -> Result<Device> {
        auto written = m_store.writer().writeRecord(
            QStringLiteral("devices"), id,
            {{QStringLiteral("name"), cleanName},
             {QStringLiteral("location_id"), locationId.isNull() ? QVariant() : QVariant(locationId.toString())},
             {QStringLiteral("platform"), platform},
             {QStringLiteral("deleted"), 0}});
        if (!written)
            return written.error();
        return Device{id, cleanName, locationId, platform};
    });
}

QList<Device> DeviceRegistry::list() const
{
    QList<Device> out;
    QSqlQuery query(m_store.database().connection());
    if (query.exec(QStringLiteral("SELECT id, name, location_id, platform FROM devices WHERE deleted = 0 ORDER BY name, id"))) {
        while (query.next())
            out << Device{Id::fromString(query.value(0).toString()), query.value(1).toString(),
                          Id::fromString(query.value(2).toString()), query.value(3).toString()};
    }
    return out;
}

} // namespace Balcao
