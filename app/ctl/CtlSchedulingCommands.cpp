// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlSchedulingCommands.h"

#include "CtlContext.h"
#include "catalog/ServiceCatalog.h"
#include "devices/TerminalLocation.h"
#include "locations/LocationService.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/AvailabilityFinder.h"
#include "scheduling/ClientBooking.h"
#include "scheduling/StaffSchedule.h"
#include "settings/BusinessSettings.h"
#include "staff/StaffService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Balcao::Ctl {

namespace {

// Everything a scheduling command needs open at once.
struct Session
{
    std::unique_ptr<LocalStore> store;
    Location location;
};

Result<Session> openSession(CtlContext &ctx, const std::optional<QString> &locationId)
{
    auto store = ctx.openStore();
    if (!store)
        return store.error();
    // Where this terminal works, as balcaoctl sale and the desktop say.
    auto location = TerminalLocation(**store).resolve(locationId.value_or(QString()));
    if (!location)
        return location.error();
    return Session { std::move(*store), *location };
}

Result<StaffMember> findStaff(LocalStore &store, const QString &text)
{
    StaffService staff(store);
    const Id id = Id::fromString(text.trimmed());
    if (!id.isNull())
        return staff.findMember(id);
    for (const StaffMember &m : staff.members()) {
        if (m.displayName.compare(text.simplified(), Qt::CaseInsensitive) == 0)
            return m;
    }
    return Error::notFound(
        QStringLiteral("staff.notFound"),
        CtlSchedulingCommands::tr("There is no staff member called \"%1\".").arg(text));
}

Result<int> parseInt(const QString &text, const QString &what)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok)
        return Error::invalid(
            QStringLiteral("cli.notANumber"),
            CtlSchedulingCommands::tr("%1 must be a whole number, not \"%2\".").arg(what, text));
    return value;
}

Result<QDate> parseDate(const QString &text)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return Error::invalid(
            QStringLiteral("cli.dateInvalid"),
            CtlSchedulingCommands::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(text));
    return date;
}

// "2026-01-05T10:00" or "2026-01-05 10:00", in the location's time zone.
Result<qint64> parseLocalTime(const QString &text, const Location &location)
{
    QString normal = text.trimmed();
    normal.replace(QLatin1Char(' '), QLatin1Char('T'));
    const QDateTime local = QDateTime::fromString(normal, Qt::ISODate);
    if (!local.isValid() || local.date().isNull())
        return Error::invalid(
            QStringLiteral("cli.timeInvalid"),
            CtlSchedulingCommands::tr("\"%1\" is not a date and time (YYYY-MM-DDTHH:MM).")
                .arg(text));
    return QDateTime(local.date(), local.time(), location.timeZone()).toMSecsSinceEpoch();
}

// "09:00-12:00,13:00-18:00" (a leading "break " marks a break).
Result<QList<DayPart>> parseParts(const QString &text)
{
    QList<DayPart> parts;
    static const QRegularExpression span(
        QStringLiteral("^(break\\s+)?(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})$"));
    for (const QString &piece : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto m = span.match(piece.trimmed());
        if (!m.hasMatch())
            return Error::invalid(
                QStringLiteral("cli.hoursInvalid"),
                CtlSchedulingCommands::tr("\"%1\" is not a time span like 09:00-12:00.")
                    .arg(piece));
        parts << DayPart { m.captured(2).toInt() * 60 + m.captured(3).toInt(),
                           m.captured(4).toInt() * 60 + m.captured(5).toInt(),
                           m.capturedLength(1) > 0 ? DayPart::Kind::Break : DayPart::Kind::Work };
    }
    if (auto ok = StaffSchedule::checkParts(parts); !ok)
        return ok.error();
    return parts;
}

// A JSON object for --json, a sentence for people.
void report(CtlContext &ctx, const QJsonObject &json, const QString &text)
{
    if (ctx.json())
        ctx.print(json);
    else
        ctx.print(text);
}

QString localText(qint64 msecs, const Location &location)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, location.timeZone())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString isoLocal(qint64 msecs, const Location &location)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, location.timeZone()).toString(Qt::ISODate);
}

