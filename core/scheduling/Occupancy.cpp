// SPDX-License-Identifier: GPL-3.0-or-later
#include "Occupancy.h"

#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QSqlQuery>

namespace Balcao {

namespace {

std::optional<Occupancy::Entry> clashIn(const QList<Occupancy::Entry> &entries,
                                        const TimeInterval &busy, const Id &self)
{
    for (const Occupancy::Entry &e : entries) {
        if (e.busy.overlaps(busy) && (self.isNull() || e.appointmentId != self))
            return e;
    }
    return std::nullopt;
}

// Items of visits that still hold their time (not cancelled, not no-show).
QString itemsSql(const QString &column)
{
    return QStringLiteral("SELECT i.busy_from, i.busy_to, i.appointment_id FROM appointment_items"
                          " i JOIN appointments a ON a.id = i.appointment_id WHERE i.%1 = ?"
                          " AND i.deleted = 0 AND i.busy_from >= ? AND i.busy_from < ?"
                          " AND i.busy_to > ? AND a.deleted = 0"
                          " AND a.status NOT IN ('cancelled', 'no_show')")
        .arg(column);
}

} // namespace

Result<Occupancy> Occupancy::load(LocalStore &store, const QList<Id> &staffIds,
                                  const QList<Id> &resourceIds, const Id &clientId,
                                  const TimeInterval &range, const QSet<Id> &ignore)
{
    Occupancy o;
    QSqlQuery q(store.database().connection());
    q.setForwardOnly(true);
    const auto loadInto = [&](const QList<Id> &ids, const QString &column,
                              QHash<Id, QList<Entry>> &into) -> Result<void> {
        if (ids.isEmpty())
            return {};
        q.prepare(itemsSql(column));
        for (const Id &id : ids) {
            QList<Entry> &entries = into[id];
            q.addBindValue(id.toString());
            q.addBindValue(range.from - kMaxBusyMsecs);
            q.addBindValue(range.to);
            q.addBindValue(range.from);
            if (auto ran = execQuery(q); !ran)
                return ran;
            while (q.next()) {
                const Id appointment = Id::fromString(q.value(2).toString());
                if (!ignore.contains(appointment))
                    entries << Entry { { q.value(0).toLongLong(), q.value(1).toLongLong() },
                                       appointment };
            }
        }
        return {};
    };
    if (auto loaded = loadInto(staffIds, QStringLiteral("staff_id"), o.m_staff); !loaded)
        return loaded.error();
    if (auto loaded = loadInto(resourceIds, QStringLiteral("resource_id"), o.m_resources); !loaded)
        return loaded.error();
    if (!clientId.isNull()) {
        q.prepare(
            QStringLiteral("SELECT starts_at, ends_at, id FROM appointments WHERE"
                           " client_id = ? AND deleted = 0 AND status NOT IN ('cancelled',"
                           " 'no_show') AND starts_at >= ? AND starts_at < ? AND ends_at > ?"));
        q.addBindValue(clientId.toString());
        q.addBindValue(range.from - kMaxBusyMsecs);
        q.addBindValue(range.to);
        q.addBindValue(range.from);
        if (auto ran = execQuery(q); !ran)
            return ran.error();
        while (q.next()) {
            const Id appointment = Id::fromString(q.value(2).toString());
            if (!ignore.contains(appointment))
                o.m_client << Entry { { q.value(0).toLongLong(), q.value(1).toLongLong() },
                                      appointment };
        }
    }
    return o;
}

std::optional<Occupancy::Entry> Occupancy::staffClash(const Id &staffId, const TimeInterval &busy,
                                                      const Id &self) const
{
    return clashIn(m_staff.value(staffId), busy, self);
}

std::optional<Occupancy::Entry>
Occupancy::resourceClash(const Id &resourceId, const TimeInterval &busy, const Id &self) const
{
    return clashIn(m_resources.value(resourceId), busy, self);
}

std::optional<Occupancy::Entry> Occupancy::clientClash(const TimeInterval &time,
                                                       const Id &self) const
{
    return clashIn(m_client, time, self);
}

IntervalSet Occupancy::staffBusy(const Id &staffId) const
{
    IntervalSet set;
    for (const Entry &e : m_staff.value(staffId))
        set.add(e.busy);
    return set;
}

} // namespace Balcao
