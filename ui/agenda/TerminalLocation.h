// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "locations/LocationService.h"

#include <optional>

namespace Balcao {

class LocalStore;

// The location whose agenda this terminal opens on: the one the device is
// registered at, else the business's first location; none before set-up.
std::optional<Location> terminalLocation(LocalStore &store);

} // namespace Balcao
