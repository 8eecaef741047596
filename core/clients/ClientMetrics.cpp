// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientMetrics.h"

#include "devices/TerminalLocation.h"
#include "settings/BusinessSettings.h"
#include "storage/LocalStore.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>

namespace Balcao {

namespace {

constexpr qint64 kDayMsecs = 24LL * 60 * 60 * 1000;
constexpr int kWindowDays = 365;
constexpr int kFullVolumeVisits = 12;
constexpr int kFreshDays = 30;
constexpr int kTop = 3;

qint64 monthStart(const QDate &anyDayOfMonth, const QTimeZone &zone)
{
    const QDate first(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    return QDateTime(first, QTime(0, 0), zone).toMSecsSinceEpoch();
}

} // namespace

ClientMetrics::TimeOfDay ClientMetrics::timeOfDay(const QTime &localTime)
{
    if (localTime.hour() >= 5 && localTime.hour() < 12)
        return TimeOfDay::Morning;
    if (localTime.hour() >= 12 && localTime.hour() < 18)
        return TimeOfDay::Afternoon;
    return TimeOfDay::Evening;
}

QString ClientMetrics::timeOfDayName(TimeOfDay t)
{
    switch (t) {
    case TimeOfDay::Morning:
        return QStringLiteral("morning");
    case TimeOfDay::Afternoon:
        return QStringLiteral("afternoon");
    case TimeOfDay::Evening:
        return QStringLiteral("evening");
    }
    return {};
}

int ClientMetrics::frequencyScoreOf(QList<qint64> visitMsecs, qint64 nowMsecs)
{
    const qint64 windowStart = nowMsecs - kWindowDays * kDayMsecs;
    QList<qint64> visits;
    QSet<qint64> days;
    std::sort(visitMsecs.begin(), visitMsecs.end());
    for (const qint64 at : std::as_const(visitMsecs)) {
        if (at < windowStart || at > nowMsecs)
            continue;
        const qint64 day = at >= 0 ? at / kDayMsecs : (at - kDayMsecs + 1) / kDayMsecs;
        if (days.contains(day))
            continue;
        days.insert(day);
        visits << at;
    }
    if (visits.isEmpty())
        return 0;
    const double volume = static_cast<double>(std::min<qsizetype>(visits.size(), kFullVolumeVisits))
        / kFullVolumeVisits;
    const double sinceLast = static_cast<double>(nowMsecs - visits.last()) / kDayMsecs;
    const double recency = sinceLast <= kFreshDays
        ? 1.0
        : std::max(0.0, (kWindowDays - sinceLast) / (kWindowDays - kFreshDays));
    double regularity = 0.0;
    if (visits.size() >= 3) {
        QList<double> gaps;
        for (qsizetype i = 1; i < visits.size(); ++i)
            gaps << static_cast<double>(visits.at(i) - visits.at(i - 1)) / kDayMsecs;
        double mean = 0;
        for (const double g : std::as_const(gaps))
            mean += g;
        mean /= static_cast<double>(gaps.size());
        double variance = 0;
        for (const double g : std::as_const(gaps))
            variance += (g - mean) * (g - mean);
        variance /= static_cast<double>(gaps.size());
        regularity = mean > 0 ? std::max(0.0, 1.0 - std::sqrt(variance) / mean) : 0.0;
    }
    const double score = 50.0 * volume + 30.0 * recency + 20.0 * regularity;
    return std::clamp(static_cast<int>(std::lround(score)), 0, 100);
}

Result<QTimeZone> ClientMetrics::businessTimeZone(LocalStore &store)
{
    auto here = TerminalLocation(store).current();
    if (!here && here.error().kind != Error::Kind::NotFound)
        return here.error();
    if (here && here->timeZone().isValid())
        return here->timeZone();
    return QTimeZone::utc();
}

Result<ClientMetrics> ClientMetrics::compute(LocalStore &store, const Id &clientId,
                                             const QTimeZone &zone)
{
    const qint64 now = store.clock().nowMsecsSinceEpoch();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
    const qint64 thisMonth = monthStart(today, zone);
    const qint64 nextMonth = monthStart(today.addMonths(1), zone);
    const qint64 lastMonth = monthStart(today.addMonths(-1), zone);

    ClientMetrics m;
    QSqlQuery query(store.database().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT starts_at, status FROM appointments"
                                 " WHERE client_id = ? AND deleted = 0 ORDER BY starts_at"));
    query.addBindValue(clientId.toString());
    if (!query.exec())
        return Error::storage(QStringLiteral("storage.readFailed"), query.lastError().text());
    QList<qint64> visits;
    std::array<int, 8> weekdays {};
    std::array<int, 3> timesOfDay {};
    while (query.next()) {
        const qint64 at = query.value(0).toLongLong();
        const QString status = query.value(1).toString();
        ++m.totalAppointments;
        if (status == QStringLiteral("cancelled")) {
            ++m.cancelled;
            continue;
        }
        if (at >= thisMonth && at < nextMonth)
            ++m.appointmentsThisMonth;
        else if (at >= lastMonth && at < thisMonth)
            ++m.appointmentsLastMonth;
        if (status == QStringLiteral("no_show")) {
            ++m.noShows;
        } else if (status == QStringLiteral("completed")) {
            ++m.completed;
            visits << at;
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(at, zone);
            ++weekdays[local.date().dayOfWeek()];
            ++timesOfDay[static_cast<int>(timeOfDay(local.time()))];
        } else if ((status == QStringLiteral("booked") || status == QStringLiteral("confirmed"))
                   && at > now && !m.nextAppointmentMsecs) {
            m.nextAppointmentMsecs = at;
        }
    }
    if (!visits.isEmpty()) {
        m.firstVisitMsecs = visits.first();
        m.lastVisitMsecs = visits.last();
        if (visits.size() >= 2)
            m.averageDaysBetweenVisits = static_cast<double>(visits.last() - visits.first())
                / kDayMsecs / static_cast<double>(visits.size() - 1);
        for (int day = 1; day <= 7; ++day) {
            if (weekdays[day] > 0)
                m.preferredWeekdays << WeekdayCount { day, weekdays[day] };
        }
        // Most visits first; on a tie, the earlier weekday.
        std::stable_sort(
            m.preferredWeekdays.begin(), m.preferredWeekdays.end(),
            [](const WeekdayCount &a, const WeekdayCount &b) { return a.count > b.count; });
        if (m.preferredWeekdays.size() > kTop)
            m.preferredWeekdays.resize(kTop);
        const auto most = std::max_element(timesOfDay.cbegin(), timesOfDay.cend());
        m.preferredTimeOfDay = static_cast<TimeOfDay>(std::distance(timesOfDay.cbegin(), most));
    }
    m.frequencyScore = frequencyScoreOf(visits, now);

