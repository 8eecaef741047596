// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"

#include <QAtomicInteger>

namespace Balcao::Test {

// A clock tests move by hand.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 msecs = 1767225600000)
        : m_msecs(msecs)
    { } // 2026-01-01T00:00:00Z
    qint64 nowMsecsSinceEpoch() const override { return m_msecs.loadRelaxed(); }
    void set(qint64 msecs) { m_msecs.storeRelaxed(msecs); }
    void advance(qint64 msecs) { m_msecs.fetchAndAddRelaxed(msecs); }

private:
    QAtomicInteger<qint64> m_msecs;
};

} // namespace Balcao::Test
