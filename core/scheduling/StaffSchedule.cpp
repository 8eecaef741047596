// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffSchedule.h"

#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace Balcao {

namespace {

const QString kWeekly = QStringLiteral("staff_hours");
const QString kDates = QStringLiteral("staff_date_hours");
const QString kTimeOff = QStringLiteral("staff_time_off");
const QUuid kHoursNamespace(QStringLiteral("{2c7f7d4e-9b1a-4f0e-8d7c-3b6a1e5f9a20}"));

QString kindName(DayPart::Kind kind)
{
    return kind == DayPart::Kind::Break ? QStringLiteral("break") : QStringLiteral("work");
}

// Row ids derive from what the row is (whose hours, which day, which part),
// so two terminals editing the same day's hours write the same rows and merge
// field by field instead of adding up to twice the hours.
Id partId(const QString &scope, int position)
{
    return Id::nameBased(kHoursNamespace,
                         QString(scope + QLatin1Char('#') + QString::number(position)));
}

QString key(const QString &staffId, const QString &suffix)
{
    return staffId + QLatin1Char('/') + suffix;
}

} // namespace

qint64 WorkingTime::utcMsecs(const QDate &day, int minute, const QTimeZone &zone)
{
    const QDate date = day.addDays(minute / 1440);
    const QTime time = QTime(0, 0).addSecs((minute % 1440) * 60);
    return QDateTime(date, time, zone).toMSecsSinceEpoch();
}

IntervalSet WorkingTime::forDay(const QDate &day, const QTimeZone &zone,
                                const QList<DayPart> &weekly,
                                const std::optional<QList<DayPart>> &exception,
                                const QList<TimeInterval> &timeOff)
{
    const QList<DayPart> &parts = exception ? *exception : weekly;
    IntervalSet free;
    for (const DayPart &p : parts) {
        if (p.kind == DayPart::Kind::Work)
            free.add({ utcMsecs(day, p.startMinute, zone), utcMsecs(day, p.endMinute, zone) });
    }
    for (const DayPart &p : parts) {
        if (p.kind == DayPart::Kind::Break)
            free.subtract(TimeInterval { utcMsecs(day, p.startMinute, zone),
                                         utcMsecs(day, p.endMinute, zone) });
    }
    for (const TimeInterval &off : timeOff)
        free.subtract(off);
    return free;
}

StaffSchedule::StaffSchedule(LocalStore &store)
    : m_store(store)
{ }

Result<void> StaffSchedule::checkParts(const QList<DayPart> &parts)
{
    QList<DayPart> work;
    for (const DayPart &p : parts) {
        if (p.startMinute < 0 || p.endMinute > 1440 || p.startMinute >= p.endMinute)
            return Error::invalid(
                QStringLiteral("schedule.partInvalid"),
                tr("%1–%2 is not a valid time span within a day.")
                    .arg(QTime(0, 0).addSecs(p.startMinute * 60).toString(QStringLiteral("HH:mm")),
                         p.endMinute == 1440 ? QStringLiteral("24:00")
                                             : QTime(0, 0)
                                                   .addSecs(p.endMinute * 60)
                                                   .toString(QStringLiteral("HH:mm"))));
        if (p.kind == DayPart::Kind::Work)
            work << p;
    }
    std::sort(work.begin(), work.end(),
              [](const auto &a, const auto &b) { return a.startMinute < b.startMinute; });
    for (int i = 1; i < work.size(); ++i) {
        if (work.at(i).startMinute < work.at(i - 1).endMinute)
            return Error::invalid(QStringLiteral("schedule.partsOverlap"),
                                  tr("Working hours of one day must not overlap."));
    }
    return {};
}

Result<void> StaffSchedule::replaceRows(const QString &table, const QString &where,
                                        const QVariantList &whereValues,
                                        const QList<QVariantMap> &rows)
{
    return m_store.transact([&]() -> Result<void> {
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 AND %2").arg(table, where));
        for (const QVariant &v : whereValues)
            q.addBindValue(v);
        if (auto ran = execQuery(q); !ran)
            return ran.error();
        QStringList stale;
        while (q.next())
            stale << q.value(0).toString();
        for (const QVariantMap &row : rows) {
            const Id id = Id::fromString(row.value(QStringLiteral("id")).toString());
            stale.removeAll(id.toString());
            QVariantMap fields = row;
            fields.remove(QStringLiteral("id"));
            if (auto w = m_store.writer().writeRecord(table, id, fields); !w)
                return w.error();
        }
        for (const QString &id : std::as_const(stale)) {
            if (auto d = m_store.writer().deleteRecord(table, Id::fromString(id)); !d)
                return d.error();
        }
        return {};
    });
}

