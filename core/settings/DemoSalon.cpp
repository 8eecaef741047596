// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSalon.h"

#include "DemoBusiness.h"
#include "cash/ShiftService.h"
#include "catalog/ProductCatalog.h"
#include "catalog/ServiceCatalog.h"
#include "catalog/TaxClass.h"
#include "clients/ClientService.h"
#include "inventory/StockLedger.h"
#include "locations/LocationService.h"
#include "sales/CartBuilder.h"
#include "sales/CheckoutService.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/ResourceService.h"
#include "scheduling/StaffSchedule.h"
#include "settings/BusinessSettings.h"
#include "staff/StaffService.h"
#include "storage/LocalStore.h"

#include <QDateTime>

namespace Balcao {

namespace {

QList<DayPart> hours(int from, int to, int breakFrom = -1, int breakTo = -1)
{
    QList<DayPart> parts { { from, to, DayPart::Kind::Work } };
    if (breakFrom >= 0)
        parts << DayPart { breakFrom, breakTo, DayPart::Kind::Break };
    return parts;
}

// Seeding stops at the first refusal and says where. A hundred service
// calls each checked by hand would bury what the demo is; the exception
// never leaves DemoSalon::seed, which turns it back into an error value and
// rolls the whole seeding back.
struct Stop
{
    Error error;
};

template<typename T> T must(Result<T> result, const char *what)
{
    if (!result) {
        Error e = result.error();
        e.message = QStringLiteral("%1: %2").arg(QLatin1String(what), e.message);
        throw Stop { e };
    }
    return std::move(result).value();
}

void must(Result<void> result, const char *what)
{
    if (!result) {
        Error e = result.error();
        e.message = QStringLiteral("%1: %2").arg(QLatin1String(what), e.message);
        throw Stop { e };
    }
}

Result<DemoSalon> seedSalon(LocalStore &store)
{
    DemoSalon out;
    const QList<Location> locations = LocationService(store).list();
    if (locations.isEmpty())
        return Error::invalid(QStringLiteral("demo.notInitialised"),
                              QStringLiteral("Set up the business before the demo salon."));
    out.location = locations.first().id;
    const Id location = out.location;
    const QTimeZone zone = locations.first().timeZone();
    const qint64 now = store.clock().nowMsecsSinceEpoch();
    const Currency currency = must(BusinessSettings(store).currency(), "currency");
    const auto money = [&](qint64 minor) { return Money(minor, currency); };
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
    out.monday = today.addDays(1 - today.dayOfWeek());
    const auto at = [&](const QDate &day, int hour, int minute) {
        return QDateTime(day, QTime(hour, minute), zone).toMSecsSinceEpoch();
    };

    StaffService staff(store);
    const Id bianca = must(staff.addMember(QStringLiteral("Bianca"), location), "Bianca").id;
    const Id diego = must(staff.addMember(QStringLiteral("Diego"), location), "Diego").id;
    const Id fernanda = must(staff.addMember(QStringLiteral("Fernanda"), location), "Fernanda").id;

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

    TaxClasses taxes(store);
    const Id iss = must(taxes.create(QStringLiteral("ISS 5%"), 500, true), "ISS").id;
    const Id icms = must(taxes.create(QStringLiteral("ICMS 18%"), 1800, true), "ICMS").id;

    ServiceCatalog catalog(store);
    const Id hair = must(catalog.addCategory(QStringLiteral("Cabelo"), 1), "hair").id;
    const Id nails = must(catalog.addCategory(QStringLiteral("Unhas"), 2), "nails").id;
    const auto service = [&](const Id &category, const QString &name, int minutes, qint64 price,
                             QList<Id> who, const QString &resource = {}, int after = 0) {
        ServiceDraft d;
        d.categoryId = category;
        d.name = name;
        d.durationMinutes = minutes;
        d.price = money(price);
        d.staffIds = std::move(who);
        d.resourceKind = resource;
        d.bufferAfterMinutes = after;
        d.taxClassId = iss;
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

    // The shelf by the counter: one product running low, one sold out.
    ProductCatalog products(store);
    StockLedger stock(store);
    const auto product
        = [&](const QString &name, const QString &sku, const QString &barcode,
              const QString &category, qint64 price, qint64 cost, bool taxed, qint64 onHand) {
              ProductDraft d;
              d.name = name;
              d.sku = sku;
              d.category = category;
              d.price = money(price);
              d.cost = money(cost);
              d.taxClassId = taxed ? icms : Id();
              d.trackStock = onHand >= 0;
              if (!barcode.isEmpty())
                  d.barcodes = QStringList { barcode };
              const Id id = must(products.create(d), "product").id;
              if (onHand > 0)
                  must(stock.receive(id, location, onHand, QStringLiteral("Estoque inicial"), {},
                                     {}, cost),
                       "stock");
              return id;
          };
    const Id shampoo
        = product(QStringLiteral("Shampoo hidratante 300 ml"), QStringLiteral("SH-300"),
                  QStringLiteral("7891234567895"), QStringLiteral("Cabelo"), 4990, 2100, true, 24);
    product(QStringLiteral("Condicionador 300 ml"), QStringLiteral("CD-300"),
            QStringLiteral("7891000000014"), QStringLiteral("Cabelo"), 5290, 2300, true, 18);
    const Id mask
        = product(QStringLiteral("Máscara capilar 250 g"), QStringLiteral("MC-250"),
                  QStringLiteral("7891000000021"), QStringLiteral("Cabelo"), 7990, 3500, true, 9);
    product(QStringLiteral("Óleo reparador 60 ml"), QStringLiteral("OR-60"), {},
            QStringLiteral("Cabelo"), 6900, 2800, true, 2);
    const Id polish = product(QStringLiteral("Esmalte cremoso"), QStringLiteral("ES-01"), {},
                              QStringLiteral("Unhas"), 1290, 400, true, 40);
    product(QStringLiteral("Pente de madeira"), QStringLiteral("PT-01"), {},
            QStringLiteral("Acessórios"), 2500, 900, true, 0);
    product(QStringLiteral("Embrulho para presente"), QStringLiteral("GW"), {},
            QStringLiteral("Acessórios"), 500, 0, false, -1);

    ShiftService shifts(store);
    const Id drawer = must(shifts.createDrawer(location, QStringLiteral("Caixa 1")), "drawer").id;
    must(shifts.open(drawer, money(15000), {}), "shift");

    must(seedDemoClients(store, DemoSalon::kClients), "clients");
    ClientService clients(store);
    const QList<Client> all = clients.list();
    const auto client = [&](const QString &name) {
        for (const Client &c : all) {
            if (c.name == name)
                return c.id;
        }
        throw Stop { Error::notFound(QStringLiteral("demo.client"), name) };
    };
    out.regularClient = client(QStringLiteral("Camila Oliveira"));
    ClientDraft regular;
    regular.vip = true;
    regular.tags = QStringList { QStringLiteral("cabelo cacheado"), QStringLiteral("fidelidade") };
    regular.birthday = QStringLiteral("1988-07-14");
    regular.communicationPreference = QStringLiteral("whatsapp");
    regular.notes = QStringLiteral("Alergia a amônia: usar coloração sem amônia. Gosta de café "
                                   "sem açúcar.");
    must(clients.update(out.regularClient, regular), "regular client");

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
    QList<Id> doneToday;
    const auto place = [&](const Visit &v) {
        BookingRequest r;
        r.locationId = location;
        r.clientId = v.client;
        r.startsAtMsecs = at(v.day, v.hour, v.minute);
        for (const auto &[serviceId, staffId] : v.lines)
            r.lines << BookingLine { serviceId, staffId, Id(), std::nullopt };
        r.source = v.source;
        r.notes = v.notes;
        const Appointment a = must(book.book(r), "visit");
        // The script is written for a Wednesday morning; on another day the
        // statuses follow the clock: nothing ahead is done, nothing past is
        // still waiting.
        AppointmentStatus status = v.status;
        const bool ahead = r.startsAtMsecs > now;
        if (ahead
            && (status == AppointmentStatus::Completed || status == AppointmentStatus::CheckedIn
                || status == AppointmentStatus::NoShow))
            status = AppointmentStatus::Confirmed;
        if (!ahead
            && (status == AppointmentStatus::Booked || status == AppointmentStatus::Confirmed))
            status = AppointmentStatus::Completed;
        switch (status) {
        case AppointmentStatus::Booked:
            break;
        case AppointmentStatus::Cancelled:
            must(book.cancel(a.id, QStringLiteral("Cliente pediu para remarcar")), "cancel");
            break;
        case AppointmentStatus::Completed:
            must(book.setStatus(a.id, AppointmentStatus::CheckedIn), "check in");
            must(book.setStatus(a.id, AppointmentStatus::Completed), "complete");
            if (v.day == today)
                doneToday << a.id;
            break;
        case AppointmentStatus::CheckedIn:
            must(book.setStatus(a.id, AppointmentStatus::Confirmed), "confirm");
            must(book.setStatus(a.id, AppointmentStatus::CheckedIn), "check in");
            break;
        default:
            must(book.setStatus(a.id, status), "status");
        }
        return a.id;
    };

    using S = AppointmentStatus;
    const Id camila = out.regularClient;
    const QDate mon = out.monday;
    const QDate tue = mon.addDays(1);
    const QDate wed = mon.addDays(2);
    const QDate thu = mon.addDays(3);
    const QDate fri = mon.addDays(4);
    const QDate sat = mon.addDays(5);
    // The regular client's months: every four weeks or so, on Tuesdays.
    for (int weeksBack : { 22, 18, 14, 5 })
        place({ tue.addDays(-7 * weeksBack), 9, 30, camila, { { cut, bianca } }, S::Completed });
    place({ tue.addDays(-7 * 9), 9, 0, camila, { { colour, bianca } }, S::Completed });
    place({ tue.addDays(-7 * 7), 15, 0, camila, { { blowDry, bianca } }, S::NoShow });
    place({ tue.addDays(-7 * 3), 10, 0, camila, { { blowDry, bianca } }, S::Cancelled });
    place({ tue.addDays(7 * 4),
            9,
            30,
            camila,
            { { cut, bianca } },
            S::Booked,
            QStringLiteral("phone") });

    const auto c = client;
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
            out.regularVisitToday = id;
        ++out.bookedThisWeek;
    }

    // Today's finished visits were charged at the counter, some with a
    // product from the shelf, paid by card, PIX and cash in turn.
    CartBuilder carts(store);
    CheckoutService checkout(store);
    const QList<Id> extras { shampoo, Id(), mask, Id(), polish };
    for (int i = 0; i < doneToday.size(); ++i) {
        Cart cart = must(carts.cartForAppointment(doneToday.at(i)), "cart");
        const Id extra = extras.at(i % extras.size());
        if (!extra.isNull())
            cart.lines << must(carts.productLine(must(products.find(extra), "extra")), "line");
        const CheckoutReview review = must(checkout.review(cart, location), "review");
        CheckoutRequest request;
        request.cart = cart;
        request.locationId = location;
        request.drawerId = drawer;
        const Money total = review.totals.total;
        switch (i % 3) {
        case 0:
            request.tenders = { Tender {
                PaymentMethod::Card, total, QStringLiteral("%1").arg(482913 + i * 7717), {} } };
            break;
        case 1:
            request.tenders = { Tender { PaymentMethod::Pix, total, {}, {} } };
            break;
        default:
            // Rounded up to the next R$ 10 note: change is given.
            request.tenders
                = { Tender { PaymentMethod::Cash,
                             Money((total.minorUnits() / 1000 + 1) * 1000, total.currency()),
                             {},
                             {} } };
        }
        must(checkout.checkout(request), "sale");
        ++out.salesToday;
    }
    return out;
}

} // namespace

Result<DemoSalon> DemoSalon::seed(LocalStore &store)
{
    return store.transact([&]() -> Result<DemoSalon> {
        try {
            return seedSalon(store);
        } catch (const Stop &stop) {
            return stop.error;
        }
    });
}

} // namespace Balcao
