// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Service.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace Balcao {

class LocalStore;

// The services a business books and their categories. Every write goes
// through the store's ChangeWriter; who may perform a service is one synced
// row per (service, staff member), so two terminals granting the same pair
// write the same row.
class ServiceCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ServiceCatalog)
public:
    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxDurationMinutes = 24 * 60;
    static constexpr int kMaxBufferMinutes = 4 * 60;

    explicit ServiceCatalog(LocalStore &store);

    Result<ServiceCategory> addCategory(const QString &name, int position = 0);
    Result<ServiceCategory> renameCategory(const Id &id, const QString &name);
    // Refused while live services are in it: they would lose their place.
    Result<void> removeCategory(const Id &id);
    Result<QList<ServiceCategory>> categories() const;

    Result<Service> create(const ServiceDraft &draft);
    Result<Service> update(const Id &id, const ServiceDraft &draft);
    Result<void> remove(const Id &id);
    Result<Service> find(const Id &id, bool includeDeleted = false) const;
    // Sorted by category position, category name, then name.
    Result<QList<Service>> list(bool activeOnly = true) const;
    // Finds by id or, failing that, by exact name (any case): for the CLI.
    Result<Service> findByIdOrName(const QString &text) const;

    static Id serviceStaffId(const Id &serviceId, const Id &staffId);

private:
    Result<QVariantMap> validatedFields(const ServiceDraft &draft, bool creating) const;
    Result<void> writeStaff(const Id &serviceId, const QList<Id> &staffIds);
    Result<QList<Id>> staffFor(const Id &serviceId) const;
    LocalStore &m_store;
};

} // namespace Balcao