QJsonObject serviceJson(const Service &s)
{
    QJsonArray staff;
    for (const Id &id : s.staffIds)
        staff.append(id.toString());
    return QJsonObject {
        { QStringLiteral("id"), s.id.toString() },
        { QStringLiteral("name"), s.name },
        { QStringLiteral("category_id"),
          s.categoryId.isNull() ? QJsonValue() : QJsonValue(s.categoryId.toString()) },
        { QStringLiteral("kind"), s.kind },
        { QStringLiteral("duration_minutes"), s.durationMinutes },
        { QStringLiteral("price"), s.price.toPlainString() },
        { QStringLiteral("currency"), s.price.currency().code() },
        { QStringLiteral("buffer_before_minutes"), s.bufferBeforeMinutes },
        { QStringLiteral("buffer_after_minutes"), s.bufferAfterMinutes },
        { QStringLiteral("resource_kind"), s.resourceKind },
        { QStringLiteral("active"), s.active },
        { QStringLiteral("staff_ids"), staff },
    };
}

QJsonObject appointmentJson(const Appointment &a, const Location &location)
{
    QJsonArray items;
    for (const AppointmentItem &i : a.items)
        items.append(QJsonObject {
            { QStringLiteral("id"), i.id.toString() },
            { QStringLiteral("service_id"), i.serviceId.toString() },
            { QStringLiteral("service"), i.serviceName },
            { QStringLiteral("staff_id"), i.staffId.toString() },
            { QStringLiteral("resource_id"),
              i.resourceId.isNull() ? QJsonValue() : QJsonValue(i.resourceId.toString()) },
            { QStringLiteral("starts_at"), isoLocal(i.time.from, location) },
            { QStringLiteral("ends_at"), isoLocal(i.time.to, location) },
            { QStringLiteral("price_minor"), i.price.minorUnits() },
        });
    return QJsonObject {
        { QStringLiteral("id"), a.id.toString() },
        { QStringLiteral("location_id"), a.locationId.toString() },
        { QStringLiteral("client_id"),
          a.clientId.isNull() ? QJsonValue() : QJsonValue(a.clientId.toString()) },
        { QStringLiteral("client"), a.clientName },
        { QStringLiteral("staff_id"), a.staffId.toString() },
        { QStringLiteral("starts_at"), isoLocal(a.time.from, location) },
        { QStringLiteral("ends_at"), isoLocal(a.time.to, location) },
        { QStringLiteral("status"), appointmentStatusName(a.status) },
        { QStringLiteral("cancel_reason"), a.cancelReason },
        { QStringLiteral("source"), a.source },
        { QStringLiteral("notes"), a.notes },
        { QStringLiteral("series_id"),
          a.seriesId.isNull() ? QJsonValue() : QJsonValue(a.seriesId.toString()) },
        { QStringLiteral("items"), items },
    };
}

QString appointmentLine(const Appointment &a, const Location &location)
{
    QStringList services;
    for (const AppointmentItem &i : a.items)
        services << i.serviceName;
    return QStringLiteral("%1–%2\t%3\t%4\t%5\t%6")
        .arg(localText(a.time.from, location),
             QDateTime::fromMSecsSinceEpoch(a.time.to, location.timeZone())
                 .toString(QStringLiteral("HH:mm")),
             a.clientName.isEmpty() ? CtlSchedulingCommands::tr("(walk-in)") : a.clientName,
             services.join(QStringLiteral(", ")), appointmentStatusName(a.status), a.id.toString());
}

// --- service ---------------------------------------------------------------

