// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Id.h"
#include "common/Money.h"

#include <QList>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace Balcao {

class LocalStore;

// What a client's appointments say about them, computed from the facts each
// time (nothing is cached, so nothing can drift from the appointments).
// Deleted appointments and items are ignored. "Visits" are completed
// appointments. Calendar months, weekdays and times of day are those of the
// given time zone (the location's), and "now" is the store's clock.
struct ClientMetrics
{
    enum class TimeOfDay {
        Morning, // 05:00–11:59
        Afternoon, // 12:00–17:59
        Evening // 18:00–04:59
    };
    struct ServiceCount
    {
        Id serviceId;
        QString name; // empty when the service is not known on this terminal
        int count = 0;
    };
    struct WeekdayCount
    {
        int weekday = 1; // 1 = Monday ... 7 = Sunday (Qt::DayOfWeek)
        int count = 0;
    };

    int totalAppointments = 0; // every status
    int completed = 0;
    int cancelled = 0;
    int noShows = 0;
    std::optional<qint64> firstVisitMsecs; // UTC
    std::optional<qint64> lastVisitMsecs;
    std::optional<qint64> nextAppointmentMsecs; // booked or confirmed, after now
    // (last visit - first visit) / (visits - 1); needs two visits.
    std::optional<double> averageDaysBetweenVisits;
    // Appointments starting in this and the previous calendar month, whatever
    // their status except cancelled (a no-show was still an appointment).
    int appointmentsThisMonth = 0;
    int appointmentsLastMonth = 0;
    int frequencyScore = 0; // 0–100, see frequencyScoreOf()
    QList<ServiceCount> preferredServices; // top 3 by visits
    QList<WeekdayCount> preferredWeekdays; // top 3 by visits
    std::optional<TimeOfDay> preferredTimeOfDay;
    // From the client's sales, tips left out, less their refunds. The
    // average ticket is empty until the first sale (not zero).
    std::optional<Money> totalSpent;
    std::optional<Money> averageTicket;

    static Result<ClientMetrics> compute(LocalStore &store, const Id &clientId,
                                         const QTimeZone &zone);

    // How regularly and recently a client came in the last 12 months (365
    // days up to `nowMsecs`), 0 to 100, from the times of their visits (visits
    // on the same UTC day count once):
    //   50 × volume      volume = min(visits, 12) / 12 (monthly or more is full)
    //   30 × recency     1 up to 30 days since the last visit, falling linearly
    //                    to 0 at 365 days
    //   20 × regularity  with 3 visits or more: 1 − (standard deviation /
    //                    mean) of the gaps between visits, at least 0;
    //                    fewer visits cannot show a rhythm: 0
    // rounded to the nearest whole number. No visit in the window scores 0.
    static int frequencyScoreOf(QList<qint64> visitMsecs, qint64 nowMsecs);
    static TimeOfDay timeOfDay(const QTime &localTime);
    static QString timeOfDayName(TimeOfDay t); // "morning", "afternoon", "evening"
    // The zone of this terminal's location (TerminalLocation's answer), UTC
    // before set-up; an error when the store cannot say.
    static Result<QTimeZone> businessTimeZone(LocalStore &store);
};

} // namespace Balcao
