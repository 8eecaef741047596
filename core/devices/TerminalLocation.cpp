// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalLocation.h"

#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QSqlQuery>

namespace Balcao {

TerminalLocation::TerminalLocation(LocalStore &store)
    : m_store(store)
{ }

Result<Location> TerminalLocation::current() const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT location_id FROM devices WHERE id = ? AND deleted = 0"));
    q.addBindValue(m_store.deviceId());
    auto registered = firstValue(q);
    if (!registered)
        return registered.error();
    LocationService locations(m_store);
    const Id at = Id::fromString(registered->value_or(QVariant()).toString());
    if (!at.isNull()) {
        auto location = locations.find(at);
        if (location || location.error().kind != Error::Kind::NotFound)
            return location;
    }
    auto first = locations.first();
    if (!first)
        return first.error();
    if (!*first)
        return Error::notFound(QStringLiteral("location.notFound"),
                               tr("The business has no location yet."));
    return **first;
}

Result<Location> TerminalLocation::resolve(const QString &chosenId) const
{
    if (chosenId.trimmed().isEmpty())
        return current();
    const Id id = Id::fromString(chosenId.trimmed());
    if (id.isNull())
        return Error::notFound(QStringLiteral("location.notFound"),
                               tr("\"%1\" is not a location id.").arg(chosenId));
    return LocationService(m_store).find(id);
}

} // namespace Balcao
