// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Hlc.h"

#include <optional>

namespace Balcao::MergeRule {

// The per-column rule every replica (terminal or server) applies to records:
// the write with the higher (HLC, device id) wins; an equal version is the
// same write seen again, so it changes nothing. Tombstones are the "deleted"
// column and follow the same rule. Because the winner depends only on the
// two versions, applying changes is commutative, associative and idempotent.
inline bool incomingWins(const std::optional<FieldVersion> &stored, const FieldVersion &incoming)
{
    return !stored || *stored < incoming;
}

} // namespace Balcao::MergeRule
