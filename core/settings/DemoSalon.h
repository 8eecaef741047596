// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Id.h"

#include <QDate>

namespace Balcao {

class LocalStore;

// A small salon to try Balcão with (the first-run wizard's sample data,
// `scripts/run`, screenshots): three stylists with different hours, basins
// and a manicure table, a catalog of services, taxes, products with stock
// (one running low, one out), a cash drawer with its shift open, the demo
// clients (seedDemoClients), the current week booked with every status,
// months of history for one regular client, and today's finished visits
// charged at the counter.
//
// Deterministic for a given store clock: visits are laid out on the
// weekdays of the week the clock is in, and a visit's status follows the
// clock (a visit scripted as done that is still ahead is only confirmed),
// so the same "now" always gives the same business. No sign-in account is
// created. The store must be initialised (BusinessSetup) first; everything
// is written through the core services in one transaction.
struct DemoSalon
{
    static constexpr int kClients = 24;

    static Result<DemoSalon> seed(LocalStore &store);

    Id location;
    Id regularClient; // the one with a long history
    Id regularVisitToday; // her visit of the week's Wednesday
    QDate monday;
    int bookedThisWeek = 0;
    int salesToday = 0;
};

} // namespace Balcao
