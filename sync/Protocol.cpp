// SPDX-License-Identifier: GPL-3.0-or-later
#include "Protocol.h"

#include "storage/Migrator.h"
#include "storage/Schema.h"

namespace Balcao::Protocol {

int schemaVersion()
{
    static const int version = [] {
        int highest = 0;
        for (const Migration &m : Schema::migrations())
            highest = std::max(highest, m.version);
        return highest;
    }();
    return version;
}

} // namespace Balcao::Protocol