Result<ServiceDraft> serviceDraft(CtlContext &ctx, LocalStore &store)
{
    ServiceDraft d;
    if (auto v = ctx.takeOption(QStringLiteral("name")))
        d.name = *v;
    if (auto v = ctx.takeOption(QStringLiteral("description")))
        d.description = *v;
    if (auto v = ctx.takeOption(QStringLiteral("kind")))
        d.kind = *v;
    if (auto v = ctx.takeOption(QStringLiteral("resource-kind")))
        d.resourceKind = *v;
    if (auto v = ctx.takeOption(QStringLiteral("color")))
        d.color = *v;
    for (const auto &[option, field] :
         { std::pair { QStringLiteral("duration"), &ServiceDraft::durationMinutes },
           std::pair { QStringLiteral("buffer-before"), &ServiceDraft::bufferBeforeMinutes },
           std::pair { QStringLiteral("buffer-after"), &ServiceDraft::bufferAfterMinutes } }) {
        if (auto v = ctx.takeOption(option)) {
            auto n = parseInt(*v, QStringLiteral("--") + option);
            if (!n)
                return n.error();
            d.*field = *n;
        }
    }
    if (auto v = ctx.takeOption(QStringLiteral("price"))) {
        // In the business's currency and the user's way of writing it, as
        // every checkout command reads money.
        auto currency = BusinessSettings(store).currency();
        if (!currency)
            return currency.error();
        auto money = Money::parse(*v, *currency, QLocale());
        if (!money)
            return money.error();
        d.price = *money;
    }
    if (ctx.takeFlag(QStringLiteral("inactive")))
        d.active = false;
    if (ctx.takeFlag(QStringLiteral("active")))
        d.active = true;
    if (auto v = ctx.takeOption(QStringLiteral("category"))) {
        ServiceCatalog catalog(store);
        Id category;
        const auto categories = catalog.categories();
        if (!categories)
            return categories.error();
        for (const ServiceCategory &c : *categories) {
            if (c.name.compare(v->simplified(), Qt::CaseInsensitive) == 0)
                category = c.id;
        }
        if (category.isNull() && !v->trimmed().isEmpty()) {
            auto made = catalog.addCategory(*v);
            if (!made)
                return made.error();
            category = made->id;
        }
        d.categoryId = category;
    }
    if (auto v = ctx.takeOption(QStringLiteral("staff"))) {
        QList<Id> ids;
        for (const QString &who : v->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto member = findStaff(store, who);
            if (!member)
                return member.error();
            ids << member->id;
        }
        d.staffIds = ids;
    }
    return d;
}

int serviceList(CtlContext &ctx)
{
    const bool all = ctx.takeFlag(QStringLiteral("all"));
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    auto store = ctx.openStore(Database::OpenMode::ReadOnly);
    if (!store)
        return ctx.fail(store.error());
    const auto services = ServiceCatalog(**store).list(!all);
    if (!services)
        return ctx.fail(services.error());
    QJsonArray json;
    for (const Service &s : *services) {
        if (ctx.json())
            json.append(serviceJson(s));
        else
            ctx.print(QStringLiteral("%1\t%2 min\t%3\t%4%5")
                          .arg(s.name)
                          .arg(s.durationMinutes)
                          .arg(s.price.toPlainString(), s.id.toString(),
                               s.active ? QString() : CtlSchedulingCommands::tr("\t(inactive)")));
    }
    if (ctx.json())
        ctx.print(json);
    return 0;
}

int serviceWrite(CtlContext &ctx, const QString &action)
{
    const QString target = action == QLatin1String("add") ? QString() : ctx.takePositional();
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    ServiceCatalog catalog(**store);
    if (action == QLatin1String("delete")) {
        if (auto rest = ctx.expectNoMore(); !rest)
            return ctx.usage(rest.error().message);
        auto service = catalog.findByIdOrName(target);
        if (!service)
            return ctx.fail(service.error());
        if (auto removed = catalog.remove(service->id); !removed)
            return ctx.fail(removed.error());
        report(ctx, QJsonObject { { QStringLiteral("deleted"), service->id.toString() } },
               CtlSchedulingCommands::tr("Deleted \"%1\".").arg(service->name));
        return 0;
    }
    auto draft = serviceDraft(ctx, **store);
    if (!draft)
        return ctx.fail(draft.error());
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    Result<Service> written = Error::invalid({}, {});
    if (action == QLatin1String("add")) {
        written = catalog.create(*draft);
    } else {
        auto service = catalog.findByIdOrName(target);
        if (!service)
            return ctx.fail(service.error());
        written = catalog.update(service->id, *draft);
    }
    if (!written)
        return ctx.fail(written.error());
    if (ctx.json())
        ctx.print(serviceJson(*written));
    else
        ctx.print(CtlSchedulingCommands::tr("Saved \"%1\" (%2).")
                      .arg(written->name, written->id.toString()));
    return 0;
}

// --- staff -----------------------------------------------------------------

int staffList(CtlContext &ctx)
{
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    auto store = ctx.openStore(Database::OpenMode::ReadOnly);
    if (!store)
        return ctx.fail(store.error());
    QJsonArray json;
    for (const StaffMember &m : StaffService(**store).members()) {
        if (ctx.json())
            json.append(QJsonObject { { QStringLiteral("id"), m.id.toString() },
                                      { QStringLiteral("name"), m.displayName },
                                      { QStringLiteral("location_id"), m.locationId.toString() },
                                      { QStringLiteral("active"), m.active } });
        else
            ctx.print(QStringLiteral("%1\t%2").arg(m.displayName, m.id.toString()));
    }
    if (ctx.json())
        ctx.print(json);
    return 0;
}

