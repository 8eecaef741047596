// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalLocation.h"

#include "devices/DeviceRegistry.h"
#include "storage/LocalStore.h"

namespace Balcao {

std::optional<Location> terminalLocation(LocalStore &store)
{
    const QList<Location> locations = LocationService(store).list();
    if (locations.isEmpty())
        return std::nullopt;
    for (const Device &device : DeviceRegistry(store).list()) {
        if (device.id.toString() != store.deviceId())
            continue;
        for (const Location &location : locations) {
            if (location.id == device.locationId)
                return location;
        }
    }
    return locations.first();
}

} // namespace Balcao
