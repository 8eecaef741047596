// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/Appointment.h"

#include <QColor>

namespace Balcao {

// The colours of an appointment's status, shared by the grid and its legend
// so the two can never disagree. A light fill keeps the text readable; the
// strong accent is the bar on the block's left edge and the legend's swatch.
struct StatusColours
{
    QColor fill;
    QColor accent;
    QColor text;
};

StatusColours statusColours(AppointmentStatus status);

} // namespace Balcao
