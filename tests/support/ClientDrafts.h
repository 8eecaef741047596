// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clients/Client.h"

namespace Balcao::Test {

// A client as the form fills it: a name, and a phone and an e-mail where
// given (an empty one is left out of the draft, not cleared).
inline ClientDraft clientDraft(const QString &name, const QString &phone = {},
                               const QString &email = {})
{
    ClientDraft d;
    d.name = name;
    if (!phone.isEmpty())
        d.phone = phone;
    if (!email.isEmpty())
        d.email = email;
    return d;
}

} // namespace Balcao::Test
