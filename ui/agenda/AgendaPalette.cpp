// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaPalette.h"

namespace Balcao {

StatusColours statusColours(AppointmentStatus status)
{
    const QColor ink(0x1f, 0x23, 0x28);
    switch (status) {
    case AppointmentStatus::Booked:
        return { QColor(0xe6, 0xee, 0xfc), QColor(0x2f, 0x6f, 0xeb), ink };
    case AppointmentStatus::Confirmed:
        return { QColor(0xe3, 0xf6, 0xec), QColor(0x12, 0x9a, 0x4f), ink };
    case AppointmentStatus::CheckedIn:
        return { QColor(0xf1, 0xe9, 0xfd), QColor(0x7c, 0x3a, 0xed), ink };
    case AppointmentStatus::Completed:
        return { QColor(0xec, 0xef, 0xf3), QColor(0x64, 0x74, 0x8b), QColor(0x3f, 0x48, 0x55) };
    case AppointmentStatus::Cancelled:
        return { QColor(0xf7, 0xf7, 0xf8), QColor(0xb8, 0xbd, 0xc6), QColor(0x8a, 0x91, 0x9c) };
    case AppointmentStatus::NoShow:
        return { QColor(0xfd, 0xec, 0xea), QColor(0xd9, 0x2d, 0x20), QColor(0x7a, 0x27, 0x1a) };
    }
    return { Qt::white, Qt::gray, ink };
}

} // namespace Balcao
