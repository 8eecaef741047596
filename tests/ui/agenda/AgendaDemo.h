// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QDate>

namespace Balcao {

class LocalStore;

namespace Test {

// The demo salon (DemoSalon) on a fixed Wednesday, for the agenda and client
// page screenshots: the week of Monday 9 March 2026 booked with every status
// and months of history for one regular client. "Now" is Wednesday 11 March
// 2026, 10:40 in São Paulo: the store's clock must say so before seeding
// (kNowMsecs). The store must be initialised (BusinessSetup) first.
struct AgendaDemo
{
    static const qint64 kNowMsecs;

    explicit AgendaDemo(LocalStore &store);

    Id location;
    Id regularClient; // the one with a long history
    Id regularVisitToday; // her visit in progress
    QDate monday;
    int bookedThisWeek = 0;
};

} // namespace Test
} // namespace Balcao