int staffAdd(CtlContext &ctx)
{
    const auto name = ctx.takeOption(QStringLiteral("name"));
    const auto locationId = ctx.takeOption(QStringLiteral("location"));
    const auto email = ctx.takeOption(QStringLiteral("email"));
    const auto phone = ctx.takeOption(QStringLiteral("phone"));
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (!name)
        return ctx.usage(CtlSchedulingCommands::tr("staff add needs --name."));
    auto session = openSession(ctx, locationId);
    if (!session)
        return ctx.fail(session.error());
    auto member = StaffService(*session->store)
                      .addMember(*name, session->location.id, email.value_or(QString()),
                                 phone.value_or(QString()));
    if (!member)
        return ctx.fail(member.error());
    report(ctx, QJsonObject { { QStringLiteral("id"), member->id.toString() } },
           CtlSchedulingCommands::tr("Added %1 (%2).")
               .arg(member->displayName, member->id.toString()));
    return 0;
}

// staff hours --staff S --weekday 1..7|--date D [--hours "09:00-12:00,..."]
// [--off] [--clear]
int staffHours(CtlContext &ctx)
{
    const auto who = ctx.takeOption(QStringLiteral("staff"));
    const auto weekday = ctx.takeOption(QStringLiteral("weekday"));
    const auto date = ctx.takeOption(QStringLiteral("date"));
    const auto hours = ctx.takeOption(QStringLiteral("hours"));
    const bool off = ctx.takeFlag(QStringLiteral("off"));
    const bool clear = ctx.takeFlag(QStringLiteral("clear"));
    const auto locationId = ctx.takeOption(QStringLiteral("location"));
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (!who || weekday.has_value() == date.has_value() || (!hours && !off && !clear))
        return ctx.usage(
            CtlSchedulingCommands::tr("staff hours needs --staff and either --weekday N or --date "
                                      "YYYY-MM-DD, with --hours SPANS, --off or --clear."));
    auto session = openSession(ctx, locationId);
    if (!session)
        return ctx.fail(session.error());
    auto member = findStaff(*session->store, *who);
    if (!member)
        return ctx.fail(member.error());
    QList<DayPart> parts;
    if (hours) {
        auto parsed = parseParts(*hours);
        if (!parsed)
            return ctx.fail(parsed.error());
        parts = *parsed;
    }
    StaffSchedule schedule(*session->store);
    Result<void> done;
    if (weekday) {
        auto n = parseInt(*weekday, QStringLiteral("--weekday"));
        if (!n)
            return ctx.fail(n.error());
        done = schedule.setWeeklyHours(member->id, session->location.id, *n, parts);
    } else {
        auto day = parseDate(*date);
        if (!day)
            return ctx.fail(day.error());
        done = clear ? schedule.clearDateException(member->id, session->location.id, *day)
                     : schedule.setDateException(member->id, session->location.id, *day, parts);
    }
    if (!done)
        return ctx.fail(done.error());
    report(ctx, QJsonObject { { QStringLiteral("ok"), true } },
           CtlSchedulingCommands::tr("Hours saved for %1.").arg(member->displayName));
    return 0;
}

int staffTimeOff(CtlContext &ctx)
{
    const auto who = ctx.takeOption(QStringLiteral("staff"));
    const auto from = ctx.takeOption(QStringLiteral("from"));
    const auto to = ctx.takeOption(QStringLiteral("to"));
    const auto reason = ctx.takeOption(QStringLiteral("reason"));
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (!who || !from || !to)
        return ctx.usage(
            CtlSchedulingCommands::tr("staff time-off needs --staff, --from and --to."));
    auto session = openSession(ctx, std::nullopt);
    if (!session)
        return ctx.fail(session.error());
    auto member = findStaff(*session->store, *who);
    if (!member)
        return ctx.fail(member.error());
    auto start = parseLocalTime(*from, session->location);
    auto end = parseLocalTime(*to, session->location);
    if (!start)
        return ctx.fail(start.error());
    if (!end)
        return ctx.fail(end.error());
    auto id = StaffSchedule(*session->store)
                  .addTimeOff(member->id, { *start, *end }, reason.value_or(QString()));
    if (!id)
        return ctx.fail(id.error());
    report(ctx, QJsonObject { { QStringLiteral("id"), id->toString() } },
           CtlSchedulingCommands::tr("Time off saved (%1).").arg(id->toString()));
    return 0;
}

