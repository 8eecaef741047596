// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"

namespace Balcao::Bench {

// The generated business lives on its own time line: the generator moves this
// clock forward between entities, so creation dates spread over months like
// real use and do not depend on when the generator runs.
class SimulatedClock final : public Clock
{
public:
    explicit SimulatedClock(qint64 startMsecs)
        : m_msecs(startMsecs)
    { }
    qint64 nowMsecsSinceEpoch() const override { return m_msecs; }
    void advance(qint64 msecs) { m_msecs += msecs; }
    // Back to a past moment, for history written after the present (sales
    // of past years). Stamps of the change log stay in order: the HLC never
    // goes back with its wall clock.
    void setMsecs(qint64 msecs) { m_msecs = msecs; }

private:
    qint64 m_msecs;
};

} // namespace Balcao::Bench
