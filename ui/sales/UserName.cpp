// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserName.h"

#include "staff/StaffService.h"

namespace Balcao {

QString userDisplayName(LocalStore &store, const Id &userId)
{
    if (userId.isNull())
        return {};
    StaffService staff(store);
    const auto users = staff.users();
    if (!users)
        return users.error().message;
    for (const UserAccount &user : *users) {
        if (user.id != userId)
            continue;
        if (!user.staffId.isNull()) {
            auto member = staff.findMember(user.staffId);
            if (!member && member.error().kind == Error::Kind::Storage)
                return member.error().message;
            if (member && !member->displayName.isEmpty())
                return member->displayName;
        }
        return user.login;
    }
    return {};
}

} // namespace Balcao
