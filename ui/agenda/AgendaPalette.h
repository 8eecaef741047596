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

// The grid's own colours (AgendaPainter), named so tests can look for them.
namespace AgendaColours {
inline const QColor working { 0xff, 0xff, 0xff }; // also the background
inline const QColor offHours { 0xee, 0xf0, 0xf3 };
inline const QColor hourLine { 0xe1, 0xe4, 0xe9 };
inline const QColor halfHourLine { 0xf0, 0xf1, 0xf4 };
inline const QColor columnLine { 0xe6, 0xe8, 0xec };
inline const QColor dayLine { 0xc4, 0xca, 0xd3 };
inline const QColor headerText { 0x4b, 0x55, 0x63 };
inline const QColor ink { 0x1f, 0x23, 0x28 };
inline const QColor today { 0x2f, 0x6f, 0xeb };
inline const QColor now { 0xd9, 0x2d, 0x20 };
inline const QColor cursor { 0x2f, 0x6f, 0xeb };
} // namespace AgendaColours

} // namespace Balcao
