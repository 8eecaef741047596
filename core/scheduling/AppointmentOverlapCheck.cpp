// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppointmentOverlapCheck.h"

#include "AppointmentBook.h"
#include "AvailabilityFinder.h"
#include "BookingChecker.h"
#include "Occupancy.h"
#include "catalog/ServiceCatalog.h"
#include "conflicts/ConflictInbox.h"
#include "locations/LocationService.h"
#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Balcao {

namespace {

// Pairs of items of different visits on the same staff member (or
// resource) whose busy times overlap, both visits still holding their time.
QString overlapSql(const QString &column)
{
    // Driven by appointments_by_location (recent and coming visits only),
    // then each item's neighbours through the (staff or resource, busy_from)
    // index: no index of its own, so bookings stay cheap.
    return QStringLiteral(
               "SELECT i.appointment_id, j.appointment_id, i.%1"
               " FROM appointments a JOIN appointment_items i ON i.appointment_id = a.id"
               " JOIN appointment_items j ON j.%1 = i.%1"
               " AND j.deleted = 0 AND j.busy_from >= i.busy_from AND j.busy_from < i.busy_to"
               " AND j.appointment_id <> i.appointment_id"
               " AND (j.busy_from > i.busy_from OR j.appointment_id > i.appointment_id)"
               " JOIN appointments b ON b.id = j.appointment_id"
               " WHERE a.location_id IN (SELECT id FROM locations) AND a.deleted = 0"
               " AND a.starts_at >= ? AND i.deleted = 0 AND i.%1 IS NOT NULL"
               " AND b.deleted = 0"
               " AND a.status NOT IN ('cancelled', 'no_show', 'completed')"
               " AND b.status NOT IN ('cancelled', 'no_show', 'completed')")
        .arg(column);
}

// Empty when the row is not here (yet: sync may bring it).
Result<QString> nameOf(LocalStore &store, const QString &sql, const QString &id)
{
    QSqlQuery q(store.database().connection());
    q.prepare(sql);
    q.addBindValue(id);
    auto name = firstValue(q);
    if (!name)
        return name.error();
    return name->value_or(QVariant()).toString();
}

} // namespace

Result<QList<ConflictFinding>> AppointmentOverlapCheck::find(LocalStore &store) const
{
    QList<ConflictFinding> findings;
    QSet<QString> seen;
    const qint64 since = store.clock().nowMsecsSinceEpoch() - 24 * 3600 * 1000LL;
    QSqlQuery q(store.database().connection());
    q.setForwardOnly(true);
    for (const QString &column : { QStringLiteral("staff_id"), QStringLiteral("resource_id") }) {
        q.prepare(overlapSql(column));
        q.addBindValue(since - Occupancy::kMaxBusyMsecs);
        if (auto ran = execQuery(q); !ran)
            return ran.error();
        while (q.next()) {
            QStringList ids { q.value(0).toString(), q.value(1).toString() };
            ids.sort();
            const QString key = ids.join(QLatin1Char(','));
            if (seen.contains(key))
                continue;
            seen.insert(key);
            QJsonArray appointments;
            for (const QString &id : std::as_const(ids)) {
                QSqlQuery a(store.database().connection());
                a.prepare(QStringLiteral("SELECT a.starts_at, a.ends_at, c.name, s.display_name"
                                         " FROM appointments a LEFT JOIN clients c ON c.id ="
                                         " a.client_id LEFT JOIN staff s ON s.id = a.staff_id"
                                         " WHERE a.id = ?"));
                a.addBindValue(id);
                if (auto ran = execQuery(a); !ran)
                    return ran.error();
                if (a.next())
                    appointments.append(
                        QJsonObject { { QStringLiteral("id"), id },
                                      { QStringLiteral("starts_at"), a.value(0).toLongLong() },
                                      { QStringLiteral("ends_at"), a.value(1).toLongLong() },
                                      { QStringLiteral("client"), a.value(2).toString() },
                                      { QStringLiteral("staff"), a.value(3).toString() } });
            }
            const bool staff = column == QLatin1String("staff_id");
            const auto who = staff
                ? nameOf(store, QStringLiteral("SELECT display_name FROM staff WHERE id = ?"),
                         q.value(2).toString())
                : nameOf(store, QStringLiteral("SELECT name FROM resources WHERE id = ?"),
                         q.value(2).toString());
            if (!who)
                return who.error();
            findings << ConflictFinding {
                kKind, QStringLiteral("appointments"), ids,
                QJsonObject { { QStringLiteral("on"),
                                staff ? QStringLiteral("staff") : QStringLiteral("resource") },
                              { QStringLiteral("who_id"), q.value(2).toString() },
                              { QStringLiteral("who"), *who },
                              { QStringLiteral("appointments"), appointments } }
            };
        }
    }
    return findings;
}

