// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppointmentBook.h"

#include "AppointmentOverlapCheck.h"
#include "BookingChecker.h"
#include "BookingPlanner.h"
#include "ReminderScheduler.h"
#include "ResourceService.h"
#include "audit/AuditTrail.h"
#include "catalog/ServiceCatalog.h"
#include "locations/LocationService.h"
#include "staff/StaffService.h"
#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>

namespace Balcao {

namespace {

const QString kAppointments = QStringLiteral("appointments");
const QString kItems = QStringLiteral("appointment_items");
const QString kSeries = QStringLiteral("appointment_series");

const QString kAppointmentColumns = QStringLiteral(
    "a.id, a.location_id, a.client_id, a.staff_id, a.starts_at, a.ends_at, a.status,"
    " a.cancel_reason, a.source, a.notes, a.internal_notes, a.series_id, a.series_index,"
    " a.created_at, c.name");

Appointment appointmentFrom(const QSqlQuery &q)
{
    Appointment a;
    a.id = Id::fromString(q.value(0).toString());
    a.locationId = Id::fromString(q.value(1).toString());
    a.clientId = Id::fromString(q.value(2).toString());
    a.staffId = Id::fromString(q.value(3).toString());
    a.time = { q.value(4).toLongLong(), q.value(5).toLongLong() };
    a.status = appointmentStatusFromName(q.value(6).toString()).value_or(AppointmentStatus::Booked);
    a.cancelReason = q.value(7).toString();
    a.source = q.value(8).toString();
    a.notes = q.value(9).toString();
    a.internalNotes = q.value(10).toString();
    a.seriesId = Id::fromString(q.value(11).toString());
    a.seriesIndex = q.value(12).toInt();
    a.createdAtMsecs = q.value(13).toLongLong();
    a.clientName = q.value(14).toString();
    return a;
}

AppointmentItem shifted(AppointmentItem item, qint64 delta)
{
    item.time = { item.time.from + delta, item.time.to + delta };
    item.busy = { item.busy.from + delta, item.busy.to + delta };
    return item;
}

} // namespace

QString appointmentStatusName(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return QStringLiteral("booked");
    case AppointmentStatus::Confirmed:
        return QStringLiteral("confirmed");
    case AppointmentStatus::CheckedIn:
        return QStringLiteral("checked_in");
    case AppointmentStatus::Completed:
        return QStringLiteral("completed");
    case AppointmentStatus::Cancelled:
        return QStringLiteral("cancelled");
    case AppointmentStatus::NoShow:
        return QStringLiteral("no_show");
    }
    return {};
}

std::optional<AppointmentStatus> appointmentStatusFromName(const QString &name)
{
    for (AppointmentStatus s : { AppointmentStatus::Booked, AppointmentStatus::Confirmed,
                                 AppointmentStatus::CheckedIn, AppointmentStatus::Completed,
                                 AppointmentStatus::Cancelled, AppointmentStatus::NoShow }) {
        if (appointmentStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

AppointmentBook::AppointmentBook(LocalStore &store)
    : m_store(store)
{ }

bool AppointmentBook::canChangeStatus(AppointmentStatus from, AppointmentStatus to)
{
    using S = AppointmentStatus;
    if (from == to)
        return true;
    switch (from) {
    case S::Booked:
        return true;
    case S::Confirmed:
        return to != S::Booked;
    case S::CheckedIn:
        return to == S::Completed || to == S::Cancelled;
    case S::Completed:
        return false; // a fact for the client's history; a correction is a new visit
    case S::Cancelled:
    case S::NoShow:
        return to == S::Booked; // restored, if the time is still free
    }
    return false;
}

Result<QList<Id>> AppointmentBook::laterOccurrences(const Appointment &appointment) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT id FROM appointments WHERE series_id = ? AND"
                             " series_index > ? AND deleted = 0 AND status IN"
                             " ('booked', 'confirmed') ORDER BY series_index"));
    q.addBindValue(appointment.seriesId.toString());
    q.addBindValue(appointment.seriesIndex);
    return idsQuery(q);
}

