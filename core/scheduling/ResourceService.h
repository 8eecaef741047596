// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Id.h"

#include <QCoreApplication>

#include <optional>

namespace Balcao {

class LocalStore;

// A room, chair or table a service occupies. Services name the kind they
// need; bookings take a free resource of that kind at the location.
struct Resource
{
    Id id;
    Id locationId;
    QString name;
    QString kind;
    bool active = true;
};

class ResourceService
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ResourceService)
public:
    explicit ResourceService(LocalStore &store);

    Result<Resource> create(const Id &locationId, const QString &name, const QString &kind);
    Result<Resource> update(const Id &id, const std::optional<QString> &name,
                            const std::optional<QString> &kind, const std::optional<bool> &active);
    Result<void> remove(const Id &id);
    Result<Resource> find(const Id &id) const;
    // Live resources of a location, optionally only one kind, sorted by name.
    Result<QList<Resource>> inLocation(const Id &locationId, const QString &kind = {},
                                       bool activeOnly = true) const;
    // The same for the agenda's display (AgendaModel), which shows none when
    // the store cannot be read; bookings and availability use inLocation.
    QList<Resource> list(const Id &locationId, const QString &kind = {},
                         bool activeOnly = true) const;

private:
    LocalStore &m_store;
};

} // namespace Balcao
