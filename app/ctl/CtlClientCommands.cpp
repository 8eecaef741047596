// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlClientCommands.h"

#include "CtlContext.h"
#include "CtlJson.h"
#include "clients/ClientCsv.h"
#include "clients/ClientFields.h"
#include "clients/ClientHistory.h"
#include "clients/ClientMerger.h"
#include "clients/ClientMetrics.h"
#include "clients/ClientService.h"
#include "clients/DuplicateFinder.h"
#include "clients/PhoneNumber.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <cstdio>

namespace Balcao::Ctl {

namespace {

QJsonObject clientJson(const Client &c)
{
    return QJsonObject {
        { QStringLiteral("id"), c.id.toString() },
        { QStringLiteral("name"), c.name },
        { QStringLiteral("phone"), CtlJson::text(c.phone) },
        { QStringLiteral("email"), CtlJson::text(c.email) },
        { QStringLiteral("notes"), CtlJson::text(c.notes) },
        { QStringLiteral("tags"), QJsonArray::fromStringList(c.tags) },
        { QStringLiteral("vip"), c.vip },
        { QStringLiteral("birthday"), CtlJson::text(c.birthday) },
        { QStringLiteral("communication_preference"), CtlJson::text(c.communicationPreference) },
        { QStringLiteral("marketing_consent"), c.marketingConsent },
        { QStringLiteral("created_at"), c.createdAtMsecs },
        { QStringLiteral("deleted"), c.deleted },
        { QStringLiteral("merged_into"), CtlJson::id(c.mergedInto) },
    };
}

QString clientLine(const Client &c, const QString &region)
{
    QStringList parts { c.id.toString(), c.name, PhoneNumber::display(c.phone, region), c.email };
    if (c.vip)
        parts << CtlClientCommands::tr("VIP");
    if (!c.tags.isEmpty())
        parts << QLatin1Char('[') + c.tags.join(QStringLiteral(", ")) + QLatin1Char(']');
    parts.removeAll(QString());
    return parts.join(QStringLiteral("  "));
}

std::optional<bool> yesNo(const QString &text)
{
    const QString v = text.trimmed().toLower();
    if (QStringList { QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                      QStringLiteral("1"), QStringLiteral("sim"), QStringLiteral("s") }
            .contains(v))
        return true;
    if (QStringList { QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                      QStringLiteral("0"), QStringLiteral("não"), QStringLiteral("nao") }
            .contains(v))
        return false;
    return std::nullopt;
}

// "--vip", "--vip yes|no", "--vip=no" and "--no-vip".
Result<std::optional<bool>> takeYesNo(CtlContext &ctx, const QString &name)
{
    if (ctx.takeFlag(QStringLiteral("no-") + name))
        return std::optional<bool>(false);
    const QString flag = QStringLiteral("--") + name;
    const QStringList &args = ctx.remaining();
    const qsizetype at = args.indexOf(flag);
    const bool valueFollows = at >= 0 && at + 1 < args.size() && yesNo(args.at(at + 1)).has_value();
    if (at >= 0 && !valueFollows) {
        ctx.takeFlag(name);
        return std::optional<bool>(true);
    }
    const auto value = ctx.takeOption(name);
    if (!value)
        return std::optional<bool>();
    const auto parsed = yesNo(*value);
    if (!parsed)
        return Error::invalid(
            QStringLiteral("cli.usage"),
            CtlClientCommands::tr("--%1 takes yes or no, not \"%2\".").arg(name, *value));
    return std::optional<bool>(parsed);
}

Result<ClientDraft> draftFrom(CtlContext &ctx)
{
    ClientDraft draft;
    draft.name = ctx.takeOption(QStringLiteral("name"));
    draft.phone = ctx.takeOption(QStringLiteral("phone"));
    draft.email = ctx.takeOption(QStringLiteral("email"));
    draft.notes = ctx.takeOption(QStringLiteral("notes"));
    // --tag may repeat, and each may hold several ("vip, noivas"); together
    // they replace the client's tags. --no-tags clears them.
    QStringList tags;
    bool tagsGiven = false;
    while (const auto tag = ctx.takeOption(QStringLiteral("tag"))) {
        tags << ClientFields::splitTags(*tag);
        tagsGiven = true;
    }
    if (ctx.takeFlag(QStringLiteral("no-tags")))
        tagsGiven = true;
    if (tagsGiven)
        draft.tags = tags;
    auto vip = takeYesNo(ctx, QStringLiteral("vip"));
    if (!vip)
        return vip.error();
    draft.vip = *vip;
    auto consent = takeYesNo(ctx, QStringLiteral("consent"));
    if (!consent)
        return consent.error();
    draft.marketingConsent = *consent;
    draft.birthday = ctx.takeOption(QStringLiteral("birthday"));
    draft.communicationPreference = ctx.takeOption(QStringLiteral("preference"));
    return draft;
}

Result<Id> clientId(const QString &text)
{
    const Id id = Id::fromString(text);
    if (id.isNull())
        return Error::invalid(QStringLiteral("cli.badId"),
                              CtlClientCommands::tr("\"%1\" is not a client id.").arg(text));
    return id;
}

void printClients(CtlContext &ctx, const QList<Client> &clients, const QString &region)
{
    if (ctx.json()) {
        QJsonArray array;
        for (const Client &c : clients)
            array.append(clientJson(c));
        ctx.print(array);
    } else {
        for (const Client &c : clients)
            ctx.print(clientLine(c, region));
    }
}

int runAddOrEdit(CtlContext &ctx, bool add)
{
    const auto id = add ? std::nullopt : ctx.takeOption(QStringLiteral("id"));
    auto draft = draftFrom(ctx);
    if (!draft)
        return ctx.usage(draft.error().message);
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (add && !draft->name)
        return ctx.usage(CtlClientCommands::tr("client add needs --name."));
    if (!add && !id)
        return ctx.usage(CtlClientCommands::tr("client edit needs --id."));
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    ClientService clients(**store);
    Result<Client> result = Error::invalid({}, {});
    if (add) {
        result = clients.create(*draft);
    } else {
        auto clientIdValue = clientId(*id);
        if (!clientIdValue)
            return ctx.fail(clientIdValue.error());
        result = clients.update(*clientIdValue, *draft);
    }
    if (!result)
        return ctx.fail(result.error());
    ctx.json() ? ctx.print(clientJson(*result))
               : ctx.print(clientLine(*result, clients.phoneRegion()));
    return 0;
}

int runDelete(CtlContext &ctx)
{
    const auto id = ctx.takeOption(QStringLiteral("id"));
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (!id)
        return ctx.usage(CtlClientCommands::tr("client delete needs --id."));
    auto clientIdValue = clientId(*id);
    if (!clientIdValue)
        return ctx.fail(clientIdValue.error());
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    if (auto removed = ClientService(**store).remove(*clientIdValue); !removed)
        return ctx.fail(removed.error());
    ctx.json()
        ? ctx.print(QJsonObject { { QStringLiteral("id"), clientIdValue->toString() },
                                  { QStringLiteral("deleted"), true } })
        : ctx.print(CtlClientCommands::tr("Deleted client %1.").arg(clientIdValue->toString()));
    return 0;
}

// `list [--search TEXT]` and `find TEXT`: the same search.
int runList(CtlContext &ctx, bool find)
{
    const QString search = find ? ctx.takePositional()
                                : ctx.takeOption(QStringLiteral("search")).value_or(QString());
    const QString limitText
        = ctx.takeOption(QStringLiteral("limit")).value_or(QStringLiteral("-1"));
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (find && search.trimmed().isEmpty())
        return ctx.usage(CtlClientCommands::tr("client find needs the text to look for."));
    bool ok = false;
    const int limit = limitText.toInt(&ok);
    if (!ok)
        return ctx.usage(CtlClientCommands::tr("--limit needs a number."));
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    ClientService clients(**store);
    printClients(ctx, clients.list(search, limit), clients.phoneRegion());
    return 0;
}

QJsonObject metricsJson(const ClientMetrics &m, const QTimeZone &zone)
{
    QJsonArray services;
    for (const auto &s : m.preferredServices)
        services.append(QJsonObject { { QStringLiteral("service_id"), s.serviceId.toString() },
                                      { QStringLiteral("name"), CtlJson::text(s.name) },
                                      { QStringLiteral("count"), s.count } });
    QJsonArray weekdays;
    for (const auto &w : m.preferredWeekdays)
        weekdays.append(QJsonObject { { QStringLiteral("weekday"), w.weekday },
                                      { QStringLiteral("count"), w.count } });
    return QJsonObject {
        { QStringLiteral("time_zone"), QString::fromUtf8(zone.id()) },
        { QStringLiteral("total_appointments"), m.totalAppointments },
        { QStringLiteral("completed"), m.completed },
        { QStringLiteral("cancelled"), m.cancelled },
        { QStringLiteral("no_shows"), m.noShows },
        { QStringLiteral("first_visit"), CtlJson::time(m.firstVisitMsecs) },
        { QStringLiteral("last_visit"), CtlJson::time(m.lastVisitMsecs) },
        { QStringLiteral("next_appointment"), CtlJson::time(m.nextAppointmentMsecs) },
        { QStringLiteral("average_days_between_visits"),
          m.averageDaysBetweenVisits ? QJsonValue(*m.averageDaysBetweenVisits)
                                     : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("appointments_this_month"), m.appointmentsThisMonth },
        { QStringLiteral("appointments_last_month"), m.appointmentsLastMonth },
        { QStringLiteral("frequency_score"), m.frequencyScore },
        { QStringLiteral("preferred_services"), services },
        { QStringLiteral("preferred_weekdays"), weekdays },
        { QStringLiteral("preferred_time_of_day"),
          m.preferredTimeOfDay ? QJsonValue(ClientMetrics::timeOfDayName(*m.preferredTimeOfDay))
                               : QJsonValue(QJsonValue::Null) },
        // Sales do not exist yet: not available, which is not zero.
        { QStringLiteral("total_spent"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("average_ticket"), QJsonValue(QJsonValue::Null) },
    };
}

QJsonObject visitJson(const ClientVisit &v)
{
    QJsonArray items;
    for (const auto &i : v.items)
        items.append(QJsonObject { { QStringLiteral("service_id"), CtlJson::id(i.serviceId) },
                                   { QStringLiteral("service_name"), CtlJson::text(i.serviceName) },
                                   { QStringLiteral("staff_id"), CtlJson::id(i.staffId) },
                                   { QStringLiteral("price_minor"), i.price.minorUnits() },
                                   { QStringLiteral("currency"), i.price.currency().code() } });
    return QJsonObject {
        { QStringLiteral("appointment_id"), v.appointmentId.toString() },
        { QStringLiteral("starts_at"), v.startsAtMsecs },
        { QStringLiteral("ends_at"), v.endsAtMsecs },
        { QStringLiteral("status"), v.status },
        { QStringLiteral("cancel_reason"), CtlJson::text(v.cancelReason) },
        { QStringLiteral("location_id"), CtlJson::id(v.locationId) },
        { QStringLiteral("staff_id"), CtlJson::id(v.staffId) },
        { QStringLiteral("items"), items },
    };
}

QString localTime(qint64 msecs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString timeOfDayText(ClientMetrics::TimeOfDay t)
{
    switch (t) {
    case ClientMetrics::TimeOfDay::Morning:
        return CtlClientCommands::tr("morning");
    case ClientMetrics::TimeOfDay::Afternoon:
        return CtlClientCommands::tr("afternoon");
    case ClientMetrics::TimeOfDay::Evening:
        return CtlClientCommands::tr("evening");
    }
    return {};
}

void printShow(CtlContext &ctx, const Client &c, const ClientMetrics &m,
               const QList<ClientVisit> &visits, const QTimeZone &zone, const QString &region)
{
    const QLocale locale;
    const QString none = CtlClientCommands::tr("none");
    ctx.print(c.vip ? CtlClientCommands::tr("%1 (VIP)").arg(c.name) : c.name);
    ctx.print(CtlClientCommands::tr("  id: %1").arg(c.id.toString()));
    ctx.print(CtlClientCommands::tr("  phone: %1")
                  .arg(c.phone.isEmpty() ? none : PhoneNumber::display(c.phone, region)));
    ctx.print(CtlClientCommands::tr("  e-mail: %1").arg(c.email.isEmpty() ? none : c.email));
    ctx.print(
        CtlClientCommands::tr("  birthday: %1").arg(c.birthday.isEmpty() ? none : c.birthday));
    ctx.print(CtlClientCommands::tr("  tags: %1")
                  .arg(c.tags.isEmpty() ? none : c.tags.join(QStringLiteral(", "))));
    ctx.print(
        CtlClientCommands::tr("  reach by: %1; marketing consent: %2")
            .arg(c.communicationPreference.isEmpty() ? none : c.communicationPreference,
                 c.marketingConsent ? CtlClientCommands::tr("yes") : CtlClientCommands::tr("no")));
    if (!c.notes.isEmpty())
        ctx.print(CtlClientCommands::tr("  notes: %1").arg(c.notes));
    ctx.print(CtlClientCommands::tr(
                  "Appointments: %1 (%2 completed, %3 cancelled, %4 no-shows); %5 this month, "
                  "%6 last month")
                  .arg(m.totalAppointments)
                  .arg(m.completed)
                  .arg(m.cancelled)
                  .arg(m.noShows)
                  .arg(m.appointmentsThisMonth)
                  .arg(m.appointmentsLastMonth));
    if (m.firstVisitMsecs)
        ctx.print(
            CtlClientCommands::tr("First visit: %1; last visit: %2")
                .arg(localTime(*m.firstVisitMsecs, zone), localTime(*m.lastVisitMsecs, zone)));
    if (m.averageDaysBetweenVisits)
        ctx.print(CtlClientCommands::tr("Comes every %1 days on average")
                      .arg(locale.toString(*m.averageDaysBetweenVisits, 'f', 1)));
    if (m.nextAppointmentMsecs)
        ctx.print(CtlClientCommands::tr("Next appointment: %1")
                      .arg(localTime(*m.nextAppointmentMsecs, zone)));
    ctx.print(CtlClientCommands::tr("Frequency score: %1/100").arg(m.frequencyScore));
    if (!m.preferredServices.isEmpty()) {
        QStringList services;
        for (const auto &s : m.preferredServices)
            services << QStringLiteral("%1 (%2)")
                            .arg(s.name.isEmpty() ? s.serviceId.toString() : s.name)
                            .arg(s.count);
        ctx.print(CtlClientCommands::tr("Preferred services: %1")
                      .arg(services.join(QStringLiteral(", "))));
    }
    if (!m.preferredWeekdays.isEmpty()) {
        QStringList days;
        for (const auto &w : m.preferredWeekdays)
            days << QStringLiteral("%1 (%2)").arg(locale.dayName(w.weekday)).arg(w.count);
        ctx.print(CtlClientCommands::tr("Preferred days: %1; time of day: %2")
                      .arg(days.join(QStringLiteral(", ")), timeOfDayText(*m.preferredTimeOfDay)));
    }
    ctx.print(CtlClientCommands::tr(
        "Total spent and average ticket: not available until sales are recorded"));
    if (!visits.isEmpty()) {
        ctx.print(
            CtlClientCommands::tr("History (times in %1):").arg(QString::fromUtf8(zone.id())));
        for (const ClientVisit &v : visits) {
            QStringList services;
            for (const auto &i : v.items)
                services << (i.serviceName.isEmpty() ? i.serviceId.toString() : i.serviceName);
            const QString line
                = QStringLiteral("%1  %2  %3")
                      .arg(localTime(v.startsAtMsecs, zone), v.status.leftJustified(10),
                           services.join(QStringLiteral(", ")));
            ctx.print(QStringLiteral("  ") + line.trimmed());
        }
    }
}

int runShow(CtlContext &ctx)
{
    const QString idText = ctx.takePositional();
    const QString historyText
        = ctx.takeOption(QStringLiteral("history")).value_or(QStringLiteral("20"));
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (idText.isEmpty())
        return ctx.usage(CtlClientCommands::tr("client show needs a client id."));
    bool ok = false;
    const int history = historyText.toInt(&ok);
    if (!ok)
        return ctx.usage(CtlClientCommands::tr("--history needs a number."));
    auto id = clientId(idText);
    if (!id)
        return ctx.fail(id.error());
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    ClientService clients(**store);
    auto client = clients.find(*id);
    if (!client)
        return ctx.fail(client.error());
    const auto zone = ClientMetrics::businessTimeZone(**store);
    if (!zone)
        return ctx.fail(zone.error());
    auto metrics = ClientMetrics::compute(**store, *id, *zone);
    if (!metrics)
        return ctx.fail(metrics.error());
    auto visits = ClientHistory(**store).visits(*id, history);
    if (!visits)
        return ctx.fail(visits.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const ClientVisit &v : *visits)
            array.append(visitJson(v));
        ctx.print(QJsonObject { { QStringLiteral("client"), clientJson(*client) },
                                { QStringLiteral("metrics"), metricsJson(*metrics, *zone) },
                                { QStringLiteral("history"), array } });
    } else {
        printShow(ctx, *client, *metrics, *visits, *zone, clients.phoneRegion());
    }
    return 0;
}

int runImport(CtlContext &ctx)
{
    const QString path = ctx.takePositional();
    const bool dryRun = ctx.takeFlag(QStringLiteral("dry-run"));
    ClientCsv::ImportOptions options;
    options.skipInvalid = ctx.takeFlag(QStringLiteral("skip-invalid"));
    options.skipDuplicates = ctx.takeFlag(QStringLiteral("skip-duplicates"));
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (path.isEmpty())
        return ctx.usage(CtlClientCommands::tr("client import needs a CSV file."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(
            Error::invalid(QStringLiteral("cli.readFailed"),
                           CtlClientCommands::tr("Cannot read %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString())));
    const QByteArray bytes = file.readAll();
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    ClientCsv csv(**store);
    auto preview = csv.preview(bytes);
    if (!preview)
        return ctx.fail(preview.error());

    const bool refused = preview->invalidCount() > 0 && !options.skipInvalid;
    ClientCsv::ImportResult result;
    std::optional<Error> failure;
    if (!dryRun && !refused) {
        auto committed = csv.commit(*preview, options);
        if (committed)
            result = *committed;
        else
            failure = committed.error();
    }

    QJsonArray errors;
    QJsonArray duplicates;
    for (const ClientCsv::Row &row : preview->rows) {
        if (row.error) {
            errors.append(QJsonObject { { QStringLiteral("line"), row.line },
                                        { QStringLiteral("code"), row.error->code },
                                        { QStringLiteral("message"), row.error->message } });
            if (!ctx.json())
                ctx.print(
                    CtlClientCommands::tr("Line %1: %2").arg(row.line).arg(row.error->message));
        } else if (row.isDuplicate()) {
            QJsonArray ids;
            for (const Id &id : row.duplicateOf)
                ids.append(id.toString());
            duplicates.append(
                QJsonObject { { QStringLiteral("line"), row.line },
                              { QStringLiteral("existing_ids"), ids },
                              { QStringLiteral("duplicate_of_line"),
                                row.duplicateOfLine > 0 ? QJsonValue(row.duplicateOfLine)
                                                        : QJsonValue(QJsonValue::Null) } });
            if (!ctx.json()) {
                QStringList what;
                for (const Id &id : row.duplicateOf)
                    what << id.toString();
                if (row.duplicateOfLine > 0)
                    what << CtlClientCommands::tr("line %1").arg(row.duplicateOfLine);
                ctx.print(CtlClientCommands::tr("Line %1: same phone or e-mail as %2")
                              .arg(row.line)
                              .arg(what.join(QStringLiteral(", "))));
            }
        }
    }
    if (ctx.json()) {
        QJsonArray ignored = QJsonArray::fromStringList(preview->ignoredColumns);
        ctx.print(QJsonObject { { QStringLiteral("file"), QFileInfo(path).absoluteFilePath() },
                                { QStringLiteral("separator"), QString(preview->separator) },
                                { QStringLiteral("ignored_columns"), ignored },
                                { QStringLiteral("rows"), static_cast<int>(preview->rows.size()) },
                                { QStringLiteral("valid"), preview->validCount() },
                                { QStringLiteral("invalid"), preview->invalidCount() },
                                { QStringLiteral("duplicates"), preview->duplicateCount() },
                                { QStringLiteral("dry_run"), dryRun },
                                { QStringLiteral("imported"), result.imported },
                                { QStringLiteral("skipped_invalid"), result.skippedInvalid },
                                { QStringLiteral("skipped_duplicates"), result.skippedDuplicates },
                                { QStringLiteral("errors"), errors },
                                { QStringLiteral("duplicate_rows"), duplicates } });
    } else {
        if (!preview->ignoredColumns.isEmpty())
            ctx.print(CtlClientCommands::tr("Columns not imported: %1")
                          .arg(preview->ignoredColumns.join(QStringLiteral(", "))));
        ctx.print(
            CtlClientCommands::tr("%1 rows: %2 valid, %3 with errors, %4 possible duplicates.")
                .arg(preview->rows.size())
                .arg(preview->validCount())
                .arg(preview->invalidCount())
                .arg(preview->duplicateCount()));
        if (dryRun)
            ctx.print(CtlClientCommands::tr("Nothing was imported (dry run)."));
        else if (!refused && !failure)
            ctx.print(CtlClientCommands::tr(
                          "Imported %1 clients (%2 invalid and %3 duplicate rows skipped).")
                          .arg(result.imported)
                          .arg(result.skippedInvalid)
                          .arg(result.skippedDuplicates));
    }
    if (failure)
        return ctx.fail(*failure);
    if (refused)
        return ctx.fail(Error::invalid(
            QStringLiteral("import.invalidRows"),
            CtlClientCommands::tr(
                "%n row(s) have errors, so nothing was imported. Correct them, or import the "
                "others with --skip-invalid.",
                nullptr, preview->invalidCount())));
    return 0;
}

int runExport(CtlContext &ctx)
{
    const QString path = ctx.takePositional();
    const bool excel = ctx.takeFlag(QStringLiteral("excel"));
    ClientCsv::ExportOptions options;
    options.byteOrderMark = ctx.takeFlag(QStringLiteral("bom")) || excel;
    const QString separator = ctx.takeOption(QStringLiteral("separator"))
                                  .value_or(excel ? QStringLiteral(";") : QStringLiteral(","));
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (separator == QStringLiteral("tab"))
        options.separator = u'\t';
    else if (separator == QStringLiteral(",") || separator == QStringLiteral(";"))
        options.separator = separator.front();
    else
        return ctx.usage(CtlClientCommands::tr("--separator takes \",\", \";\" or \"tab\"."));
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    ClientCsv csv(**store);
    if (path.isEmpty() || path == QStringLiteral("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return ctx.fail(
                Error::storage(QStringLiteral("cli.writeFailed"),
                               CtlClientCommands::tr("Cannot write to the standard output.")));
        auto written = csv.exportTo(out, options);
        if (!written)
            return ctx.fail(written.error());
        return 0;
    }
    // All or nothing: the file appears only once it is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ctx.fail(
            Error::storage(QStringLiteral("cli.writeFailed"),
                           CtlClientCommands::tr("Cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString())));
    auto written = csv.exportTo(file, options);
    if (!written)
        return ctx.fail(written.error());
    if (!file.commit())
        return ctx.fail(
            Error::storage(QStringLiteral("cli.writeFailed"),
                           CtlClientCommands::tr("Cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString())));
    ctx.json()
        ? ctx.print(QJsonObject { { QStringLiteral("file"), QFileInfo(path).absoluteFilePath() },
                                  { QStringLiteral("exported"), *written } })
        : ctx.print(CtlClientCommands::tr("Exported %1 clients to %2.")
                        .arg(*written)
                        .arg(QDir::toNativeSeparators(path)));
    return 0;
}

int runMerge(CtlContext &ctx)
{
    const QString duplicateText = ctx.takePositional();
    const QString survivorText = ctx.takePositional();
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (duplicateText.isEmpty() || survivorText.isEmpty())
        return ctx.usage(CtlClientCommands::tr(
            "client merge needs the duplicate's id, then the id of the client "
            "that stays."));
    auto duplicate = clientId(duplicateText);
    if (!duplicate)
        return ctx.fail(duplicate.error());
    auto survivor = clientId(survivorText);
    if (!survivor)
        return ctx.fail(survivor.error());
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    auto merged = ClientMerger(**store).merge(*duplicate, *survivor);
    if (!merged)
        return ctx.fail(merged.error());
    if (ctx.json()) {
        ctx.print(QJsonObject { { QStringLiteral("survivor"), clientJson(merged->survivor) },
                                { QStringLiteral("duplicate_id"), duplicate->toString() },
                                { QStringLiteral("appointments_moved"), merged->appointmentsMoved },
                                { QStringLiteral("reminders_moved"), merged->remindersMoved },
                                { QStringLiteral("fields_filled"),
                                  QJsonArray::fromStringList(merged->fieldsFilled) } });
    } else {
        ctx.print(
            CtlClientCommands::tr("Merged %1 into %2 (%3): %4 appointments and %5 reminders moved.")
                .arg(duplicate->toString(), merged->survivor.name, merged->survivor.id.toString())
                .arg(merged->appointmentsMoved)
                .arg(merged->remindersMoved));
        if (!merged->fieldsFilled.isEmpty())
            ctx.print(CtlClientCommands::tr("Taken from the duplicate: %1")
                          .arg(merged->fieldsFilled.join(QStringLiteral(", "))));
    }
    return 0;
}

int runDuplicates(CtlContext &ctx)
{
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    auto groups = DuplicateFinder(**store).findAll();
    if (!groups)
        return ctx.fail(groups.error());
    const QString region = ClientService::phoneRegion(**store);
    if (ctx.json()) {
        QJsonArray array;
        for (const DuplicateFinder::Group &g : *groups) {
            QJsonArray clients;
            for (const Client &c : g.clients)
                clients.append(clientJson(c));
            array.append(
                QJsonObject { { QStringLiteral("reason"), DuplicateFinder::reasonName(g.reason) },
                              { QStringLiteral("key"), g.key },
                              { QStringLiteral("clients"), clients } });
        }
        ctx.print(array);
        return 0;
    }
    for (const DuplicateFinder::Group &g : *groups) {
        QString what;
        switch (g.reason) {
        case DuplicateFinder::Reason::Phone:
            what = CtlClientCommands::tr("Same phone %1:").arg(PhoneNumber::display(g.key, region));
            break;
        case DuplicateFinder::Reason::Email:
            what = CtlClientCommands::tr("Same e-mail %1:").arg(g.key);
            break;
        case DuplicateFinder::Reason::Name:
            what = CtlClientCommands::tr("Same name \"%1\":").arg(g.clients.first().name);
            break;
        }
        ctx.print(what);
        for (const Client &c : g.clients)
            ctx.print(QStringLiteral("  ") + clientLine(c, region));
    }
    if (groups->isEmpty())
        ctx.print(CtlClientCommands::tr("No duplicates found."));
    return 0;
}

} // namespace

int CtlClientCommands::run(CtlContext &ctx)
{
    const QString action = ctx.takePositional();
    if (action == QStringLiteral("add") || action == QStringLiteral("edit"))
        return runAddOrEdit(ctx, action == QStringLiteral("add"));
    if (action == QStringLiteral("delete"))
        return runDelete(ctx);
    if (action == QStringLiteral("list") || action == QStringLiteral("find"))
        return runList(ctx, action == QStringLiteral("find"));
    if (action == QStringLiteral("show"))
        return runShow(ctx);
    if (action == QStringLiteral("import"))
        return runImport(ctx);
    if (action == QStringLiteral("export"))
        return runExport(ctx);
    if (action == QStringLiteral("merge"))
        return runMerge(ctx);
    if (action == QStringLiteral("duplicates"))
        return runDuplicates(ctx);
    return ctx.usage(tr("Unknown client command \"%1\": use add, edit, delete, list, find, show, "
                        "import, export, merge or duplicates.")
                         .arg(action));
}

QString CtlClientCommands::helpText()
{
    return tr(
        "  client add --name N [--phone P] [--email E] [--notes T] [--tag T]... [--vip [yes|no]]\n"
        "       [--birthday YYYY-MM-DD|--MM-DD] [--preference whatsapp|sms|email|phone|none]\n"
        "       [--consent [yes|no]]\n"
        "  client edit --id ID [the same options] [--no-tags] [--no-vip] [--no-consent]\n"
        "  client delete --id ID\n"
        "  client list [--search TEXT] [--limit N]\n"
        "  client find TEXT [--limit N]\n"
        "  client show ID [--history N]  details, metrics and the last N appointments\n"
        "  client import FILE [--dry-run] [--skip-invalid] [--skip-duplicates]\n"
        "  client export [FILE] [--separator ,|;|tab] [--bom] [--excel]\n"
        "  client merge DUPLICATE_ID SURVIVOR_ID\n"
        "  client duplicates            clients with the same phone, e-mail or name\n");
}

} // namespace Balcao::Ctl
