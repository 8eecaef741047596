// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "storage/LocalStore.h"

#include <QDate>
#include <QTimeZone>

namespace Balcao::Test {

// A small salon to book into: one location in `zone`, two stylists (Ana and
// Bruno) working Monday to Saturday 09:00–18:00 with lunch 12:00–13:00, a
// 60-minute cut both perform, a 90-minute colour (15 minutes of cleaning
// after) only Ana performs, a 30-minute wash that needs a basin (one basin),
// and a manager account that may override booking warnings.
struct SchedulingFixture
{
    explicit SchedulingFixture(LocalStore &store,
                               const QString &zone = QStringLiteral("America/Sao_Paulo"));

    // The UTC instant of a local wall-clock time at the location.
    qint64 at(const QDate &day, const QString &hhmm) const;

    LocalStore &store;
    QTimeZone zone;
    Id location;
    Id ana;
    Id bruno;
    Id cut;
    Id colour;
    Id wash;
    Id basin;
    Id client;
    Id otherClient;
    Id manager; // user id
    Id frontDesk; // user id
};

} // namespace Balcao::Test
