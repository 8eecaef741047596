// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppointmentWording.h"

#include <QDateTime>
#include <QLocale>

namespace Balcao {

QList<AppointmentStatus> AppointmentWording::statuses()
{
    return { AppointmentStatus::Booked,    AppointmentStatus::Confirmed,
             AppointmentStatus::CheckedIn, AppointmentStatus::Completed,
             AppointmentStatus::Cancelled, AppointmentStatus::NoShow };
}

QString AppointmentWording::status(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return tr("Booked");
    case AppointmentStatus::Confirmed:
        return tr("Confirmed");
    case AppointmentStatus::CheckedIn:
        return tr("Checked in");
    case AppointmentStatus::Completed:
        return tr("Completed");
    case AppointmentStatus::Cancelled:
        return tr("Cancelled");
    case AppointmentStatus::NoShow:
        return tr("No-show");
    }
    return {};
}

QString AppointmentWording::status(const QString &storedName)
{
    const auto known = appointmentStatusFromName(storedName);
    return known ? status(*known) : storedName;
}

QStringList AppointmentWording::sources()
{
    return { QStringLiteral("front_desk"), QStringLiteral("phone"), QStringLiteral("walk_in") };
}

QString AppointmentWording::source(const QString &source)
{
    if (source == QLatin1String("front_desk"))
        return tr("Front desk");
    if (source == QLatin1String("phone"))
        return tr("Phone");
    if (source == QLatin1String("walk_in"))
        return tr("Walk-in");
    if (source == QLatin1String("online"))
        return tr("Online");
    return source;
}

QString AppointmentWording::time(qint64 msecs, const QTimeZone &zone)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs, zone).time(),
                              QLocale::ShortFormat);
}

QString AppointmentWording::timeRange(qint64 fromMsecs, qint64 toMsecs, const QTimeZone &zone)
{
    return tr("%1–%2").arg(time(fromMsecs, zone), time(toMsecs, zone));
}

QString AppointmentWording::date(const QDate &date)
{
    // Short weekday and month names: the agenda's header is narrow.
    return QLocale().toString(date, tr("ddd d MMM yyyy", "date format of the agenda"));
}

QString AppointmentWording::date(qint64 msecs, const QTimeZone &zone)
{
    return date(QDateTime::fromMSecsSinceEpoch(msecs, zone).date());
}

QString AppointmentWording::when(const TimeInterval &time, const QTimeZone &zone)
{
    return tr("%1, %2").arg(date(time.from, zone), timeRange(time.from, time.to, zone));
}

QString AppointmentWording::services(const Appointment &appointment)
{
    QStringList names;
    for (const AppointmentItem &item : appointment.items)
        names << (item.serviceName.isEmpty() ? tr("Unknown service") : item.serviceName);
    return names.join(tr(" + ", "between the services of one visit"));
}

QString AppointmentWording::client(const Appointment &appointment)
{
    if (appointment.clientId.isNull())
        return tr("Walk-in");
    return appointment.clientName.isEmpty() ? tr("Unknown client") : appointment.clientName;
}

} // namespace Balcao
