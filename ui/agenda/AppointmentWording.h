// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/Appointment.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace Balcao {

// How appointments read in the agenda, its panel and dialogs: status and
// source names, times in the location's zone, the services of a visit. One
// place, so the grid, the panel and the client's history say the same.
class AppointmentWording
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::AppointmentWording)
public:
    static QList<AppointmentStatus> statuses();
    static QString status(AppointmentStatus status);
    // From the stored name ("no_show"); the name itself when unknown.
    static QString status(const QString &storedName);
    // The sources the front desk chooses from, as stored ("front_desk"...).
    static QStringList sources();
    static QString source(const QString &source);

    // "10:00–11:00" in `zone`, in the user's locale.
    static QString timeRange(qint64 fromMsecs, qint64 toMsecs, const QTimeZone &zone);
    static QString time(qint64 msecs, const QTimeZone &zone);
    // "Wed 11 Mar 2026" in `zone`.
    static QString date(qint64 msecs, const QTimeZone &zone);
    static QString date(const QDate &date);
    // "Wed 11 Mar 2026, 10:00–11:00".
    static QString when(const TimeInterval &time, const QTimeZone &zone);
    // "Cut + Wash".
    static QString services(const Appointment &appointment);
    // The client's name, or "Walk-in" for a visit without a client record.
    static QString client(const Appointment &appointment);
};

} // namespace Balcao
