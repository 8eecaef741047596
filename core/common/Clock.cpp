// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

namespace Balcao {

SystemClock &SystemClock::instance()
{
    static SystemClock clock;
    return clock;
}

} // namespace Balcao
