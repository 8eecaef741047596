// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GenerationContext.h"
#include "common/Error.h"

#include <QString>

#include <span>

namespace Balcao::Bench {

// Makes `count` entities of one kind through the service layer and returns
// how many it made.
using EntityGenerator = Result<qint64> (*)(GenerationContext &context, qint64 count);

// One row of the plan: an entity, how many of it scale 1 makes, and the
// function that makes it. Entities whose issue has not landed yet have no
// generator; their issue adds it here.
struct EntitySpec
{
    const char *name; // also the key in the benchmark's JSON
    qint64 countAtScale1;
    qint64 minimum; // a business needs at least one location, etc.
    EntityGenerator generate;
    const char *pendingNote; // why there is no generator yet
};

// The plan, in generation order (later entities refer to earlier ones).
std::span<const EntitySpec> entityPlan();

// countAtScale1 * scale, rounded, and never below the entity's minimum.
qint64 scaledCount(const EntitySpec &spec, double scale);

} // namespace Balcao::Bench