Result<void> StaffSchedule::setWeeklyHours(const Id &staffId, const Id &locationId, int weekday,
                                           const QList<DayPart> &parts)
{
    if (weekday < 1 || weekday > 7)
        return Error::invalid(QStringLiteral("schedule.weekdayInvalid"),
                              tr("The weekday must be 1 (Monday) to 7 (Sunday)."));
    if (auto ok = checkParts(parts); !ok)
        return ok.error();
    const QString scope = QStringLiteral("weekly/%1/%2/%3")
                              .arg(staffId.toString(), locationId.toString())
                              .arg(weekday);
    QList<QVariantMap> rows;
    for (int i = 0; i < parts.size(); ++i)
        rows << QVariantMap { { QStringLiteral("id"), partId(scope, i).toString() },
                              { QStringLiteral("staff_id"), staffId.toString() },
                              { QStringLiteral("location_id"), locationId.toString() },
                              { QStringLiteral("weekday"), weekday },
                              { QStringLiteral("start_minute"), parts.at(i).startMinute },
                              { QStringLiteral("end_minute"), parts.at(i).endMinute },
                              { QStringLiteral("kind"), kindName(parts.at(i).kind) },
                              { QStringLiteral("deleted"), 0 } };
    return replaceRows(kWeekly, QStringLiteral("staff_id = ? AND location_id = ? AND weekday = ?"),
                       { staffId.toString(), locationId.toString(), weekday }, rows);
}

QList<DayPart> StaffSchedule::weeklyHours(const Id &staffId, const Id &locationId,
                                          int weekday) const
{
    QList<DayPart> out;
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT start_minute, end_minute, kind FROM staff_hours WHERE"
                             " deleted = 0 AND staff_id = ? AND location_id = ? AND weekday = ?"
                             " ORDER BY start_minute, kind DESC"));
    q.addBindValue(staffId.toString());
    q.addBindValue(locationId.toString());
    q.addBindValue(weekday);
    if (!q.exec())
        return out;
    while (q.next())
        out << DayPart { q.value(0).toInt(), q.value(1).toInt(),
                         q.value(2).toString() == QLatin1String("break") ? DayPart::Kind::Break
                                                                         : DayPart::Kind::Work };
    return out;
}

Result<void> StaffSchedule::setDateException(const Id &staffId, const Id &locationId,
                                             const QDate &day, const QList<DayPart> &parts)
{
    if (!day.isValid())
        return Error::invalid(QStringLiteral("schedule.dateInvalid"), tr("The date is not valid."));
    if (auto ok = checkParts(parts); !ok)
        return ok.error();
    const QString iso = day.toString(Qt::ISODate);
    const QString scope
        = QStringLiteral("date/%1/%2/%3").arg(staffId.toString(), locationId.toString(), iso);
    QList<QVariantMap> rows;
    const auto row = [&](int i, int start, int end, const QString &kind) {
        return QVariantMap { { QStringLiteral("id"), partId(scope, i).toString() },
                             { QStringLiteral("staff_id"), staffId.toString() },
                             { QStringLiteral("location_id"), locationId.toString() },
                             { QStringLiteral("day"), iso },
                             { QStringLiteral("start_minute"), start },
                             { QStringLiteral("end_minute"), end },
                             { QStringLiteral("kind"), kind },
                             { QStringLiteral("deleted"), 0 } };
    };
    if (parts.isEmpty())
        rows << row(0, 0, 1440, QStringLiteral("off"));
    for (int i = 0; i < parts.size(); ++i)
        rows << row(i, parts.at(i).startMinute, parts.at(i).endMinute, kindName(parts.at(i).kind));
    return replaceRows(kDates, QStringLiteral("staff_id = ? AND location_id = ? AND day = ?"),
                       { staffId.toString(), locationId.toString(), iso }, rows);
}

Result<void> StaffSchedule::clearDateException(const Id &staffId, const Id &locationId,
                                               const QDate &day)
{
    return replaceRows(kDates, QStringLiteral("staff_id = ? AND location_id = ? AND day = ?"),
                       { staffId.toString(), locationId.toString(), day.toString(Qt::ISODate) },
                       {});
}

std::optional<QList<DayPart>> StaffSchedule::dateException(const Id &staffId, const Id &locationId,
                                                           const QDate &day) const
{
    const Snapshot s = snapshot({ staffId }, locationId, day, day, QTimeZone::utc());
    const auto it = s.exceptions.constFind(key(staffId.toString(), day.toString(Qt::ISODate)));
    if (it == s.exceptions.constEnd())
        return std::nullopt;
    return *it;
}

Result<Id> StaffSchedule::addTimeOff(const Id &staffId, const TimeInterval &span,
                                     const QString &reason)
{
    if (span.isEmpty())
        return Error::invalid(QStringLiteral("schedule.timeOffInvalid"),
                              tr("Time off must end after it starts."));
    const Id id = Id::generate(m_store.clock());
    auto written = m_store.transact([&] {
        return m_store.writer().writeRecord(
            kTimeOff, id,
            { { QStringLiteral("staff_id"), staffId.toString() },
              { QStringLiteral("starts_at"), span.from },
              { QStringLiteral("ends_at"), span.to },
              { QStringLiteral("reason"), textOrNull(reason.trimmed()) },
              { QStringLiteral("deleted"), 0 } });
    });
    if (!written)
        return written.error();
    return id;
}