// --- appointment -----------------------------------------------------------

Result<Id> overrideUser(CtlContext &ctx, LocalStore &store)
{
    const auto login = ctx.takeOption(QStringLiteral("override-by"));
    if (!login)
        return Id();
    const auto users = StaffService(store).users();
    if (!users)
        return users.error();
    for (const UserAccount &u : *users) {
        if (u.login.compare(login->trimmed(), Qt::CaseInsensitive) == 0)
            return u.id;
    }
    return Error::notFound(
        QStringLiteral("user.notFound"),
        CtlSchedulingCommands::tr("There is no user with the login \"%1\".").arg(*login));
}

int appointmentBook(CtlContext &ctx)
{
    const auto services = ctx.takeOption(QStringLiteral("service"));
    const auto who = ctx.takeOption(QStringLiteral("staff"));
    const auto start = ctx.takeOption(QStringLiteral("start"));
    const auto client = ctx.takeOption(QStringLiteral("client"));
    const auto newName = ctx.takeOption(QStringLiteral("new-client-name"));
    const auto newPhone = ctx.takeOption(QStringLiteral("new-client-phone"));
    const auto newEmail = ctx.takeOption(QStringLiteral("new-client-email"));
    const auto locationId = ctx.takeOption(QStringLiteral("location"));
    const auto source = ctx.takeOption(QStringLiteral("source"));
    const auto notes = ctx.takeOption(QStringLiteral("notes"));
    const auto every = ctx.takeOption(QStringLiteral("repeat-weeks"));
    const auto until = ctx.takeOption(QStringLiteral("until"));
    const auto times = ctx.takeOption(QStringLiteral("times"));
    if (!services || !start)
        return ctx.usage(
            CtlSchedulingCommands::tr("appointment book needs --service and --start."));
    if (client && (newName || newPhone || newEmail))
        return ctx.usage(CtlSchedulingCommands::tr(
            "Give either --client or the new client's --new-client-name, not both."));
    if (!newName && (newPhone || newEmail))
        return ctx.usage(CtlSchedulingCommands::tr(
            "--new-client-phone and --new-client-email need --new-client-name."));
    std::optional<ClientDraft> newClient;
    if (newName)
        newClient = ClientDraft { newName, newPhone, newEmail, std::nullopt };
    auto session = openSession(ctx, locationId);
    if (!session)
        return ctx.fail(session.error());
    LocalStore &store = *session->store;
    auto by = overrideUser(ctx, store);
    if (!by)
        return ctx.fail(by.error());
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    BookingRequest r;
    r.locationId = session->location.id;
    auto at = parseLocalTime(*start, session->location);
    if (!at)
        return ctx.fail(at.error());
    r.startsAtMsecs = *at;
    if (client)
        r.clientId = Id::fromString(*client);
    if (client && r.clientId.isNull())
        return ctx.fail(
            Error::invalid(QStringLiteral("client.notFound"),
                           CtlSchedulingCommands::tr("\"%1\" is not a client id.").arg(*client)));
    Id staffId;
    if (who) {
        auto member = findStaff(store, *who);
        if (!member)
            return ctx.fail(member.error());
        staffId = member->id;
    }
    for (const QString &name : services->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto service = ServiceCatalog(store).findByIdOrName(name);
        if (!service)
            return ctx.fail(service.error());
        r.lines << BookingLine { service->id, staffId, {}, {} };
    }
    r.source = source.value_or(QStringLiteral("front_desk"));
    r.notes = notes.value_or(QString());
    r.overrideConflicts = !by->isNull();
    r.overriddenBy = *by;
    std::optional<Recurrence> recurrence;
    if (every || until || times) {
        Recurrence rule;
        if (every) {
            auto n = parseInt(*every, QStringLiteral("--repeat-weeks"));
            if (!n)
                return ctx.fail(n.error());
            rule.intervalWeeks = *n;
        }
        if (until) {
            auto d = parseDate(*until);
            if (!d)
                return ctx.fail(d.error());
            rule.until = *d;
        }
        if (times) {
            auto n = parseInt(*times, QStringLiteral("--times"));
            if (!n)
                return ctx.fail(n.error());
            rule.count = *n;
        }
        recurrence = rule;
    }
    // A new client and the booking are one transaction, as in the desktop's
    // booking dialog: a refused booking leaves no client behind.
    auto booked = ClientBooking(store).book(r, newClient, recurrence);
    if (!booked)
        return ctx.fail(booked.error());
    AppointmentBook book(store);
    QJsonArray json;
    for (const Appointment &a : std::as_const(booked->appointments)) {
        auto found = book.find(a.id);
        if (!found)
            return ctx.fail(found.error());
        const Appointment &full = *found;
        if (ctx.json())
            json.append(appointmentJson(full, session->location));
        else
            ctx.print(appointmentLine(full, session->location));
    }
    if (ctx.json())
        ctx.print(booked->appointments.size() == 1 ? QJsonValue(json.first()) : QJsonValue(json));
    return 0;
}

