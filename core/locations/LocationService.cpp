// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocationService.h"

#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QSqlQuery>

namespace Balcao {

namespace {

Location locationFrom(const QSqlQuery &query)
{
    return Location { Id::fromString(query.value(0).toString()), query.value(1).toString(),
                      query.value(2).toString(), query.value(3).toString(),
                      query.value(4).toString() };
}

} // namespace

LocationService::LocationService(LocalStore &store)
    : m_store(store)
{ }

Result<QString> LocationService::checkTimeZone(const QString &timeZoneId)
{
    const QByteArray id = timeZoneId.trimmed().toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
        return Error::invalid(
            QStringLiteral("location.timeZoneInvalid"),
            tr("\"%1\" is not a known time zone. Use an IANA name such as America/Sao_Paulo.")
                .arg(timeZoneId));
    return QString::fromUtf8(id);
}

Result<Location> LocationService::create(const QString &name, const QString &timeZoneId,
                                         const QString &address, const QString &phone)
{
    const QString cleanName = name.simplified();
    if (cleanName.isEmpty())
        return Error::invalid(QStringLiteral("location.nameRequired"),
                              tr("The location needs a name."));
    auto zone = checkTimeZone(timeZoneId);
    if (!zone)
        return zone.error();
    const Id id = Id::generate(m_store.clock());
    return m_store.transact([&]() -> Result<Location> {
        auto written = m_store.writer().writeRecord(
            QStringLiteral("locations"), id,
            { { QStringLiteral("name"), cleanName },
              { QStringLiteral("time_zone"), *zone },
              { QStringLiteral("address"), textOrNull(address.trimmed()) },
              { QStringLiteral("phone"), textOrNull(phone.trimmed()) },
              { QStringLiteral("deleted"), 0 } });
        if (!written)
            return written.error();
        return find(id);
    });
}

Result<Location> LocationService::update(const Id &id, const std::optional<QString> &name,
                                         const std::optional<QString> &timeZoneId,
                                         const std::optional<QString> &address,
                                         const std::optional<QString> &phone)
{
    QVariantMap fields;
    if (name) {
        const QString cleanName = name->simplified();
        if (cleanName.isEmpty())
            return Error::invalid(QStringLiteral("location.nameRequired"),
                                  tr("The location needs a name."));
        fields.insert(QStringLiteral("name"), cleanName);
    }
    if (timeZoneId) {
        auto zone = checkTimeZone(*timeZoneId);
        if (!zone)
            return zone.error();
        fields.insert(QStringLiteral("time_zone"), *zone);
    }
    if (address)
        fields.insert(QStringLiteral("address"), textOrNull(address->trimmed()));
    if (phone)
        fields.insert(QStringLiteral("phone"), textOrNull(phone->trimmed()));
    return m_store.transact([&]() -> Result<Location> {
        if (auto existing = find(id); !existing)
            return existing.error();
        if (auto written = m_store.writer().writeRecord(QStringLiteral("locations"), id, fields);
            !written)
            return written.error();
        return find(id);
    });
}

Result<void> LocationService::remove(const Id &id)
{
    return m_store.transact([&]() -> Result<void> {
        if (auto existing = find(id); !existing)
            return existing.error();
        if (list().size() <= 1)
            return Error::conflict(QStringLiteral("location.last"),
                                   tr("The business needs at least one location."));
        if (auto written = m_store.writer().deleteRecord(QStringLiteral("locations"), id); !written)
            return written.error();
        return {};
    });
}

Result<QTimeZone> LocationService::timeZoneOf(const Id &id) const
{
    auto location = find(id);
    if (location)
        return location->timeZone();
    if (location.error().kind == Error::Kind::NotFound)
        return QTimeZone::systemTimeZone();
    return location.error();
}

Result<Location> LocationService::find(const Id &id) const
{
    QSqlQuery query(m_store.database().connection());
    query.prepare(QStringLiteral(
        "SELECT id, name, time_zone, address, phone FROM locations WHERE id = ? AND deleted = 0"));
    query.addBindValue(id.toString());
    if (auto ran = execQuery(query); !ran)
        return ran.error();
    if (!query.next())
        return Error::notFound(QStringLiteral("location.notFound"),
                               tr("There is no location with id %1.").arg(id.toString()));
    return locationFrom(query);
}

Result<std::optional<Location>> LocationService::first() const
{
    QSqlQuery query(m_store.database().connection());
    query.prepare(QStringLiteral("SELECT id, name, time_zone, address, phone FROM locations WHERE"
                                 " deleted = 0 ORDER BY name COLLATE NOCASE, id LIMIT 1"));
    if (auto ran = execQuery(query); !ran)
        return ran.error();
    if (!query.next())
        return std::optional<Location>();
    return std::optional<Location>(locationFrom(query));
}

QList<Location> LocationService::list() const
{
    QList<Location> out;
    QSqlQuery query(m_store.database().connection());
    if (query.exec(QStringLiteral("SELECT id, name, time_zone, address, phone FROM locations WHERE "
                                  "deleted = 0 ORDER BY name COLLATE NOCASE, id"))) {
        while (query.next())
            out << locationFrom(query);
    }
    return out;
}

} // namespace Balcao