Result<QList<BookingIssue>> AppointmentBook::checkTime(const Appointment &appointment,
                                                       bool overrideConflicts,
                                                       const Id &overriddenBy) const
{
    auto location = locationOf(appointment.locationId);
    if (!location)
        return location.error();
    BookingChecker checker(m_store, appointment.locationId, location->timeZone());
    auto issues = checker.check(appointment.items, appointment.clientId, { appointment.id });
    if (!issues)
        return issues.error();
    if (auto allowed = checkOverride(*issues, overrideConflicts, overriddenBy); !allowed)
        return allowed.error();
    return issues;
}

Result<void> AppointmentBook::writeMove(const Appointment &moved, const Appointment &before,
                                        const QList<BookingIssue> &overridden,
                                        const Id &overriddenBy)
{
    if (auto w = write(moved, &before); !w)
        return w.error();
    return audit(QStringLiteral("appointment.movedOverConflicts"), moved, overridden, overriddenBy);
}

Result<Location> AppointmentBook::locationOf(const Id &id) const
{
    return LocationService(m_store).find(id);
}

Result<void> AppointmentBook::checkOverride(const QList<BookingIssue> &issues,
                                            bool overrideConflicts, const Id &overriddenBy) const
{
    if (issues.isEmpty())
        return {};
    QStringList lines;
    for (const BookingIssue &issue : issues)
        lines << issue.message;
    if (!overrideConflicts)
        return Error::conflict(QStringLiteral("appointment.conflicts"),
                               tr("The appointment cannot be booked as it is:\n%1\nA manager "
                                  "can book it anyway.")
                                   .arg(lines.join(QLatin1Char('\n'))));
    const auto users = StaffService(m_store).users();
    if (!users)
        return users.error();
    const auto user = std::find_if(users->begin(), users->end(),
                                   [&](const UserAccount &u) { return u.id == overriddenBy; });
    if (user == users->end() || !user->active
        || (user->role != Role::Manager && user->role != Role::Admin))
        return Error::security(QStringLiteral("appointment.overrideNotAllowed"),
                               tr("Only a manager or an admin can book over these problems:\n%1")
                                   .arg(lines.join(QLatin1Char('\n'))));
    return {};
}

Result<void> AppointmentBook::audit(const QString &action, const Appointment &appointment,
                                    const QList<BookingIssue> &overridden, const Id &by)
{
    if (overridden.isEmpty())
        return {};
    QJsonArray issues;
    for (const BookingIssue &issue : overridden) {
        // The overlap was a decision: no terminal should raise it again.
        if (!issue.otherAppointmentId.isNull()
            && (issue.kind == BookingIssue::Kind::StaffBusy
                || issue.kind == BookingIssue::Kind::ResourceBusy)) {
            if (auto accepted = AppointmentOverlapCheck::acceptOverlap(
                    m_store, appointment.id, issue.otherAppointmentId, by);
                !accepted)
                return accepted;
        }
        issues.append(QJsonObject { { QStringLiteral("kind"), bookingIssueKindName(issue.kind) },
                                    { QStringLiteral("message"), issue.message } });
    }
    auto recorded
        = AuditTrail(m_store).record(action, kAppointments, appointment.id,
                                     QJsonObject { { QStringLiteral("overridden"), issues } }, by);
    if (!recorded)
        return recorded.error();
    return {};
}