int appointmentChange(CtlContext &ctx, const QString &action)
{
    const QString id = ctx.takePositional();
    const auto start = ctx.takeOption(QStringLiteral("start"));
    const auto end = ctx.takeOption(QStringLiteral("end"));
    const auto who = ctx.takeOption(QStringLiteral("staff"));
    const auto reason = ctx.takeOption(QStringLiteral("reason"));
    const auto status = ctx.takeOption(QStringLiteral("status"));
    const bool following = ctx.takeFlag(QStringLiteral("following"));
    auto session = openSession(ctx, std::nullopt);
    if (!session)
        return ctx.fail(session.error());
    LocalStore &store = *session->store;
    auto by = overrideUser(ctx, store);
    if (!by)
        return ctx.fail(by.error());
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    AppointmentBook book(store);
    auto current = book.find(Id::fromString(id));
    if (!current)
        return ctx.fail(current.error());
    auto location = LocationService(store).find(current->locationId);
    if (!location)
        return ctx.fail(location.error());
    AppointmentBook::Change change;
    change.overrideConflicts = !by->isNull();
    change.overriddenBy = *by;
    change.scope = following ? SeriesScope::ThisAndFollowing : SeriesScope::ThisOnly;
    Result<void> done;
    if (action == QLatin1String("move")) {
        if (!start && !who)
            return ctx.usage(
                CtlSchedulingCommands::tr("appointment move needs --start and/or --staff."));
        qint64 at = current->time.from;
        if (start) {
            auto parsed = parseLocalTime(*start, *location);
            if (!parsed)
                return ctx.fail(parsed.error());
            at = *parsed;
        }
        Id staffId;
        if (who) {
            auto member = findStaff(store, *who);
            if (!member)
                return ctx.fail(member.error());
            staffId = member->id;
        }
        if (auto moved = book.move(current->id, at, staffId, change); !moved)
            return ctx.fail(moved.error());
    } else if (action == QLatin1String("resize")) {
        if (!end)
            return ctx.usage(CtlSchedulingCommands::tr("appointment resize needs --end."));
        auto parsed = parseLocalTime(*end, *location);
        if (!parsed)
            return ctx.fail(parsed.error());
        if (auto resized = book.resize(current->id, *parsed, change); !resized)
            return ctx.fail(resized.error());
    } else if (action == QLatin1String("cancel")) {
        if (auto c = book.cancel(current->id, reason.value_or(QString()), change.scope); !c)
            return ctx.fail(c.error());
    } else {
        const auto target = appointmentStatusFromName(status.value_or(QString()));
        if (!target)
            return ctx.usage(
                CtlSchedulingCommands::tr("appointment status needs --status booked, confirmed, "
                                          "checked_in, completed or no_show."));
        if (auto s = book.setStatus(current->id, *target); !s)
            return ctx.fail(s.error());
    }
    const auto after = book.find(current->id);
    if (!after)
        return ctx.fail(after.error());
    if (ctx.json())
        ctx.print(appointmentJson(*after, *location));
    else
        ctx.print(appointmentLine(*after, *location));
    return 0;
}