QStringList AppointmentOverlapCheck::resolutions(const Conflict &conflict) const
{
    QStringList out { kKeepBoth };
    for (const QString &id : conflict.subjectIds)
        out << kMovePrefix + id << kReassignPrefix + id << kCancelPrefix + id;
    return out;
}

Result<void> AppointmentOverlapCheck::apply(LocalStore &store, const Conflict &conflict,
                                            const QString &resolution) const
{
    if (resolution == kKeepBoth)
        return {};
    const QString id = resolution.section(QLatin1Char(':'), 1);
    if (!conflict.subjectIds.contains(id))
        return Error::invalid(QStringLiteral("conflict.badResolution"),
                              tr("\"%1\" is not a resolution of this conflict.").arg(resolution));
    AppointmentBook book(store);
    auto appointment = book.find(Id::fromString(id));
    if (!appointment)
        return appointment.error();
    if (resolution.startsWith(kCancelPrefix)) {
        auto cancelled = book.cancel(appointment->id, tr("Double booking resolved"));
        if (!cancelled)
            return cancelled.error();
        return {};
    }
    if (appointment->items.isEmpty())
        return Error::invalid(QStringLiteral("appointment.noServices"),
                              tr("The appointment has no services to move."));
    const AppointmentItem &first = appointment->items.first();
    if (resolution.startsWith(kMovePrefix)) {
        auto slot = AvailabilityFinder(store).next(first.serviceId, appointment->locationId,
                                                   appointment->staffId, appointment->time.from);
        if (!slot)
            return slot.error();
        if (!*slot)
            return Error::conflict(QStringLiteral("appointment.noFreeSlot"),
                                   tr("There is no free time for it in the next month."));
        auto moved = book.move(appointment->id, (*slot)->time.from, {}, {});
        if (!moved)
            return moved.error();
        return {};
    }
    if (resolution.startsWith(kReassignPrefix)) {
        auto service = ServiceCatalog(store).find(first.serviceId, true);
        if (!service)
            return service.error();
        auto location = LocationService(store).find(appointment->locationId);
        if (!location)
            return location.error();
        for (const Id &other : service->staffIds) {
            if (other == appointment->staffId)
                continue;
            QList<AppointmentItem> items = appointment->items;
            for (AppointmentItem &item : items) {
                if (item.staffId == appointment->staffId)
                    item.staffId = other;
            }
            BookingChecker checker(store, appointment->locationId, location->timeZone());
            auto issues = checker.check(items, appointment->clientId, { appointment->id });
            if (!issues)
                return issues.error();
            if (issues->isEmpty()) {
                auto moved = book.move(appointment->id, appointment->time.from, other, {});
                if (!moved)
                    return moved.error();
                return {};
            }
        }
        return Error::conflict(
            QStringLiteral("appointment.nobodyFree"),
            tr("Nobody else who performs \"%1\" is free at that time.").arg(service->name));
    }
    return Error::invalid(QStringLiteral("conflict.badResolution"),
                          tr("\"%1\" is not a resolution of this conflict.").arg(resolution));
}

Result<void> AppointmentOverlapCheck::acceptOverlap(LocalStore &store, const Id &a, const Id &b,
                                                    const Id &userId)
{
    QStringList ids { a.toString(), b.toString() };
    ids.sort();
    QJsonArray subjects;
    for (const QString &s : std::as_const(ids))
        subjects.append(s);
    auto written = store.writer().writeRecord(
        QStringLiteral("conflicts"), ConflictInbox::conflictId(kKind, ids),
        { { QStringLiteral("kind"), kKind },
          { QStringLiteral("subject_table"), QStringLiteral("appointments") },
          { QStringLiteral("subject_ids"),
            QString::fromUtf8(QJsonDocument(subjects).toJson(QJsonDocument::Compact)) },
          { QStringLiteral("facts"), QStringLiteral("{}") },
          { QStringLiteral("status"), QStringLiteral("resolved") },
          { QStringLiteral("resolution"), kKeepBoth },
          { QStringLiteral("resolved_by"), idOrNull(userId) },
          { QStringLiteral("resolved_at"), store.clock().nowMsecsSinceEpoch() },
          { QStringLiteral("deleted"), 0 } });
    if (!written)
        return written.error();
    return {};
}

} // namespace Balcao