Result<void> AppointmentBook::write(const Appointment &a, const Appointment *before)
{
    QVariantMap fields { { QStringLiteral("location_id"), a.locationId.toString() },
                         { QStringLiteral("client_id"), idOrNull(a.clientId) },
                         { QStringLiteral("staff_id"), idOrNull(a.staffId) },
                         { QStringLiteral("starts_at"), a.time.from },
                         { QStringLiteral("ends_at"), a.time.to },
                         { QStringLiteral("status"), appointmentStatusName(a.status) },
                         { QStringLiteral("cancel_reason"), textOrNull(a.cancelReason) },
                         { QStringLiteral("source"), a.source },
                         { QStringLiteral("notes"), textOrNull(a.notes) },
                         { QStringLiteral("internal_notes"), textOrNull(a.internalNotes) },
                         { QStringLiteral("series_id"), idOrNull(a.seriesId) },
                         { QStringLiteral("series_index"),
                           a.seriesId.isNull() ? QVariant() : QVariant(a.seriesIndex) },
                         { QStringLiteral("created_at"), a.createdAtMsecs },
                         { QStringLiteral("deleted"), 0 } };
    if (auto w = m_store.writer().writeRecord(kAppointments, a.id, fields); !w)
        return w.error();
    for (const AppointmentItem &i : a.items) {
        // Written without one, the item would hold "" where every row holds
        // a currency code.
        if (!i.price.hasCurrency())
            return Error::invalid(QStringLiteral("appointment.priceNoCurrency"),
                                  tr("The price of a booked service has no currency."));
        QVariantMap item { { QStringLiteral("appointment_id"), a.id.toString() },
                           { QStringLiteral("service_id"), idOrNull(i.serviceId) },
                           { QStringLiteral("staff_id"), idOrNull(i.staffId) },
                           { QStringLiteral("resource_id"), idOrNull(i.resourceId) },
                           { QStringLiteral("starts_at"), i.time.from },
                           { QStringLiteral("ends_at"), i.time.to },
                           { QStringLiteral("busy_from"), i.busy.from },
                           { QStringLiteral("busy_to"), i.busy.to },
                           { QStringLiteral("price_minor"), i.price.minorUnits() },
                           { QStringLiteral("currency"), i.price.currency().code() },
                           { QStringLiteral("position"), i.position },
                           { QStringLiteral("deleted"), 0 } };
        if (auto w = m_store.writer().writeRecord(kItems, i.id, item); !w)
            return w.error();
    }
    if (before) {
        for (const AppointmentItem &old : before->items) {
            const bool kept = std::any_of(a.items.begin(), a.items.end(),
                                          [&](const auto &i) { return i.id == old.id; });
            if (!kept) {
                if (auto d = m_store.writer().deleteRecord(kItems, old.id); !d)
                    return d.error();
            }
        }
    }
    return ReminderScheduler(m_store).reschedule(a);
}

Result<Appointment> AppointmentBook::book(const BookingRequest &request)
{
    auto planned = BookingPlanner(m_store).plan(request);
    if (!planned)
        return planned.error();
    if (auto allowed
        = checkOverride(planned->issues, request.overrideConflicts, request.overriddenBy);
        !allowed)
        return allowed.error();
    return m_store.transact([&]() -> Result<Appointment> {
        if (auto w = write(planned->appointment, nullptr); !w)
            return w.error();
        if (auto a = audit(QStringLiteral("appointment.bookedOverConflicts"), planned->appointment,
                           planned->issues, request.overriddenBy);
            !a)
            return a.error();
        return planned->appointment;
    });
}

Result<QList<Appointment>> AppointmentBook::bookSeries(const BookingRequest &request,
                                                       const Recurrence &recurrence)
{
    if (recurrence.intervalWeeks < 1 || recurrence.intervalWeeks > 52)
        return Error::invalid(QStringLiteral("series.intervalInvalid"),
                              tr("Repeat every 1 to 52 weeks."));
    if (!recurrence.until && !recurrence.count)
        return Error::invalid(QStringLiteral("series.endMissing"),
                              tr("Say until when or how many times the appointment repeats."));
    if (recurrence.count && (*recurrence.count < 1 || *recurrence.count > kMaxOccurrences))
        return Error::invalid(QStringLiteral("series.countInvalid"),
                              tr("A series has 1 to %1 appointments.").arg(kMaxOccurrences));
    auto location = locationOf(request.locationId);
    if (!location)
        return location.error();
    const QTimeZone zone = location->timeZone();
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(request.startsAtMsecs, zone);
    if (recurrence.until && *recurrence.until < first.date())
        return Error::invalid(QStringLiteral("series.untilInvalid"),
                              tr("The series must end on or after its first date."));

    const BookingPlanner planner(m_store);
    QList<BookingPlan> plans;
    QList<BookingIssue> issues;
    const Id seriesId = Id::generate(m_store.clock());
    for (int k = 0;; ++k) {
        // Same local wall-clock time every time, whatever DST does.
        const QDate date = first.date().addDays(qint64(7) * recurrence.intervalWeeks * k);
        if ((recurrence.count && k >= *recurrence.count)
            || (recurrence.until && date > *recurrence.until))
            break;
        if (k >= kMaxOccurrences)
            return Error::invalid(QStringLiteral("series.countInvalid"),
                                  tr("A series has 1 to %1 appointments.").arg(kMaxOccurrences));
        BookingRequest occurrence = request;
        occurrence.startsAtMsecs = QDateTime(date, first.time(), zone).toMSecsSinceEpoch();
        auto planned = planner.plan(occurrence);
        if (!planned)
            return planned.error();
        planned->appointment.seriesId = seriesId;
        planned->appointment.seriesIndex = k;
        for (const BookingIssue &issue : std::as_const(planned->issues)) {
            BookingIssue dated = issue;
            dated.message = QString(QLocale().toString(date, QLocale::ShortFormat)
                                    + QStringLiteral(": ") + issue.message);
            issues << dated;
        }
        plans << *planned;
    }
    if (auto allowed = checkOverride(issues, request.overrideConflicts, request.overriddenBy);
        !allowed)
        return allowed.error();
    return m_store.transact([&]() -> Result<QList<Appointment>> {
        if (auto w = m_store.writer().writeRecord(
                kSeries, seriesId,
                { { QStringLiteral("interval_weeks"), recurrence.intervalWeeks },
                  { QStringLiteral("until_day"),
                    recurrence.until ? QVariant(recurrence.until->toString(Qt::ISODate))
                                     : QVariant() },
                  { QStringLiteral("occurrences"),
                    recurrence.count ? QVariant(*recurrence.count) : QVariant() },
                  { QStringLiteral("deleted"), 0 } });
            !w)
            return w.error();
        QList<Appointment> out;
        for (const BookingPlan &p : std::as_const(plans)) {
            if (auto w = write(p.appointment, nullptr); !w)
                return w.error();
            if (auto a = audit(QStringLiteral("appointment.bookedOverConflicts"), p.appointment,
                               p.issues, request.overriddenBy);
                !a)
                return a.error();
            out << p.appointment;
        }
        return out;
    });
}

