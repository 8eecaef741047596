// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conflict.h"
#include "common/Error.h"

#include <QList>

namespace Balcao {

class LocalStore;

// One business invariant checked after a merge. Each area adds its own
// (appointments overlapping, stock below zero...) and offers the resolutions
// that make sense for it.
class ConflictCheck
{
public:
    virtual ~ConflictCheck() = default;
    virtual QString kind() const = 0;
    // A check that cannot read says so: an empty list would close every
    // open conflict of its kind.
    virtual Result<QList<ConflictFinding>> find(LocalStore &store) const = 0;
    // The resolution codes a person can pick for this kind, e.g. "keepBoth".
    virtual QStringList resolutions(const Conflict &conflict) const = 0;
    // Whether a resolved conflict whose finding went away may open again
    // when the finding comes back (stock that goes below zero a second
    // time). Off where a resolution is a lasting decision ("keep both").
    virtual bool reopensWhenFoundAgain() const { return false; }
    // Carries out a resolution through the normal services (so it syncs).
    virtual Result<void> apply(LocalStore &store, const Conflict &conflict,
                               const QString &resolution) const = 0;
};

} // namespace Balcao