int appointmentList(CtlContext &ctx)
{
    const auto from = ctx.takeOption(QStringLiteral("from"));
    const auto days = ctx.takeOption(QStringLiteral("days"));
    const auto locationId = ctx.takeOption(QStringLiteral("location"));
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    auto session = openSession(ctx, locationId);
    if (!session)
        return ctx.fail(session.error());
    const QTimeZone zone = session->location.timeZone();
    QDate first
        = QDateTime::fromMSecsSinceEpoch(session->store->clock().nowMsecsSinceEpoch(), zone).date();
    if (from) {
        auto d = parseDate(*from);
        if (!d)
            return ctx.fail(d.error());
        first = *d;
    }
    int count = 1;
    if (days) {
        auto n = parseInt(*days, QStringLiteral("--days"));
        if (!n)
            return ctx.fail(n.error());
        if (*n < 1 || *n > 366)
            return ctx.usage(CtlSchedulingCommands::tr("--days must be 1 to 366."));
        count = *n;
    }
    const TimeInterval range {
        QDateTime(first, QTime(0, 0), zone).toMSecsSinceEpoch(),
        QDateTime(first.addDays(count), QTime(0, 0), zone).toMSecsSinceEpoch()
    };
    auto listed = AppointmentBook(*session->store).atLocation(session->location.id, range);
    if (!listed)
        return ctx.fail(listed.error());
    QJsonArray json;
    for (const Appointment &a : std::as_const(*listed)) {
        if (ctx.json())
            json.append(appointmentJson(a, session->location));
        else
            ctx.print(appointmentLine(a, session->location));
    }
    if (ctx.json())
        ctx.print(json);
    return 0;
}

int appointmentShow(CtlContext &ctx)
{
    const QString id = ctx.takePositional();
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    auto session = openSession(ctx, std::nullopt);
    if (!session)
        return ctx.fail(session.error());
    auto a = AppointmentBook(*session->store).find(Id::fromString(id));
    if (!a)
        return ctx.fail(a.error());
    auto location = LocationService(*session->store).find(a->locationId);
    if (!location)
        return ctx.fail(location.error());
    if (ctx.json())
        ctx.print(appointmentJson(*a, *location));
    else
        ctx.print(appointmentLine(*a, *location));
    return 0;
}

} // namespace

int CtlSchedulingCommands::runService(CtlContext &ctx)
{
    const QString action = ctx.takePositional();
    if (action == QLatin1String("list"))
        return serviceList(ctx);
    if (action == QLatin1String("add") || action == QLatin1String("edit")
        || action == QLatin1String("delete"))
        return serviceWrite(ctx, action);
    return ctx.usage(
        tr("Unknown service command \"%1\": use list, add, edit or delete.").arg(action));
}

int CtlSchedulingCommands::runStaff(CtlContext &ctx)
{
    const QString action = ctx.takePositional();
    if (action == QLatin1String("list"))
        return staffList(ctx);
    if (action == QLatin1String("add"))
        return staffAdd(ctx);
    if (action == QLatin1String("hours"))
        return staffHours(ctx);
    if (action == QLatin1String("time-off"))
        return staffTimeOff(ctx);
    return ctx.usage(
        tr("Unknown staff command \"%1\": use list, add, hours or time-off.").arg(action));
}

int CtlSchedulingCommands::runAppointment(CtlContext &ctx)
{
    const QString action = ctx.takePositional();
    if (action == QLatin1String("book"))
        return appointmentBook(ctx);
    if (action == QLatin1String("move") || action == QLatin1String("resize")
        || action == QLatin1String("cancel") || action == QLatin1String("status"))
        return appointmentChange(ctx, action);
    if (action == QLatin1String("list"))
        return appointmentList(ctx);
    if (action == QLatin1String("show"))
        return appointmentShow(ctx);
    return ctx.usage(tr("Unknown appointment command \"%1\": use book, move, resize, cancel, "
                        "status, list or show.")
                         .arg(action));
}

