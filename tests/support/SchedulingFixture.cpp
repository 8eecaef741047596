// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulingFixture.h"
#include "Amounts.h"

#include "catalog/ServiceCatalog.h"
#include "clients/ClientService.h"
#include "locations/LocationService.h"
#include "scheduling/ResourceService.h"
#include "scheduling/StaffSchedule.h"
#include "staff/StaffService.h"

namespace Balcao::Test {

namespace {

template<typename T> T must(Result<T> result, const char *what)
{
    if (!result)
        qFatal("SchedulingFixture: %s: %s", what, qPrintable(result.error().message));
    return std::move(result).value();
}

void must(Result<void> result, const char *what)
{
    if (!result)
        qFatal("SchedulingFixture: %s: %s", what, qPrintable(result.error().message));
}

} // namespace

SchedulingFixture::SchedulingFixture(LocalStore &s, const QString &zoneId)
    : store(s)
    , zone(zoneId.toUtf8())
{
    LocationService locations(store);
    location = must(locations.create(QStringLiteral("Salão Centro"), zoneId), "location").id;
    StaffService staff(store);
    ana = must(staff.addMember(QStringLiteral("Ana"), location), "Ana").id;
    bruno = must(staff.addMember(QStringLiteral("Bruno"), location), "Bruno").id;
    manager = must(staff.addUser({}, QStringLiteral("gerente"), QStringLiteral("senha-forte-1"),
                                 Role::Manager),
                   "manager")
                  .id;
    frontDesk = must(staff.addUser({}, QStringLiteral("recepcao"), QStringLiteral("senha-forte-2"),
                                   Role::FrontDesk),
                     "front desk")
                    .id;

    StaffSchedule schedule(store);
    const QList<DayPart> day { { 9 * 60, 18 * 60, DayPart::Kind::Work },
                               { 12 * 60, 13 * 60, DayPart::Kind::Break } };
    for (const Id &who : { ana, bruno }) {
        for (int weekday = 1; weekday <= 6; ++weekday)
            must(schedule.setWeeklyHours(who, location, weekday, day), "hours");
    }

    basin = must(ResourceService(store).create(location, QStringLiteral("Lavatório 1"),
                                               QStringLiteral("basin")),
                 "basin")
                .id;
    ServiceCatalog catalog(store);
    ServiceDraft d;
    d.name = QStringLiteral("Corte");
    d.durationMinutes = 60;
    d.price = reais(8000);
    d.staffIds = QList<Id> { ana, bruno };
    cut = must(catalog.create(d), "cut").id;
    ServiceDraft c;
    c.name = QStringLiteral("Coloração");
    c.durationMinutes = 90;
    c.bufferAfterMinutes = 15;
    c.price = reais(20000);
    c.staffIds = QList<Id> { ana };
    colour = must(catalog.create(c), "colour").id;
    ServiceDraft w;
    w.name = QStringLiteral("Lavagem");
    w.durationMinutes = 30;
    w.price = reais(3000);
    w.resourceKind = QStringLiteral("basin");
    w.staffIds = QList<Id> { ana, bruno };
    wash = must(catalog.create(w), "wash").id;

    ClientService clients(store);
    ClientDraft joana;
    joana.name = QStringLiteral("Joana Silva");
    joana.phone = QStringLiteral("+55 11 98765-4321");
    client = must(clients.create(joana), "client").id;
    ClientDraft pedro;
    pedro.name = QStringLiteral("Pedro Souza");
    pedro.email = QStringLiteral("pedro@example.com");
    otherClient = must(clients.create(pedro), "other client").id;
}

qint64 SchedulingFixture::at(const QDate &day, const QString &hhmm) const
{
    return QDateTime(day, QTime::fromString(hhmm, QStringLiteral("HH:mm")), zone)
        .toMSecsSinceEpoch();
}

} // namespace Balcao::Test
