// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clients/ClientMetrics.h"

#include <QCoreApplication>

namespace Balcao {

// ClientMetrics in words for the client's page. A value that cannot be
// known yet (no visits, no sales) reads "—", never 0.
class ClientMetricsText
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ClientMetricsText)
public:
    static QString none(); // "—"
    static QString count(int n);
    static QString date(const std::optional<qint64> &msecs, const QTimeZone &zone);
    static QString averageDays(const std::optional<double> &days);
    static QString services(const QList<ClientMetrics::ServiceCount> &services);
    static QString weekdays(const QList<ClientMetrics::WeekdayCount> &weekdays);
    static QString timeOfDay(const std::optional<ClientMetrics::TimeOfDay> &t);
    static QString money(const std::optional<Money> &amount);
    static QString frequency(int score);
    // "1990-12-31" or "--12-31" (no year) as a date in the user's locale.
    static QString birthday(const QString &stored);
    static QString communication(const QString &preference);
};

} // namespace Balcao
