// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QDate>

namespace Balcao {

class LocalStore;

namespace Test {

// A realistic week at a small salon, for the agenda and client page
// screenshots: three stylists with different hours, a catalog, basins and a
// manicure table, the demo clients (seedDemoClients) and the week of Monday
// 9 March 2026 booked with every status, plus months of history for one
// regular client. "Now" is Wednesday 11 March 2026, 10:40 in São Paulo: the
// store's clock must say so before seeding (kNowMsecs).
// The store must be initialised (BusinessSetup) first. Everything is written
// through the core services; a booking with a warning stops the seeding.
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
