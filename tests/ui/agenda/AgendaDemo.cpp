// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaDemo.h"

#include "settings/DemoSalon.h"

#include <QDateTime>
#include <QTimeZone>

namespace Balcao::Test {

// Wednesday 11 March 2026, 10:40 in São Paulo (UTC−3).
const qint64 AgendaDemo::kNowMsecs
    = QDateTime(QDate(2026, 3, 11), QTime(13, 40), QTimeZone::utc()).toMSecsSinceEpoch();

AgendaDemo::AgendaDemo(LocalStore &store)
{
    auto salon = DemoSalon::seed(store);
    if (!salon)
        qFatal("AgendaDemo: %s", qPrintable(salon.error().message));
    location = salon->location;
    regularClient = salon->regularClient;
    regularVisitToday = salon->regularVisitToday;
    monday = salon->monday;
    bookedThisWeek = salon->bookedThisWeek;
}

} // namespace Balcao::Test