Result<Appointment> AppointmentBook::applyMove(const Appointment &current, qint64 startsAtMsecs,
                                               const Id &staffId, const Change &change)
{
    Appointment moved = current;
    const qint64 delta = startsAtMsecs - current.time.from;
    const Id oldStaff = current.staffId;
    for (AppointmentItem &item : moved.items) {
        item = shifted(item, delta);
        if (!staffId.isNull() && item.staffId == oldStaff)
            item.staffId = staffId;
    }
    settleSpan(moved);
    auto issues = checkTime(moved, change.overrideConflicts, change.overriddenBy);
    if (!issues)
        return issues.error();
    if (auto w = writeMove(moved, current, *issues, change.overriddenBy); !w)
        return w.error();
    return moved;
}

Result<Appointment> AppointmentBook::move(const Id &id, qint64 startsAtMsecs, const Id &staffId,
                                          const Change &change)
{
    auto current = find(id);
    if (!current)
        return current.error();
    if (!holdsTime(current->status) || current->status == AppointmentStatus::Completed)
        return Error::invalid(QStringLiteral("appointment.notMovable"),
                              tr("A cancelled, missed or completed appointment cannot be moved."));
    if (!staffId.isNull()) {
        if (auto member = StaffService(m_store).findMember(staffId); !member)
            return member.error();
    }
    auto location = locationOf(current->locationId);
    if (!location)
        return location.error();
    const QTimeZone zone = location->timeZone();
    return m_store.transact([&]() -> Result<Appointment> {
        auto moved = applyMove(*current, startsAtMsecs, staffId, change);
        if (!moved)
            return moved.error();
        if (change.scope == SeriesScope::ThisAndFollowing && !current->seriesId.isNull()) {
            // Later occurrences shift by the same number of days and take the
            // new local time, so a move across a DST change keeps the hour.
            const QDateTime oldLocal = QDateTime::fromMSecsSinceEpoch(current->time.from, zone);
            const QDateTime newLocal = QDateTime::fromMSecsSinceEpoch(startsAtMsecs, zone);
            const qint64 dayShift = oldLocal.date().daysTo(newLocal.date());
            auto later = laterOccurrences(*current);
            if (!later)
                return later.error();
            for (const Id &laterId : std::as_const(*later)) {
                auto occurrence = find(laterId);
                if (!occurrence)
                    return occurrence.error();
                const QDate date = QDateTime::fromMSecsSinceEpoch(occurrence->time.from, zone)
                                       .date()
                                       .addDays(dayShift);
                const qint64 start = QDateTime(date, newLocal.time(), zone).toMSecsSinceEpoch();
                if (auto m = applyMove(*occurrence, start, staffId, change); !m)
                    return m.error();
            }
        }
        return moved;
    });
}

