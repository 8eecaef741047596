// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QList>

#include <optional>

namespace Balcao {

// What a booking dialog starts with when it is opened from somewhere that
// already knows part of the answer: a slot of the agenda, a client's last
// visit ("Book again"), a service.
struct BookingPrefill
{
    Id clientId;
    QList<Id> serviceIds;
    Id staffId; // null: anyone
    std::optional<qint64> startsAtMsecs;
    // Look for the next free slot as soon as the dialog opens.
    bool findNextSlot = false;
};

} // namespace Balcao

Q_DECLARE_METATYPE(Balcao::BookingPrefill)
