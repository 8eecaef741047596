// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingPlanner.h"

#include "BookingChecker.h"
#include "ResourceService.h"
#include "catalog/ServiceCatalog.h"
#include "locations/LocationService.h"
#include "staff/StaffService.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QSqlQuery>

#include <algorithm>

namespace Balcao {

BookingPlanner::BookingPlanner(LocalStore &store)
    : m_store(store)
{ }

const QStringList &BookingPlanner::sources()
{
    static const QStringList kSources { QStringLiteral("front_desk"), QStringLiteral("phone"),
                                        QStringLiteral("walk_in"), QStringLiteral("online") };
    return kSources;
}

Result<BookingPlan> BookingPlanner::plan(const BookingRequest &request) const
{
    auto location = LocationService(m_store).find(request.locationId);
    if (!location)
        return location.error();
    if (request.lines.isEmpty() || request.lines.size() > kMaxServices)
        return Error::invalid(
            QStringLiteral("appointment.noServices"),
            tr("Choose one to %1 services for the appointment.").arg(kMaxServices));
    if (!sources().contains(request.source))
        return Error::invalid(QStringLiteral("appointment.sourceInvalid"),
                              tr("\"%1\" is not a booking source (front_desk, phone, walk_in, "
                                 "online).")
                                  .arg(request.source));
    if (request.notes.size() > kMaxNotesLength || request.internalNotes.size() > kMaxNotesLength)
        return Error::invalid(
            QStringLiteral("appointment.notesTooLong"),
            tr("The notes are too long (at most %1 characters).").arg(kMaxNotesLength));
    if (request.startsAtMsecs <= 0)
        return Error::invalid(QStringLiteral("appointment.timeInvalid"),
                              tr("The appointment needs a start time."));
    if (!request.clientId.isNull()) {
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral("SELECT 1 FROM clients WHERE id = ? AND deleted = 0"));
        q.addBindValue(request.clientId.toString());
        auto found = firstValue(q);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error::notFound(
                QStringLiteral("client.notFound"),
                tr("There is no client with id %1.").arg(request.clientId.toString()));
    }

    ServiceCatalog catalog(m_store);
    ResourceService resources(m_store);
    StaffService staff(m_store);
    QList<Service> services;
    // What is checked is only what can be chosen: the staff member and the
    // room asked for, or else everyone who performs the service and every
    // room of its kind. Loading the occupancy of the others (every performer
    // at every location) was a fifth of planning a booking.
    QList<Id> staffIds;
    QList<Id> resourceIds;
    QList<QList<Id>> roomsOf; // per line
    qint64 span = 0;
    for (const BookingLine &line : request.lines) {
        auto service = catalog.find(line.serviceId);
        if (!service)
            return service.error();
        if (!service->active)
            return Error::invalid(QStringLiteral("service.inactive"),
                                  tr("\"%1\" is not offered any more.").arg(service->name));
        const int minutes = line.durationMinutes.value_or(service->durationMinutes);
        if (minutes < 1 || minutes > ServiceCatalog::kMaxDurationMinutes)
            return Error::invalid(QStringLiteral("service.durationInvalid"),
                                  tr("The duration must be between 1 and %1 minutes.")
                                      .arg(ServiceCatalog::kMaxDurationMinutes));
        span += qint64(minutes) * 60000;
        if (!line.staffId.isNull()) {
            if (auto member = staff.findMember(line.staffId); !member)
                return member.error();
            staffIds << line.staffId;
        } else {
            staffIds << service->staffIds;
        }
        QList<Id> rooms;
        if (!line.resourceId.isNull()) {
            auto resource = resources.find(line.resourceId);
            if (!resource)
                return resource.error();
            if (resource->locationId != request.locationId)
                return Error::invalid(QStringLiteral("resource.otherLocation"),
                                      tr("%1 is at another location.").arg(resource->name));
            rooms << line.resourceId;
        } else if (!service->resourceKind.isEmpty()) {
            auto ofKind = resources.inLocation(request.locationId, service->resourceKind);
            if (!ofKind)
                return ofKind.error();
            for (const Resource &r : std::as_const(*ofKind))
                rooms << r.id;
        }
        resourceIds << rooms;
        roomsOf << rooms;
        services << *service;
    }
    if (staffIds.isEmpty())
        return Error::invalid(QStringLiteral("appointment.noStaff"),
                              tr("Nobody performs \"%1\": choose who does it in the service "
                                 "catalog.")
                                  .arg(services.first().name));

    BookingPlan result;
    Appointment &a = result.appointment;
    a.id = Id::generate(m_store.clock());
    a.locationId = request.locationId;
    a.clientId = request.clientId;
    a.source = request.source;
    a.notes = request.notes.trimmed();
    a.internalNotes = request.internalNotes.trimmed();
    a.createdAtMsecs = m_store.clock().nowMsecsSinceEpoch();

    BookingChecker checker(m_store, request.locationId, location->timeZone());
    if (auto prepared
        = checker.prepare(staffIds, resourceIds, request.clientId,
                          { request.startsAtMsecs, request.startsAtMsecs + span }, {});
        !prepared)
        return prepared.error();
    qint64 at = request.startsAtMsecs;
    for (int i = 0; i < request.lines.size(); ++i) {
        const BookingLine &line = request.lines.at(i);
        const Service &service = services.at(i);
        AppointmentItem item;
        item.id = Id::generate(m_store.clock());
        item.serviceId = service.id;
        item.serviceName = service.name;
        item.price = service.price;
        item.position = i;
        const qint64 length
            = qint64(line.durationMinutes.value_or(service.durationMinutes)) * 60000;
        item.time = { at, at + length };
        item.busy = { at - qint64(service.bufferBeforeMinutes) * 60000,
                      at + length + qint64(service.bufferAfterMinutes) * 60000 };
        at += length;

        // "Anyone": the first who performs it and has no issue then; failing
        // that the first of them, so the issues say why nobody fits.
        const QList<Id> candidates
            = line.staffId.isNull() ? service.staffIds : QList<Id> { line.staffId };
        if (candidates.isEmpty())
            return Error::invalid(QStringLiteral("appointment.noStaff"),
                                  tr("Nobody performs \"%1\": choose who does it in the service "
                                     "catalog.")
                                      .arg(service.name));
        const QList<Id> &rooms = roomsOf.at(i);
        QList<BookingIssue> best;
        bool chosen = false;
        for (const Id &who : candidates) {
            for (int r = 0; r < std::max<qsizetype>(1, rooms.size()); ++r) {
                AppointmentItem candidate = item;
                candidate.staffId = who;
                candidate.resourceId = rooms.isEmpty() ? Id() : rooms.at(r);
                auto issues = checker.checkItem(candidate, service.resourceKind, a.id);
                if (!issues)
                    return issues.error();
                if (!chosen || issues->size() < best.size()) {
                    item.staffId = candidate.staffId;
                    item.resourceId = candidate.resourceId;
                    best = *issues;
                    chosen = true;
                }
                if (issues->isEmpty())
                    break;
            }
            if (chosen && best.isEmpty())
                break;
        }
        result.issues << best;
        checker.take(item, a.id, {});
        a.items << item;
    }
    settleSpan(a);
    if (auto client = checker.checkClient(a.time, a.id))
        result.issues << *client;
    return result;
}

} // namespace Balcao
