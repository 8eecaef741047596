// SPDX-License-Identifier: GPL-3.0-or-later
#include "Batches.h"
#include "EntityGenerators.h"
#include "Random.h"
#include "locations/LocationService.h"

#include <QStringList>

namespace Balcao::Bench {

namespace {

struct Site
{
    const char *name;
    const char *timeZone;
    const char *street;
    const char *areaCode;
};

// Where a Brazilian chain opens: mostly São Paulo time, some other zones so
// that per-location time zones are exercised.
constexpr Site kSites[] = {
    { "Pinheiros", "America/Sao_Paulo", "Rua dos Pinheiros", "11" },
    { "Campinas Cambuí", "America/Sao_Paulo", "Rua Coronel Quirino", "19" },
    { "Recife Boa Viagem", "America/Recife", "Avenida Conselheiro Aguiar", "81" },
    { "Moema", "America/Sao_Paulo", "Avenida Ibirapuera", "11" },
    { "Curitiba Batel", "America/Sao_Paulo", "Avenida do Batel", "41" },
    { "Salvador Barra", "America/Bahia", "Avenida Oceânica", "71" },
    { "Manaus Adrianópolis", "America/Manaus", "Rua Rio Javari", "92" },
    { "Fortaleza Meireles", "America/Fortaleza", "Avenida Beira Mar", "85" },
};
constexpr qsizetype kSiteCount = sizeof(kSites) / sizeof(kSites[0]);

} // namespace

// The business setup already made the first location; this tops up to `count`.
Result<qint64> generateLocations(GenerationContext &context, qint64 count)
{
    Random random(context.seed, "locations");
    LocationService locations(context.store);
    const qint64 existing = context.locationIds.size();
    auto made = inBatches(
        context, QStringLiteral("locations"), count - existing, [&](qint64 i) -> Result<void> {
            const qint64 index = existing + i;
            const Site &site = kSites[index % kSiteCount];
            QString name = QString::fromUtf8(site.name);
            if (index >= kSiteCount)
                name += QStringLiteral(" %1").arg(index / kSiteCount + 1);
            const QString address = QStringLiteral("%1, %2")
                                        .arg(QString::fromUtf8(site.street))
                                        .arg(random.between(10, 3999));
            const QString phone = QStringLiteral("+55 %1 3%2-%3")
                                      .arg(QString::fromLatin1(site.areaCode))
                                      .arg(random.between(100, 999))
                                      .arg(random.between(1000, 9999));
            auto location
                = locations.create(name, QString::fromLatin1(site.timeZone), address, phone);
            if (!location)
                return location.error();
            context.locationIds << location->id;
            context.clock.advance(random.between(60, 600) * 1000);
            return {};
        });
    if (!made)
        return made.error();
    return existing + *made;
}

// The name of the first location, which the business setup creates.
QString firstLocationName()
{
    return QString::fromUtf8(kSites[0].name);
}

QString firstLocationTimeZone()
{
    return QString::fromLatin1(kSites[0].timeZone);
}

} // namespace Balcao::Bench
