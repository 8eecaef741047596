// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusinessSetup.h"

#include "BusinessSettings.h"
#include "audit/AuditTrail.h"
#include "common/Money.h"
#include "devices/DeviceRegistry.h"
#include "locations/LocationService.h"
#include "staff/StaffService.h"
#include "storage/LocalStore.h"

#include <QLocale>

namespace Balcao {

BusinessSetup::BusinessSetup(LocalStore &store)
    : m_store(store)
{ }

Result<SetupResult> BusinessSetup::initialise(const BusinessProfile &profile)
{
    const auto initialised = m_store.isInitialised();
    if (!initialised)
        return initialised.error();
    if (*initialised)
        return Error::conflict(QStringLiteral("setup.alreadyDone"),
                               tr("This database already holds a business."));
    const QString name = profile.businessName.simplified();
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("setup.nameRequired"),
                              tr("The business needs a name."));
    auto currency = Currency::fromCode(profile.currencyCode);
    if (!currency)
        return currency.error();
    if (auto zone = LocationService::checkTimeZone(profile.timeZoneId); !zone)
        return zone.error();
    const bool withAdmin = !profile.adminLogin.isEmpty() || !profile.adminPassword.isEmpty();

    return m_store.transact([&]() -> Result<SetupResult> {
        SetupResult out;
        BusinessSettings settings(m_store);
        for (const auto &[key, value] :
             { std::pair { BusinessSettings::kBusinessName, name },
               std::pair { BusinessSettings::kCurrency, currency->code() },
               std::pair { BusinessSettings::kLocale, QLocale(profile.locale).name() } }) {
            if (auto set = settings.setValue(key, value); !set)
                return set.error();
        }
        auto location = LocationService(m_store).create(
            profile.locationName.simplified().isEmpty() ? name : profile.locationName,
            profile.timeZoneId);
        if (!location)
            return location.error();
        out.locationId = location->id;
        auto device = DeviceRegistry(m_store).registerThisDevice(profile.deviceName, location->id);
        if (!device)
            return device.error();
        out.deviceId = device->id;
        if (withAdmin) {
            StaffService staff(m_store);
            auto member = staff.addMember(
                profile.adminName.simplified().isEmpty() ? profile.adminLogin : profile.adminName,
                location->id);
            if (!member)
                return member.error();
            auto user
                = staff.addUser(member->id, profile.adminLogin, profile.adminPassword, Role::Admin);
            if (!user)
                return user.error();
            out.adminUserId = user->id;
        }
        auto audited = AuditTrail(m_store).record(QStringLiteral("business.initialised"),
                                                  QStringLiteral("settings"), {},
                                                  QJsonObject { { QStringLiteral("name"), name } });
        if (!audited)
            return audited.error();
        return out;
    });
}

} // namespace Balcao
