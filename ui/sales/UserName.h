// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QString>

namespace Balcao {

class LocalStore;

// How a signed-in user is named on screen: their staff member's name when
// the account has one, else the login; empty for an unknown id. When the
// store cannot be read, the error's message stands in for the name.
QString userDisplayName(LocalStore &store, const Id &userId);

} // namespace Balcao
