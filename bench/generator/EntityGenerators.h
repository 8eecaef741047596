// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GenerationContext.h"
#include "common/Error.h"

namespace Balcao::Bench {

// One function per entity, each in its own file. They write only through the
// core services, so every row gets its column versions and change-log entry
// exactly as in real use.
Result<qint64> generateLocations(GenerationContext &context, qint64 count);
Result<qint64> generateStaff(GenerationContext &context, qint64 count);
Result<qint64> generateClients(GenerationContext &context, qint64 count);
Result<qint64> generateAppointments(GenerationContext &context, qint64 count);
Result<qint64> generateProducts(GenerationContext &context, qint64 count);
Result<qint64> generateSales(GenerationContext &context, qint64 count);

// The business setup makes the first location; generateLocations the rest.
QString firstLocationName();
QString firstLocationTimeZone();

} // namespace Balcao::Bench
