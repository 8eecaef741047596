// SPDX-License-Identifier: GPL-3.0-or-later
#include "Batches.h"
#include "EntityGenerators.h"
#include "PersonFactory.h"
#include "Random.h"
#include "clients/ClientService.h"

namespace Balcao::Bench {

// Clients as the front desk registers them, one every few minutes of
// simulated time (scale 1 spans about two years).
Result<qint64> generateClients(GenerationContext &context, qint64 count)
{
    PersonFactory people(context.seed, "clients");
    Random random(context.seed, "clients-time");
    ClientService clients(context.store);
    context.clientIds.reserve(context.clientIds.size() + count);
    return inBatches(context, QStringLiteral("clients"), count, [&](qint64) -> Result<void> {
        const Person person = people.client();
        auto client
            = clients.create(ClientDraft { person.name, person.phone, person.email, person.notes });
        if (!client)
            return client.error();
        context.clientIds << client->id;
        context.clock.advance(random.between(60, 20 * 60) * 1000);
        return {};
    });
}

} // namespace Balcao::Bench
