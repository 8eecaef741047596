// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataGenerator.h"

#include "EntityGenerators.h"
#include "EntityPlan.h"
#include "SeededIdSource.h"
#include "settings/BusinessSetup.h"
#include "storage/LocalStore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

namespace Balcao::Bench {

qint64 GenerationOutcome::entitiesGenerated() const
{
    qint64 total = 0;
    for (const EntityOutcome &entity : entities)
        total += entity.generated;
    return total;
}

DataGenerator::DataGenerator(GeneratorOptions options)
    : m_options(options)
{ }

Result<GenerationOutcome> DataGenerator::generate(const QString &path, const DatabaseKey &key,
                                                  const ProgressSink &progress) const
{
    if (QFileInfo::exists(path))
        return Error::conflict(
            QStringLiteral("bench.exists"),
            QStringLiteral("%1 already exists; the generator only writes new databases.")
                .arg(path));
    if (!(m_options.scale > 0))
        return Error::invalid(QStringLiteral("bench.scale"),
                              QStringLiteral("The scale must be positive."));

    QElapsedTimer total;
    total.start();
    SimulatedClock clock(kStartMsecs);
    // Installed before the store opens: the device id is the first id made.
    SeededIdSource ids(m_options.seed, clock);
    ScopedIdSource idScope(ids);

    LocalStore::Options storeOptions;
    storeOptions.clock = &clock;
    auto store = LocalStore::open(path, key, storeOptions);
    if (!store)
        return store.error();

    BusinessProfile profile;
    profile.businessName = QString::fromUtf8("Salão Bela Vista");
    profile.locationName = firstLocationName();
    profile.timeZoneId = firstLocationTimeZone();
    profile.deviceName = QStringLiteral("Caixa 1"); // not the host name, which differs per machine
    auto setup = BusinessSetup(**store).initialise(profile);
    if (!setup)
        return setup.error();

    GenerationContext context {
        **store, clock, m_options.seed, m_options.batchSize, progress, {}, {}, {}, {}, {}, {}
    };
    context.locationIds << setup->locationId;

    GenerationOutcome outcome;
    const QLocale c = QLocale::c();
    for (const EntitySpec &spec : entityPlan()) {
        EntityOutcome entity;
        entity.name = QString::fromLatin1(spec.name);
        entity.countAtScale1 = spec.countAtScale1;
        entity.planned = scaledCount(spec, m_options.scale);
        if (!spec.generate) {
            entity.pendingNote = QString::fromLatin1(spec.pendingNote);
            context.report(QStringLiteral("%1: %2 at this scale, %3")
                               .arg(entity.name, c.toString(entity.planned), entity.pendingNote));
            outcome.entities << entity;
            continue;
        }
        QElapsedTimer timer;
        timer.start();
        auto made = spec.generate(context, entity.planned);
        if (!made)
            return made.error();
        entity.generated = *made;
        entity.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        outcome.entities << entity;
    }
    store->reset(); // closing checkpoints the WAL: part of the work
    outcome.seconds = static_cast<double>(total.nsecsElapsed()) / 1e9;
    return outcome;
}

} // namespace Balcao::Bench
