// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientMetricsText.h"

#include <QDateTime>
#include <QLocale>

namespace Balcao {

QString ClientMetricsText::none()
{
    return QStringLiteral("—");
}

QString ClientMetricsText::count(int n)
{
    return QLocale().toString(n);
}

QString ClientMetricsText::date(const std::optional<qint64> &msecs, const QTimeZone &zone)
{
    if (!msecs)
        return none();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*msecs, zone).date(),
                              tr("d MMM yyyy", "date of a visit"));
}

QString ClientMetricsText::averageDays(const std::optional<double> &days)
{
    if (!days)
        return none();
    return tr("%1 days").arg(QLocale().toString(*days, 'f', 1));
}

QString ClientMetricsText::services(const QList<ClientMetrics::ServiceCount> &services)
{
    QStringList parts;
    for (const auto &s : services)
        parts << tr("%1 (%2)").arg(s.name.isEmpty() ? tr("Unknown service") : s.name,
                                   QLocale().toString(s.count));
    return parts.isEmpty() ? none() : parts.join(QStringLiteral(", "));
}

QString ClientMetricsText::weekdays(const QList<ClientMetrics::WeekdayCount> &weekdays)
{
    QStringList parts;
    for (const auto &w : weekdays)
        parts << tr("%1 (%2)").arg(QLocale().dayName(w.weekday), QLocale().toString(w.count));
    return parts.isEmpty() ? none() : parts.join(QStringLiteral(", "));
}

QString ClientMetricsText::timeOfDay(const std::optional<ClientMetrics::TimeOfDay> &t)
{
    if (!t)
        return none();
    switch (*t) {
    case ClientMetrics::TimeOfDay::Morning:
        return tr("Morning");
    case ClientMetrics::TimeOfDay::Afternoon:
        return tr("Afternoon");
    case ClientMetrics::TimeOfDay::Evening:
        return tr("Evening");
    }
    return none();
}

QString ClientMetricsText::money(const std::optional<Money> &amount)
{
    return amount ? amount->toDisplayString(QLocale()) : none();
}

QString ClientMetricsText::frequency(int score)
{
    return tr("%1 / 100").arg(score);
}

QString ClientMetricsText::birthday(const QString &stored)
{
    if (stored.isEmpty())
        return none();
    if (stored.startsWith(QLatin1String("--"))) {
        // No year: day and month only.
        const QDate date = QDate::fromString(QStringLiteral("2000") + stored.mid(1), Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, tr("d MMMM", "birthday without a year"))
                              : stored;
    }
    const QDate date = QDate::fromString(stored, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, tr("d MMMM yyyy", "birthday with a year"))
                          : stored;
}

QString ClientMetricsText::communication(const QString &preference)
{
    if (preference == QLatin1String("whatsapp"))
        return tr("WhatsApp");
    if (preference == QLatin1String("sms"))
        return tr("SMS");
    if (preference == QLatin1String("email"))
        return tr("E-mail");
    if (preference == QLatin1String("phone"))
        return tr("Phone call");
    if (preference == QLatin1String("none"))
        return tr("No messages");
    return preference.isEmpty() ? none() : preference;
}

} // namespace Balcao
