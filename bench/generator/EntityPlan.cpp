// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityPlan.h"

#include "EntityGenerators.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace Balcao::Bench {

namespace {

// Scale 1 is a mid-sized chain after a few years of use (issue 2, item 10).
constexpr std::array<EntitySpec, 6> kPlan { {
    { "locations", 3, 1, &generateLocations, nullptr },
    { "staff", 30, 1, &generateStaff, nullptr },
    { "clients", 100'000, 1, &generateClients, nullptr },
    { "appointments", 1'000'000, 0, &generateAppointments, nullptr },
    { "products", 300, 10, &generateProducts, nullptr },
    { "sales", 300'000, 0, &generateSales, nullptr },
} };

} // namespace

std::span<const EntitySpec> entityPlan()
{
    return kPlan;
}

qint64 scaledCount(const EntitySpec &spec, double scale)
{
    const auto scaled
        = static_cast<qint64>(std::llround(static_cast<double>(spec.countAtScale1) * scale));
    return std::max(spec.minimum, scaled);
}

} // namespace Balcao::Bench
