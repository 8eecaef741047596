// SPDX-License-Identifier: GPL-3.0-or-later
#include "Batches.h"
#include "EntityGenerators.h"
#include "PersonFactory.h"
#include "Random.h"
#include "staff/StaffService.h"

namespace Balcao::Bench {

// Staff members spread over the locations in turn. No sign-in accounts: a
// password hash carries a random salt, which would make two generated
// databases differ.
Result<qint64> generateStaff(GenerationContext &context, qint64 count)
{
    if (context.locationIds.isEmpty())
        return Error::invalid(QStringLiteral("bench.noLocation"),
                              QStringLiteral("Staff need a location."));
    PersonFactory people(context.seed, "staff");
    Random random(context.seed, "staff-time");
    StaffService staff(context.store);
    return inBatches(context, QStringLiteral("staff"), count, [&](qint64 i) -> Result<void> {
        const Person person = people.staffMember(QStringLiteral("belavista.com.br"));
        const Id location
            = context.locationIds.at(static_cast<qsizetype>(i % context.locationIds.size()));
        auto member = staff.addMember(person.name, location, person.email, person.phone);
        if (!member)
            return member.error();
        context.staffIds << member->id;
        context.clock.advance(random.between(60, 3600) * 1000);
        return {};
    });
}

} // namespace Balcao::Bench
