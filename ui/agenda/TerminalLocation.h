// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "devices/TerminalLocation.h"

namespace Balcao {

// The location whose agenda, checkout, history and products this terminal
// opens on: core's TerminalLocation, the same answer balcaoctl gives.
inline Result<Location> terminalLocation(LocalStore &store)
{
    return TerminalLocation(store).current();
}

} // namespace Balcao
