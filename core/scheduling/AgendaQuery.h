// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Appointment.h"
#include "ResourceService.h"
#include "TimeInterval.h"
#include "common/Error.h"

#include <QDate>
#include <QHash>
#include <QTimeZone>

namespace Balcao {

class LocalStore;

// The days of one location that a day or week view shows: local dates
// [first, last], inclusive, in the location's time zone.
struct AgendaPeriod
{
    Id locationId;
    QDate first;
    QDate last;
    QTimeZone zone = QTimeZone::utc();

    // From the local midnight of `first` to the one after `last`.
    TimeInterval range() const;
    qsizetype dayCount() const { return first.isValid() ? first.daysTo(last) + 1 : 0; }
};

// Everything the agenda shows of a period, read in one go.
struct AgendaData
{
    // Live appointments overlapping the period, by start time.
    QList<Appointment> appointments;
    // The active staff of the location, then anyone else the appointments
    // name: a visit never vanishes from the agenda because of who performs it.
    QList<Id> staff;
    QHash<Id, QString> staffNames; // every staff member, inactive ones too
    QList<Resource> resources; // the location's active resources, by name
    QHash<Id, QString> resourceNames; // the location's resources, inactive ones too
    // Per staff id of `staff`: when they can be booked, one set of UTC
    // intervals per day of the period (weekly hours, the date's exception,
    // time off).
    QHash<Id, QList<IntervalSet>> workingTime;
};

// Reads an AgendaData through the scheduling and staff services. Only
// reads, so it can run on a connection of its own on another thread (the
// agenda's reader) while the UI thread goes on.
class AgendaQuery
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::AgendaQuery)
public:
    explicit AgendaQuery(LocalStore &store);

    Result<AgendaData> read(const AgendaPeriod &period) const;

private:
    LocalStore &m_store;
};

} // namespace Balcao