Result<Appointment> AppointmentBook::resize(const Id &id, qint64 endsAtMsecs, const Change &change)
{
    auto current = find(id);
    if (!current)
        return current.error();
    if (!holdsTime(current->status) || current->status == AppointmentStatus::Completed)
        return Error::invalid(QStringLiteral("appointment.notMovable"),
                              tr("A cancelled, missed or completed appointment cannot be moved."));
    Appointment resized = *current;
    AppointmentItem &last = resized.items.last();
    const qint64 delta = endsAtMsecs - last.time.to;
    if (endsAtMsecs - last.time.from < 60000
        || endsAtMsecs - last.time.from > qint64(ServiceCatalog::kMaxDurationMinutes) * 60000)
        return Error::invalid(QStringLiteral("service.durationInvalid"),
                              tr("The duration must be between 1 and %1 minutes.")
                                  .arg(ServiceCatalog::kMaxDurationMinutes));
    last.time.to += delta;
    last.busy.to += delta;
    settleSpan(resized);
    auto issues = checkTime(resized, change.overrideConflicts, change.overriddenBy);
    if (!issues)
        return issues.error();
    return m_store.transact([&]() -> Result<Appointment> {
        if (auto w = writeMove(resized, *current, *issues, change.overriddenBy); !w)
            return w.error();
        return resized;
    });
}

Result<QList<Appointment>> AppointmentBook::cancel(const Id &id, const QString &reason,
                                                   SeriesScope scope)
{
    auto current = find(id);
    if (!current)
        return current.error();
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Error::invalid(QStringLiteral("appointment.reasonRequired"),
                              tr("Say why the appointment is cancelled."));
    if (!canChangeStatus(current->status, AppointmentStatus::Cancelled))
        return Error::invalid(QStringLiteral("appointment.statusChangeRefused"),
                              tr("A %1 appointment cannot be cancelled.")
                                  .arg(appointmentStatusName(current->status)));
    QList<Id> ids { id };
    if (scope == SeriesScope::ThisAndFollowing && !current->seriesId.isNull()) {
        auto later = laterOccurrences(*current);
        if (!later)
            return later.error();
        ids << *later;
    }
    return m_store.transact([&]() -> Result<QList<Appointment>> {
        QList<Appointment> out;
        for (const Id &each : std::as_const(ids)) {
            auto a = find(each);
            if (!a)
                return a.error();
            Appointment cancelled = *a;
            cancelled.status = AppointmentStatus::Cancelled;
            cancelled.cancelReason = why;
            if (auto w = write(cancelled, &*a); !w)
                return w.error();
            out << cancelled;
        }
        return out;
    });
}

Result<Appointment> AppointmentBook::setStatus(const Id &id, AppointmentStatus status)
{
    auto current = find(id);
    if (!current)
        return current.error();
    if (status == AppointmentStatus::Cancelled)
        return Error::invalid(QStringLiteral("appointment.reasonRequired"),
                              tr("Say why the appointment is cancelled."));
    if (!canChangeStatus(current->status, status))
        return Error::invalid(
            QStringLiteral("appointment.statusChangeRefused"),
            tr("An appointment cannot go from %1 to %2.")
                .arg(appointmentStatusName(current->status), appointmentStatusName(status)));
    Appointment changed = *current;
    changed.status = status;
    if (!holdsTime(current->status) && holdsTime(status)) {
        // Restoring takes the time back: only if it is still free.
        if (auto issues = checkTime(changed, false, {}); !issues)
            return issues.error();
        changed.cancelReason.clear();
    }
    return m_store.transact([&]() -> Result<Appointment> {
        if (auto w = write(changed, &*current); !w)
            return w.error();
        return changed;
    });
}

Result<Appointment> AppointmentBook::setNotes(const Id &id, const std::optional<QString> &notes,
                                              const std::optional<QString> &internalNotes)
{
    if ((notes && notes->size() > kMaxNotesLength)
        || (internalNotes && internalNotes->size() > kMaxNotesLength))
        return Error::invalid(
            QStringLiteral("appointment.notesTooLong"),
            tr("The notes are too long (at most %1 characters).").arg(kMaxNotesLength));
    return m_store.transact([&]() -> Result<Appointment> {
        auto current = find(id);
        if (!current)
            return current.error();
        QVariantMap fields;
        if (notes)
            fields.insert(QStringLiteral("notes"), textOrNull(notes->trimmed()));
        if (internalNotes)
            fields.insert(QStringLiteral("internal_notes"), textOrNull(internalNotes->trimmed()));
        if (auto w = m_store.writer().writeRecord(kAppointments, id, fields); !w)
            return w.error();
        return find(id);
    });
}

