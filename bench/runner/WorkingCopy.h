// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QString>

namespace Balcao {
class LocalStore;
}

namespace Balcao::Bench {

// The copy of the generated database a benchmark writes to, made anew and
// on the disk before any timing: the copy (5 GB at scale 1) is still on its
// way to the disk for a while, and commits timed meanwhile would wait
// behind it in their fsync. On the disk first, they measure themselves.
Result<void> makeWorkingCopy(const QString &generated, const QString &work);

// The first value `sql` returns on the store (-1 when none).
qint64 scalar(LocalStore &store, const QString &sql);

} // namespace Balcao::Bench