    QSqlQuery services(store.database().connection());
    services.setForwardOnly(true);
    services.prepare(QStringLiteral(
        "SELECT i.service_id, max(s.name), count(DISTINCT a.id) AS visits"
        " FROM appointments a JOIN appointment_items i ON i.appointment_id = a.id"
        " LEFT JOIN services s ON s.id = i.service_id"
        " WHERE a.client_id = ? AND a.deleted = 0 AND a.status = 'completed'"
        " AND i.deleted = 0 AND i.service_id IS NOT NULL"
        " GROUP BY i.service_id ORDER BY visits DESC, max(s.name), i.service_id LIMIT ?"));
    services.addBindValue(clientId.toString());
    services.addBindValue(kTop);
    if (!services.exec())
        return Error::storage(QStringLiteral("storage.readFailed"), services.lastError().text());
    while (services.next())
        m.preferredServices << ServiceCount { Id::fromString(services.value(0).toString()),
                                              services.value(1).toString(),
                                              services.value(2).toInt() };

    // Spending: what the client's sales charged, without tips (they go to
    // the staff), less what returns gave back; the ticket is that over the
    // sales that were not exchanges (an exchange is one visit's change of
    // mind, not a new purchase).
    auto currency = BusinessSettings(store).currency();
    if (!currency)
        return currency.error();
    QSqlQuery spent(store.database().connection());
    spent.prepare(QStringLiteral(
        "SELECT (SELECT coalesce(sum(total_minor - tip_minor), 0) FROM sales WHERE client_id = ?)"
        " - (SELECT coalesce(sum(refund_minor), 0) FROM returns WHERE client_id = ?),"
        " (SELECT count(*) FROM sales WHERE client_id = ? AND exchange_return_id IS NULL)"));
    for (int i = 0; i < 3; ++i)
        spent.addBindValue(clientId.toString());
    if (!spent.exec() || !spent.next())
        return Error::storage(QStringLiteral("storage.readFailed"), spent.lastError().text());
    const qint64 total = spent.value(0).toLongLong();
    const qint64 tickets = spent.value(1).toLongLong();
    m.totalSpent = Money(total, *currency);
    if (tickets > 0) {
        auto average = Money(total, *currency).scaled(1, tickets, Rounding::HalfEven);
        if (!average)
            return average.error();
        m.averageTicket = *average;
    }
    return m;
}

} // namespace Balcao