int CtlSchedulingCommands::runAvailability(CtlContext &ctx)
{
    const auto serviceText = ctx.takeOption(QStringLiteral("service"));
    const auto who = ctx.takeOption(QStringLiteral("staff"));
    const auto from = ctx.takeOption(QStringLiteral("from"));
    const auto days = ctx.takeOption(QStringLiteral("days"));
    const auto step = ctx.takeOption(QStringLiteral("step"));
    const auto locationId = ctx.takeOption(QStringLiteral("location"));
    const bool next = ctx.takeFlag(QStringLiteral("next"));
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (!serviceText)
        return ctx.usage(tr("availability needs --service."));
    auto session = openSession(ctx, locationId);
    if (!session)
        return ctx.fail(session.error());
    LocalStore &store = *session->store;
    auto service = ServiceCatalog(store).findByIdOrName(*serviceText);
    if (!service)
        return ctx.fail(service.error());
    SlotQuery q;
    q.serviceId = service->id;
    q.locationId = session->location.id;
    q.notBeforeMsecs = store.clock().nowMsecsSinceEpoch();
    if (who) {
        auto member = findStaff(store, *who);
        if (!member)
            return ctx.fail(member.error());
        q.staffId = member->id;
    }
    q.firstDay
        = QDateTime::fromMSecsSinceEpoch(q.notBeforeMsecs, session->location.timeZone()).date();
    if (from) {
        auto d = parseDate(*from);
        if (!d)
            return ctx.fail(d.error());
        q.firstDay = *d;
    }
    int dayCount = 7;
    if (days) {
        auto n = parseInt(*days, QStringLiteral("--days"));
        if (!n)
            return ctx.fail(n.error());
        dayCount = *n;
    }
    q.lastDay = q.firstDay.addDays(dayCount - 1);
    if (step) {
        auto n = parseInt(*step, QStringLiteral("--step"));
        if (!n)
            return ctx.fail(n.error());
        q.stepMinutes = *n;
    }
    if (next)
        q.maxSlots = 1;
    auto found = AvailabilityFinder(store).find(q);
    if (!found)
        return ctx.fail(found.error());
    const QList<StaffMember> members = StaffService(store).members();
    const auto nameOf = [&](const Id &id) {
        for (const StaffMember &m : members) {
            if (m.id == id)
                return m.displayName;
        }
        return QString();
    };
    QJsonArray json;
    for (const Slot &s : *found) {
        if (ctx.json())
            json.append(QJsonObject {
                { QStringLiteral("starts_at"), isoLocal(s.time.from, session->location) },
                { QStringLiteral("ends_at"), isoLocal(s.time.to, session->location) },
                { QStringLiteral("staff_id"), s.staffId.toString() },
                { QStringLiteral("staff"), nameOf(s.staffId) },
                { QStringLiteral("resource_id"),
                  s.resourceId.isNull() ? QJsonValue() : QJsonValue(s.resourceId.toString()) } });
        else
            ctx.print(QStringLiteral("%1\t%2").arg(localText(s.time.from, session->location),
                                                   nameOf(s.staffId)));
    }
    if (ctx.json())
        ctx.print(json);
    else if (found->isEmpty())
        ctx.print(tr("No free time for \"%1\" in those days.").arg(service->name));
    return 0;
}

QString CtlSchedulingCommands::helpText()
{
    return tr(
        "  service list [--all]\n"
        "  service add --name N --duration MIN [--price 80.00] [--category NAME] [--kind K]\n"
        "       [--buffer-before MIN] [--buffer-after MIN] [--resource-kind K] [--staff A,B]\n"
        "  service edit ID|NAME [the same options] [--active|--inactive]\n"
        "  service delete ID|NAME\n"
        "  staff list | staff add --name N [--location ID]\n"
        "  staff hours --staff S (--weekday 1-7 | --date YYYY-MM-DD)\n"
        "       (--hours \"09:00-18:00,break 12:00-13:00\" | --off | --clear)\n"
        "  staff time-off --staff S --from YYYY-MM-DDTHH:MM --to YYYY-MM-DDTHH:MM [--reason R]\n"
        "  appointment book --service S[,S2] --start YYYY-MM-DDTHH:MM [--staff S]\n"
        "       [--client ID | --new-client-name N [--new-client-phone P] [--new-client-email E]]\n"
        "       [--source front_desk|phone|walk_in|online] [--notes T]\n"
        "       [--repeat-weeks N (--until YYYY-MM-DD | --times N)] [--override-by LOGIN]\n"
        "  appointment move ID [--start T] [--staff S] [--following] [--override-by LOGIN]\n"
        "  appointment resize ID --end T | cancel ID --reason R [--following]\n"
        "  appointment status ID --status confirmed|checked_in|completed|no_show|booked\n"
        "  appointment list [--from YYYY-MM-DD] [--days N] | appointment show ID\n"
        "  availability --service S [--staff S] [--from YYYY-MM-DD] [--days 7] [--step 15] "
        "[--next]\n");
}

} // namespace Balcao::Ctl