Result<void> AppointmentBook::loadItems(QList<Appointment> &appointments) const
{
    if (appointments.isEmpty())
        return {};
    QHash<Id, qsizetype> index;
    for (qsizetype i = 0; i < appointments.size(); ++i)
        index.insert(appointments.at(i).id, i);
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT i.id, i.service_id, i.staff_id, i.resource_id, i.starts_at, i.ends_at,"
        " i.busy_from, i.busy_to, i.price_minor, i.currency, i.position, s.name FROM"
        " appointment_items i LEFT JOIN services s ON s.id = i.service_id WHERE"
        " i.appointment_id = ? AND i.deleted = 0 ORDER BY i.position, i.starts_at"));
    for (Appointment &a : appointments) {
        q.addBindValue(a.id.toString());
        if (auto ran = execQuery(q); !ran)
            return ran;
        while (q.next()) {
            AppointmentItem item;
            item.id = Id::fromString(q.value(0).toString());
            item.serviceId = Id::fromString(q.value(1).toString());
            item.staffId = Id::fromString(q.value(2).toString());
            item.resourceId = Id::fromString(q.value(3).toString());
            item.time = { q.value(4).toLongLong(), q.value(5).toLongLong() };
            item.busy = { q.value(6).toLongLong(), q.value(7).toLongLong() };
            item.price = moneyFromColumns(q.value(8), q.value(9));
            item.position = q.value(10).toInt();
            item.serviceName = q.value(11).toString();
            a.items << item;
        }
    }
    return {};
}

Result<QList<Appointment>> AppointmentBook::readAppointments(QSqlQuery &query) const
{
    if (auto ran = execQuery(query); !ran)
        return ran.error();
    QList<Appointment> out;
    while (query.next())
        out << appointmentFrom(query);
    if (auto items = loadItems(out); !items)
        return items.error();
    return out;
}

Result<Appointment> AppointmentBook::find(const Id &id) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT %1 FROM appointments a LEFT JOIN clients c ON c.id ="
                             " a.client_id WHERE a.id = ? AND a.deleted = 0")
                  .arg(kAppointmentColumns));
    q.addBindValue(id.toString());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    if (!q.next())
        return Error::notFound(QStringLiteral("appointment.notFound"),
                               tr("There is no appointment with id %1.").arg(id.toString()));
    QList<Appointment> one { appointmentFrom(q) };
    if (auto items = loadItems(one); !items)
        return items.error();
    return one.first();
}

QList<Appointment> AppointmentBook::list(const Id &locationId, const TimeInterval &range) const
{
    auto found = atLocation(locationId, range);
    return found ? *found : QList<Appointment> {};
}

Result<QList<Appointment>> AppointmentBook::atLocation(const Id &locationId,
                                                       const TimeInterval &range) const
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    // starts_at bounded below too, so the (location_id, starts_at) index
    // limits the scan; no visit is longer than a day plus its buffers.
    q.prepare(QStringLiteral("SELECT %1 FROM appointments a LEFT JOIN clients c ON c.id ="
                             " a.client_id WHERE a.location_id = ? AND a.deleted = 0 AND"
                             " a.starts_at >= ? AND a.starts_at < ? AND a.ends_at > ?"
                             " ORDER BY a.starts_at, a.id")
                  .arg(kAppointmentColumns));
    q.addBindValue(locationId.toString());
    q.addBindValue(range.from - Occupancy::kMaxBusyMsecs);
    q.addBindValue(range.to);
    q.addBindValue(range.from);
    return readAppointments(q);
}

Result<QList<Appointment>> AppointmentBook::forClient(const Id &clientId) const
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM appointments a LEFT JOIN clients c ON c.id ="
                             " a.client_id WHERE a.client_id = ? AND a.deleted = 0"
                             " ORDER BY a.starts_at DESC, a.id")
                  .arg(kAppointmentColumns));
    q.addBindValue(clientId.toString());
    return readAppointments(q);
}

} // namespace Balcao
