// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlarmClock.h"

#include <QList>

#include <memory>

namespace Balcao::Test {

// An AlarmClock the test moves by hand: nothing rings until advance(), which
// rings every alarm that falls due, in the order they fall due, on the
// calling thread. So a test of a debounce, a retry or a reconnect states how
// much time passes instead of waiting for it, and runs the same on a fast
// machine and on a loaded one. For alarms made on the test's thread.
class FakeAlarmClock final : public AlarmClock
{
public:
    FakeAlarmClock();
    ~FakeAlarmClock() override;

    std::unique_ptr<Alarm> newAlarm() override;

    // Moves the clock `msecs` on.
    void advance(qint64 msecs);
    // Moves it on to the next ring, and rings it; false when nothing is set.
    bool advanceToNextRing();
    // Since the clock was made.
    qint64 elapsedMsecs() const;
    // How many alarms are set, and when the next rings (-1: none is set).
    int setCount() const;
    qint64 nextRingInMsecs() const;

    struct State; // shared with the alarms, whichever goes first

private:
    std::shared_ptr<State> m_state;
};

} // namespace Balcao::Test
