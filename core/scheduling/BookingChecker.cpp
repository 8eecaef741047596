// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingChecker.h"

#include "catalog/ServiceCatalog.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QLocale>
#include <QSqlQuery>

namespace Balcao {

QString bookingIssueKindName(BookingIssue::Kind kind)
{
    switch (kind) {
    case BookingIssue::Kind::StaffBusy:
        return QStringLiteral("staffBusy");
    case BookingIssue::Kind::ResourceBusy:
        return QStringLiteral("resourceBusy");
    case BookingIssue::Kind::ClientBusy:
        return QStringLiteral("clientBusy");
    case BookingIssue::Kind::OutsideWorkingHours:
        return QStringLiteral("outsideWorkingHours");
    case BookingIssue::Kind::CannotPerform:
        return QStringLiteral("cannotPerform");
    case BookingIssue::Kind::NoResource:
        return QStringLiteral("noResource");
    }
    return {};
}

BookingChecker::BookingChecker(LocalStore &store, const Id &locationId, const QTimeZone &zone)
    : m_store(store)
    , m_locationId(locationId)
    , m_zone(zone)
{ }

Result<void> BookingChecker::prepare(const QList<Id> &staffIds, const QList<Id> &resourceIds,
                                     const Id &clientId, const TimeInterval &range,
                                     const QSet<Id> &ignore)
{
    auto taken = Occupancy::load(m_store, staffIds, resourceIds, clientId, range, ignore);
    if (!taken)
        return taken.error();
    m_taken = *taken;
    const QDate first = QDateTime::fromMSecsSinceEpoch(range.from, m_zone).date().addDays(-1);
    const QDate last = QDateTime::fromMSecsSinceEpoch(range.to, m_zone).date().addDays(1);
    auto schedule
        = StaffSchedule(m_store).loadSnapshot(staffIds, m_locationId, first, last, m_zone);
    if (!schedule)
        return schedule.error();
    m_schedule = *schedule;
    return {};
}

Result<QList<BookingIssue>> BookingChecker::check(const QList<AppointmentItem> &items,
                                                  const Id &clientId, const QSet<Id> &ignore)
{
    if (items.isEmpty())
        return QList<BookingIssue> {};
    QList<Id> staff;
    QList<Id> resources;
    TimeInterval range = items.first().busy;
    TimeInterval visit = items.first().time;
    for (const AppointmentItem &item : items) {
        if (!item.staffId.isNull() && !staff.contains(item.staffId))
            staff << item.staffId;
        if (!item.resourceId.isNull() && !resources.contains(item.resourceId))
            resources << item.resourceId;
        range = { std::min(range.from, item.busy.from), std::max(range.to, item.busy.to) };
        visit = { std::min(visit.from, item.time.from), std::max(visit.to, item.time.to) };
    }
    if (auto prepared = prepare(staff, resources, clientId, range, ignore); !prepared)
        return prepared.error();
    ServiceCatalog catalog(m_store);
    QList<BookingIssue> issues;
    for (const AppointmentItem &item : items) {
        // A service removed since keeps its booking: it needs no room then.
        const auto service = catalog.find(item.serviceId, true);
        if (!service && service.error().kind != Error::Kind::NotFound)
            return service.error();
        auto found = checkItem(item, service ? service->resourceKind : QString());
        if (!found)
            return found.error();
        issues << *found;
    }
    if (auto client = checkClient(visit))
        issues << *client;
    return issues;
}

Result<QList<BookingIssue>> BookingChecker::checkItem(const AppointmentItem &item,
                                                      const QString &resourceKind,
                                                      const Id &self) const
{
    QList<BookingIssue> issues;
    auto performer = performs(item.staffId, item.serviceId);
    if (!performer)
        return performer.error();
    const bool working = works(item.staffId, item.busy);
    const auto staffClash = m_taken.staffClash(item.staffId, item.busy, self);
    // The name only for the messages of issues found: most checks find none.
    QString who;
    if (!*performer || !working || staffClash) {
        auto name = staffName(item.staffId);
        if (!name)
            return name.error();
        who = *name;
    }
    if (!*performer)
        issues << BookingIssue { BookingIssue::Kind::CannotPerform,
                                 item.staffId,
                                 {},
                                 {},
                                 tr("%1 does not perform \"%2\".").arg(who, item.serviceName) };
    if (!working)
        issues << BookingIssue {
            BookingIssue::Kind::OutsideWorkingHours,
            item.staffId,
            {},
            {},
            tr("%1 is not working at %2 (outside working hours, a break or time off).")
                .arg(who, when(item.busy))
        };
    if (staffClash)
        issues << BookingIssue {
            BookingIssue::Kind::StaffBusy,
            item.staffId,
            {},
            staffClash->appointmentId,
            tr("%1 is already booked at %2.").arg(who, when(staffClash->busy))
        };
    if (!resourceKind.isEmpty() && item.resourceId.isNull())
        issues << BookingIssue { BookingIssue::Kind::NoResource,
                                 item.staffId,
                                 {},
                                 {},
                                 tr("\"%1\" needs a %2 and none is free at %3.")
                                     .arg(item.serviceName, resourceKind, when(item.busy)) };
    if (!item.resourceId.isNull()) {
        if (auto clash = m_taken.resourceClash(item.resourceId, item.busy, self))
            issues << BookingIssue {
                BookingIssue::Kind::ResourceBusy, item.staffId, item.resourceId,
                clash->appointmentId,
                tr("The %1 is already taken at %2.")
                    .arg(resourceKind.isEmpty() ? tr("resource") : resourceKind, when(clash->busy))
            };
    }
    return issues;
}

std::optional<BookingIssue> BookingChecker::checkClient(const TimeInterval &visit,
                                                        const Id &self) const
{
    if (auto clash = m_taken.clientClash(visit, self))
        return BookingIssue {
            BookingIssue::Kind::ClientBusy,
            {},
            {},
            clash->appointmentId,
            tr("The client already has an appointment at %1.").arg(when(clash->busy))
        };
    return std::nullopt;
}

void BookingChecker::take(const AppointmentItem &item, const Id &appointmentId, const Id &clientId)
{
    m_taken.addStaff(item.staffId, { item.busy, appointmentId });
    if (!item.resourceId.isNull())
        m_taken.addResource(item.resourceId, { item.busy, appointmentId });
    if (!clientId.isNull())
        m_taken.addClient({ item.time, appointmentId });
}

Result<bool> BookingChecker::performs(const Id &staffId, const Id &serviceId) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT 1 FROM service_staff WHERE id = ? AND deleted = 0"));
    q.addBindValue(ServiceCatalog::serviceStaffId(serviceId, staffId).toString());
    auto row = firstValue(q);
    if (!row)
        return row.error();
    return row->has_value();
}

bool BookingChecker::works(const Id &staffId, const TimeInterval &busy) const
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(busy.from, m_zone).date();
    IntervalSet working;
    for (int d = -1; d <= 1; ++d) {
        const IntervalSet ofDay = m_schedule.workingTime(staffId, day.addDays(d), m_zone);
        for (const TimeInterval &i : ofDay.intervals())
            working.add(i);
    }
    return working.contains(busy);
}

Result<QString> BookingChecker::staffName(const Id &staffId) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT display_name FROM staff WHERE id = ?"));
    q.addBindValue(staffId.toString());
    auto name = firstValue(q);
    if (!name)
        return name.error();
    // Not here (yet: sync may bring the staff member).
    if (!name->has_value())
        return tr("Unknown staff member");
    return (*name)->toString();
}

QString BookingChecker::when(const TimeInterval &time) const
{
    const QLocale locale;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(time.from, m_zone);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(time.to, m_zone);
    return tr("%1 %2–%3")
        .arg(locale.toString(from.date(), QLocale::ShortFormat),
             from.time().toString(QStringLiteral("HH:mm")),
             to.time().toString(QStringLiteral("HH:mm")));
}

} // namespace Balcao
