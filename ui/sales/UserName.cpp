// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserName.h"

#include "staff/StaffService.h"

namespace Balcao {

QString userDisplayName(LocalStore &store, const Id &userId)
{
    if (userId.isNull())
        return {};
    StaffService staff(store);
    for (const UserAccount &user : staff.users()) {
        if (user.id != userId)
            continue;
        if (!user.staffId.isNull()) {
            if (auto member = staff.findMember(user.staffId);
                member && !member->displayName.isEmpty())
                return member->displayName;
        }
        return user.login;
    }
    return {};
}

} // namespace Balcao
