// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Balcao {

// When to try again after a failed sync: exponential backoff with full
// jitter (AWS's "full jitter"), so a fleet of terminals coming back after an
// outage does not hit the server in lock-step.
class RetryPolicy
{
public:
    RetryPolicy(qint64 baseMsecs = 1000, qint64 capMsecs = 5 * 60 * 1000)
        : m_base(baseMsecs)
        , m_cap(capMsecs)
    { }

    // The ceiling of the delay after `failures` consecutive failures (1, 2, ...).
    qint64 ceiling(int failures) const
    {
        if (failures <= 0)
            return 0;
        qint64 delay = m_base;
        for (int i = 1; i < failures && delay < m_cap; ++i)
            delay *= 2;
        return qMin(delay, m_cap);
    }
    // A delay in [ceiling / 2, ceiling]: random, but never so short that a
    // failing server is hammered. `unitRandom` is in [0, 1).
    qint64 delay(int failures, double unitRandom) const
    {
        const qint64 top = ceiling(failures);
        return top / 2 + static_cast<qint64>(static_cast<double>(top - top / 2) * unitRandom);
    }

private:
    qint64 m_base;
    qint64 m_cap;
};

} // namespace Balcao
