// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Id.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace Balcao {

class LocalStore;

struct Location
{
    Id id;
    QString name;
    QString timeZoneId; // IANA, e.g. "America/Sao_Paulo"
    QString address;
    QString phone;

    QTimeZone timeZone() const { return QTimeZone(timeZoneId.toUtf8()); }
    // Times are stored in UTC and shown in the location's zone.
    QDateTime toLocal(const QDateTime &utc) const { return utc.toTimeZone(timeZone()); }
    QDateTime toUtc(const QDate &date, const QTime &time) const
    {
        return QDateTime(date, time, timeZone()).toUTC();
    }
};

class LocationService
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::LocationService)
public:
    explicit LocationService(LocalStore &store);

    Result<Location> create(const QString &name, const QString &timeZoneId,
                            const QString &address = {}, const QString &phone = {});
    // Sets the given fields; empty optionals are left alone.
    Result<Location> update(const Id &id, const std::optional<QString> &name,
                            const std::optional<QString> &timeZoneId,
                            const std::optional<QString> &address = std::nullopt,
                            const std::optional<QString> &phone = std::nullopt);
    // A tombstone. Refused for the last location: a business needs one.
    Result<void> remove(const Id &id);
    Result<Location> find(const Id &id) const;
    // The time zone a document made at the location is shown in: the
    // system's while the location has not arrived by sync yet.
    Result<QTimeZone> timeZoneOf(const Id &id) const;
    QList<Location> list() const;
    // The first by name (where a terminal without a location of its own
    // works); nullopt before set-up.
    Result<std::optional<Location>> first() const;

    static Result<QString> checkTimeZone(const QString &timeZoneId);

private:
    LocalStore &m_store;
};

} // namespace Balcao