Result<void> StaffSchedule::removeTimeOff(const Id &timeOffId)
{
    return m_store.transact([&]() -> Result<void> {
        if (auto d = m_store.writer().deleteRecord(kTimeOff, timeOffId); !d)
            return d.error();
        return {};
    });
}

QList<TimeOff> StaffSchedule::timeOff(const Id &staffId, const TimeInterval &range) const
{
    QList<TimeOff> out;
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT id, starts_at, ends_at, reason FROM staff_time_off WHERE"
                             " deleted = 0 AND staff_id = ? AND ends_at > ? AND starts_at < ?"
                             " ORDER BY starts_at"));
    q.addBindValue(staffId.toString());
    q.addBindValue(range.from);
    q.addBindValue(range.to);
    if (!q.exec())
        return out;
    while (q.next())
        out << TimeOff { Id::fromString(q.value(0).toString()),
                         staffId,
                         { q.value(1).toLongLong(), q.value(2).toLongLong() },
                         q.value(3).toString() };
    return out;
}

StaffSchedule::Snapshot StaffSchedule::snapshot(const QList<Id> &staffIds, const Id &locationId,
                                                const QDate &first, const QDate &last,
                                                const QTimeZone &zone) const
{
    auto loaded = loadSnapshot(staffIds, locationId, first, last, zone);
    return loaded ? *loaded : Snapshot {};
}

Result<StaffSchedule::Snapshot> StaffSchedule::loadSnapshot(const QList<Id> &staffIds,
                                                            const Id &locationId,
                                                            const QDate &first, const QDate &last,
                                                            const QTimeZone &zone) const
{
    Snapshot s;
    if (staffIds.isEmpty())
        return s;
    QStringList marks;
    for (qsizetype i = 0; i < staffIds.size(); ++i)
        marks << QStringLiteral("?");
    const QString in = marks.join(QLatin1Char(','));
    const auto bindStaff = [&](QSqlQuery &q) {
        for (const Id &id : staffIds)
            q.addBindValue(id.toString());
    };
    const auto partFrom = [](const QSqlQuery &q, int col) {
        return DayPart { q.value(col).toInt(), q.value(col + 1).toInt(),
                         q.value(col + 2).toString() == QLatin1String("break")
                             ? DayPart::Kind::Break
                             : DayPart::Kind::Work };
    };

    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT staff_id, weekday, start_minute, end_minute, kind FROM"
                             " staff_hours WHERE deleted = 0 AND location_id = ? AND staff_id IN"
                             " (%1) ORDER BY start_minute")
                  .arg(in));
    q.addBindValue(locationId.toString());
    bindStaff(q);
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next())
        s.weekly[key(q.value(0).toString(), q.value(1).toString())] << partFrom(q, 2);

    q.prepare(QStringLiteral("SELECT staff_id, day, start_minute, end_minute, kind FROM"
                             " staff_date_hours WHERE deleted = 0 AND location_id = ? AND day"
                             " BETWEEN ? AND ? AND staff_id IN (%1) ORDER BY start_minute")
                  .arg(in));
    q.addBindValue(locationId.toString());
    q.addBindValue(first.toString(Qt::ISODate));
    q.addBindValue(last.toString(Qt::ISODate));
    bindStaff(q);
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next()) {
        QList<DayPart> &parts = s.exceptions[key(q.value(0).toString(), q.value(1).toString())];
        if (q.value(4).toString() != QLatin1String("off"))
            parts << partFrom(q, 2);
    }

    q.prepare(QStringLiteral("SELECT staff_id, starts_at, ends_at FROM staff_time_off WHERE"
                             " deleted = 0 AND ends_at > ? AND starts_at < ? AND staff_id IN (%1)")
                  .arg(in));
    q.addBindValue(WorkingTime::utcMsecs(first, 0, zone));
    q.addBindValue(WorkingTime::utcMsecs(last, 1440, zone));
    bindStaff(q);
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next())
        s.timeOff[q.value(0).toString()]
            << TimeInterval { q.value(1).toLongLong(), q.value(2).toLongLong() };
    return s;
}

IntervalSet StaffSchedule::Snapshot::workingTime(const Id &staffId, const QDate &day,
                                                 const QTimeZone &zone) const
{
    const QString staff = staffId.toString();
    const auto exception = exceptions.constFind(key(staff, day.toString(Qt::ISODate)));
    return WorkingTime::forDay(
        day, zone, weekly.value(key(staff, QString::number(day.dayOfWeek()))),
        exception == exceptions.constEnd() ? std::nullopt
                                           : std::optional<QList<DayPart>>(*exception),
        timeOff.value(staff));
}

} // namespace Balcao
