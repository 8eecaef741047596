// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Random.h"
#include "common/Id.h"

namespace Balcao::Bench {

// UUIDv7 ids drawn from a seeded generator, so the same seed gives the same
// ids and two generated databases compare equal by state hash. Every id is
// stamped with the generator's simulated clock, even when the caller passes
// the machine's clock (the change log does), because one id made from the
// real time would make every later id depend on when the generator ran.
class SeededIdSource final : public IdSource
{
public:
    SeededIdSource(quint64 seed, const Clock &clock);
    QUuid next(const Clock &callerClock) override;

private:
    Random m_random;
    const Clock &m_clock;
    qint64 m_lastMsecs = -1;
    quint16 m_sequence = 0;
};

// Makes Id::generate() use `source` for the lifetime of the scope.
class ScopedIdSource
{
public:
    explicit ScopedIdSource(IdSource &source) { Id::setSource(&source); }
    ~ScopedIdSource() { Id::setSource(nullptr); }
    ScopedIdSource(const ScopedIdSource &) = delete;
    ScopedIdSource &operator=(const ScopedIdSource &) = delete;
};

} // namespace Balcao::Bench
