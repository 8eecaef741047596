// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaDemo.h"

#include "catalog/ServiceCatalog.h"
#include "clients/ClientService.h"
#include "locations/LocationService.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/ResourceService.h"
#include "scheduling/StaffSchedule.h"
#include "settings/DemoBusiness.h"
#include "staff/StaffService.h"
#include "storage/LocalStore.h"

#include <QDateTime>

namespace Balcao::Test {

namespace {

template<typename T> T must(Result<T> result, const char *what)
{
    if (!result)
        qFatal("AgendaDemo: %s: %s", what, qPrintable(result.error().message));
    return std::move(result).value();
}

void must(Result<void> result, const char *what)
{
    if (!result)
        qFatal("AgendaDemo: %s: %s", what, qPrintable(result.error().message));
}

QList<DayPart> hours(int from, int to, int breakFrom = -1, int breakTo = -1)
{
    QList<DayPart> parts { { from, to, DayPart::Kind::Work } };
    if (breakFrom >= 0)
        parts << DayPart { breakFrom, breakTo, DayPart::Kind::Break };
    return parts;
}

} // namespace

// Wednesday 11 March 2026, 10:40 in São Paulo (UTC−3).
const qint64 AgendaDemo::kNowMsecs
    = QDateTime(QDate(2026, 3, 11), QTime(13, 40), QTimeZone::utc()).toMSecsSinceEpoch();

AgendaDemo::AgendaDemo(LocalStore &store)
    : monday(2026, 3, 9)
{
    const QList<Location> locations = LocationService(store).list();
    if (locations.isEmpty())
        qFatal("AgendaDemo: initialise the business first");
    location = locations.first().id;
    const QTimeZone zone = locations.first().timeZone();
    const auto at = [&](const QDate &day, int hour, int minute) {
        return QDateTime(day, QTime(hour, minute), zone).toMSecsSinceEpoch();
    };

    StaffService staff(store);
    const Id bianca = must(staff.addMember(QStringLiteral("Bianca"), location), "Bianca").id;
    const Id diego = must(staff.addMember(QStringLiteral("Diego"), location), "Diego").id;
    const Id fernanda = must(staff.addMember(QStringLiteral("Fernanda"), location), "Fernanda").id;
    const Id manager = must(staff.addUser(bianca, QStringLiteral("gerente"),
                                          QStringLiteral("senha-forte-1"), Role::Manager),
                            "manager")
                           .id;

    StaffSchedule schedule(store);
    for (int weekday = 2; weekday <= 6; ++weekday) // Bianca: Tuesday to Saturday
        must(schedule.setWeeklyHours(bianca, location, weekday,
                                     hours(9 * 60, 18 * 60, 12 * 60, 13 * 60)),
             "Bianca's hours");
    for (int weekday = 1; weekday <= 5; ++weekday) // Diego: Monday to Friday, late
        must(schedule.setWeeklyHours(diego, location, weekday,
                                     hours(10 * 60, 19 * 60, 13 * 60, 14 * 60)),
             "Diego's hours");
    for (int weekday = 1; weekday <= 5; ++weekday)
        must(schedule.setWeeklyHours(fernanda, location, weekday,
                                     hours(9 * 60, 17 * 60, 12 * 60 + 30, 13 * 60 + 30)),
             "Fernanda's hours");
    must(schedule.setWeeklyHours(fernanda, location, 6, hours(9 * 60, 13 * 60)),
         "Fernanda's Saturday");

    ResourceService resources(store);
    must(resources.create(location, QStringLiteral("Lavatório 1"), QStringLiteral("basin")),
         "basin 1");
    must(resources.create(location, QStringLiteral("Lavatório 2"), QStringLiteral("basin")),
         "basin 2");
    must(resources.create(location, QStringLiteral("Mesa de manicure"), QStringLiteral("table")),
         "table");

    ServiceCatalog catalog(store);
    const Id hair = must(catalog.addCategory(QStringLiteral("Cabelo"), 1), "hair").id;
    const Id nails = must(catalog.addCategory(QStringLiteral("Unhas"), 2), "nails").id;
    const auto service = [&](const Id &category, const QString &name, int minutes, qint64 price,
                             QList<Id> who, const QString &resource = {}, int after = 0) {
        ServiceDraft d;
        d.categoryId = category;
        d.name = name;
        d.durationMinutes = minutes;
        d.priceMinor = price;
        d.staffIds = std::move(who);
        d.resourceKind = resource;
        d.bufferAfterMinutes = after;
        return must(catalog.create(d), "service").id;
    };
    const Id cut = service(hair, QStringLiteral("Corte feminino"), 60, 9000, { bianca, fernanda });
    const Id menCut
        = service(hair, QStringLiteral("Corte masculino"), 30, 5000, { diego, fernanda });
    const Id colour = service(hair, QStringLiteral("Coloração"), 90, 22000, { bianca }, {}, 15);
    const Id blowDry
        = service(hair, QStringLiteral("Escova"), 45, 7000, { bianca, diego, fernanda });
    const Id wash = service(hair, QStringLiteral("Lavagem"), 20, 3000, { bianca, diego, fernanda },
                            QStringLiteral("basin"));
    const Id beard = service(hair, QStringLiteral("Barba"), 30, 4000, { diego });
    const Id manicure = service(nails, QStringLiteral("Manicure"), 45, 4000, { fernanda },
                                QStringLiteral("table"));

    must(seedDemoClients(store, 24), "clients");
    ClientService clients(store);
    const QList<Client> all = clients.list();
    const auto client = [&](const QString &name) {
        for (const Client &c : all) {
            if (c.name == name)
                return c.id;
        }
        qFatal("AgendaDemo: no client %s", qPrintable(name));
    };
    regularClient = client(QStringLiteral("Camila Oliveira"));
    ClientDraft regular;
    regular.vip = true;
    regular.tags = QStringList { QStringLiteral("cabelo cacheado"), QStringLiteral("fidelidade") };
    regular.birthday = QStringLiteral("1988-07-14");
    regular.communicationPreference = QStringLiteral("whatsapp");
    regular.notes = QStringLiteral("Alergia a amônia: usar coloração sem amônia. Gosta de café "
                                   "sem açúcar.");
    must(clients.update(regularClient, regular), "regular client");

    AppointmentBook book(store);
    struct Visit
    {
        QDate day;
        int hour;
        int minute;
        Id client;
        QList<std::pair<Id, Id>> lines; // service, staff
        AppointmentStatus status;
        QString source = QStringLiteral("front_desk");
        QString notes = {};
    };
    const auto place = [&](const Visit &v) {
        BookingRequest r;
        r.locationId = location;
        r.clientId = v.client;
        r.startsAtMsecs = at(v.day, v.hour, v.minute);
        for (const auto &[serviceId, staffId] : v.lines)
            r.lines << BookingLine { serviceId, staffId, Id(), std::nullopt };
        r.source = v.source;
        r.notes = v.notes;
        const Appointment a = must(book.book(r),
                                   qPrintable(QStringLiteral("visit on %1 %2:%3")
                                                  .arg(v.day.toString(Qt::ISODate))
                                                  .arg(v.hour)
                                                  .arg(v.minute)));
        switch (v.status) {
        case AppointmentStatus::Booked:
            break;
        case AppointmentStatus::Cancelled:
            must(book.cancel(a.id, QStringLiteral("Cliente pediu para remarcar")), "cancel");
            break;
        case AppointmentStatus::Completed:
            must(book.setStatus(a.id, AppointmentStatus::CheckedIn), "check in");
            must(book.setStatus(a.id, AppointmentStatus::Completed), "complete");
            break;
        case AppointmentStatus::CheckedIn:
            must(book.setStatus(a.id, AppointmentStatus::Confirmed), "confirm");
            must(book.setStatus(a.id, AppointmentStatus::CheckedIn), "check in");
            break;
        default:
            must(book.setStatus(a.id, v.status), "status");
        }
        return a.id;
    };

    using S = AppointmentStatus;
    // The regular client's months: every four weeks or so, on Tuesdays.
    const Id camila = regularClient;
    for (const QDate &day :
         { QDate(2025, 10, 7), QDate(2025, 11, 4), QDate(2025, 12, 2), QDate(2026, 2, 3) })
        place({ day, 9, 30, camila, { { cut, bianca } }, S::Completed });
    place({ QDate(2026, 1, 6), 9, 0, camila, { { colour, bianca } }, S::Completed });
    place({ QDate(2026, 1, 20), 15, 0, camila, { { blowDry, bianca } }, S::NoShow });
    place({ QDate(2026, 2, 17), 10, 0, camila, { { blowDry, bianca } }, S::Cancelled });
    place({ QDate(2026, 4, 7),
            9,
            30,
            camila,
            { { cut, bianca } },
            S::Booked,
            QStringLiteral("phone") });

    const auto c = client;
    const QDate mon = monday;
    const QDate tue = mon.addDays(1);
    const QDate wed = mon.addDays(2);
    const QDate thu = mon.addDays(3);
    const QDate fri = mon.addDays(4);
    const QDate sat = mon.addDays(5);
    const QList<Visit> week {
        // Monday: Bianca is off.
        { mon,
          10,
          0,
          c(QStringLiteral("Diego Gomes")),
          { { menCut, diego }, { beard, diego } },
          S::Completed },
        { mon, 11, 30, c(QStringLiteral("Felipe Santos")), { { menCut, diego } }, S::Completed },
        { mon, 15, 0, c(QStringLiteral("Heitor Melo")), { { menCut, diego } }, S::NoShow },
        { mon, 9, 0, c(QStringLiteral("Gabriela Lima")), { { manicure, fernanda } }, S::Completed },
        { mon,
          10,
          0,
          c(QStringLiteral("Isabela Ferreira")),
          { { wash, fernanda }, { cut, fernanda } },
          S::Completed },
        { mon,
          14,
          0,
          c(QStringLiteral("Larissa Oliveira")),
          { { manicure, fernanda } },
          S::Completed },
        // Tuesday.
        { tue, 9, 0, c(QStringLiteral("Ana Silva")), { { colour, bianca } }, S::Completed },
        { tue, 11, 0, c(QStringLiteral("Bruno Pereira")), { { blowDry, bianca } }, S::Cancelled },
        { tue, 14, 0, c(QStringLiteral("Natália Barbosa")), { { cut, bianca } }, S::Completed },
        { tue, 10, 30, c(QStringLiteral("João Martins")), { { menCut, diego } }, S::Completed },
        { tue,
          16,
          0,
          c(QStringLiteral("Marcos Gomes")),
          { { menCut, diego }, { beard, diego } },
          S::Completed },
        { tue, 9, 30, c(QStringLiteral("Sofia Costa")), { { manicure, fernanda } }, S::Completed },
        { tue,
          14,
          30,
          c(QStringLiteral("Patrícia Carvalho")),
          { { cut, fernanda } },
          S::Completed },
        // Wednesday, today: the morning under way.
        { wed,
          9,
          0,
          c(QStringLiteral("Eduarda Ribeiro")),
          { { manicure, fernanda } },
          S::Completed },
        { wed,
          10,
          0,
          camila,
          { { colour, bianca } },
          S::CheckedIn,
          QStringLiteral("phone"),
          QStringLiteral("Coloração sem amônia.") },
        { wed,
          10,
          30,
          c(QStringLiteral("Otávio Alves")),
          { { menCut, diego } },
          S::CheckedIn,
          QStringLiteral("walk_in") },
        { wed,
          11,
          0,
          c(QStringLiteral("Vitória Pereira")),
          { { wash, fernanda }, { blowDry, fernanda } },
          S::Confirmed },
        { wed,
          14,
          0,
          c(QStringLiteral("Rafael Souza")),
          { { menCut, diego }, { beard, diego } },
          S::Confirmed },
        { wed, 14, 0, c(QStringLiteral("Larissa Oliveira")), { { cut, bianca } }, S::Booked },
        { wed,
          15,
          30,
          c(QStringLiteral("Thiago Silva")),
          { { menCut, fernanda } },
          S::Booked,
          QStringLiteral("phone") },
        { wed, 16, 30, c(QStringLiteral("Lucas Araújo")), { { menCut, diego } }, S::Booked },
        // Thursday.
        { thu,
          9,
          0,
          c(QStringLiteral("Gabriela Lima")),
          { { cut, bianca }, { blowDry, bianca } },
          S::Confirmed },
        { thu, 13, 0, c(QStringLiteral("Ana Ferreira")), { { colour, bianca } }, S::Booked },
        { thu, 10, 0, c(QStringLiteral("Diego Rodrigues")), { { menCut, diego } }, S::Confirmed },
        { thu, 15, 0, c(QStringLiteral("Felipe Santos")), { { beard, diego } }, S::Booked },
        { thu, 9, 30, c(QStringLiteral("Camila Araújo")), { { manicure, fernanda } }, S::Booked },
        { thu,
          14,
          0,
          c(QStringLiteral("Isabela Ferreira")),
          { { manicure, fernanda } },
          S::Cancelled },
        // Friday.
        { fri, 9, 30, c(QStringLiteral("Natália Barbosa")), { { blowDry, bianca } }, S::Booked },
        { fri,
          11,
          0,
          c(QStringLiteral("Sofia Costa")),
          { { cut, bianca } },
          S::Booked,
          QStringLiteral("phone") },
        { fri, 14, 0, c(QStringLiteral("Vitória Pereira")), { { colour, bianca } }, S::Booked },
        { fri, 10, 0, c(QStringLiteral("Heitor Melo")), { { menCut, diego } }, S::Booked },
        { fri,
          17,
          0,
          c(QStringLiteral("João Martins")),
          { { menCut, diego }, { beard, diego } },
          S::Booked },
        { fri,
          9,
          0,
          c(QStringLiteral("Patrícia Carvalho")),
          { { manicure, fernanda } },
          S::Confirmed },
        { fri,
          13,
          30,
          c(QStringLiteral("Eduarda Ribeiro")),
          { { wash, fernanda }, { cut, fernanda } },
          S::Booked },
        // Saturday: a busy morning.
        { sat, 9, 0, c(QStringLiteral("Ana Silva")), { { blowDry, bianca } }, S::Booked },
        { sat, 10, 0, c(QStringLiteral("Bruno Pereira")), { { cut, bianca } }, S::Booked },
        { sat, 11, 0, c(QStringLiteral("Larissa Oliveira")), { { blowDry, bianca } }, S::Booked },
        { sat, 9, 0, c(QStringLiteral("Camila Araújo")), { { manicure, fernanda } }, S::Booked },
        { sat, 10, 0, c(QStringLiteral("Gabriela Lima")), { { manicure, fernanda } }, S::Booked },
        { sat, 11, 0, c(QStringLiteral("Rafael Souza")), { { menCut, fernanda } }, S::Booked },
    };
    for (const Visit &v : week) {
        const Id id = place(v);
        if (v.client == camila && v.day == wed)
            regularVisitToday = id;
        ++bookedThisWeek;
    }
    Q_UNUSED(manager);
}

} // namespace Balcao::Test
