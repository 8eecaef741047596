// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeAlarmClock.h"

#include <QPointer>

#include <optional>

namespace Balcao::Test {

struct FakeAlarmClock::State
{
    qint64 now = 0;
    QList<QPointer<Alarm>> alarms;
};

namespace {

class FakeAlarm final : public Alarm
{
public:
    explicit FakeAlarm(std::shared_ptr<FakeAlarmClock::State> clock)
        : m_clock(std::move(clock))
    { }
    void set(qint64 msecs) override { m_due = m_clock->now + qMax<qint64>(0, msecs); }
    void cancel() override { m_due.reset(); }
    bool isSet() const override { return m_due.has_value(); }
    qint64 remainingMsecs() const override { return m_due ? *m_due - m_clock->now : -1; }
    qint64 due() const { return *m_due; }
    void ring()
    {
        m_due.reset();
        emit rang();
    }

private:
    std::shared_ptr<FakeAlarmClock::State> m_clock;
    std::optional<qint64> m_due;
};

// The set alarm that rings first (the one set first, of two due together).
FakeAlarm *firstDue(const FakeAlarmClock::State &state)
{
    FakeAlarm *first = nullptr;
    for (const QPointer<Alarm> &a : state.alarms) {
        auto *alarm = static_cast<FakeAlarm *>(a.data());
        if (alarm && alarm->isSet() && (!first || alarm->due() < first->due()))
            first = alarm;
    }
    return first;
}

} // namespace

FakeAlarmClock::FakeAlarmClock()
    : m_state(std::make_shared<State>())
{ }

FakeAlarmClock::~FakeAlarmClock() = default;

std::unique_ptr<Alarm> FakeAlarmClock::newAlarm()
{
    auto alarm = std::make_unique<FakeAlarm>(m_state);
    m_state->alarms.removeAll(nullptr);
    m_state->alarms << QPointer<Alarm>(alarm.get());
    return alarm;
}

void FakeAlarmClock::advance(qint64 msecs)
{
    const qint64 until = m_state->now + msecs;
    while (FakeAlarm *next = firstDue(*m_state)) {
        if (next->due() > until)
            break;
        m_state->now = next->due();
        next->ring(); // may set alarms again, this one included
    }
    m_state->now = until;
}

bool FakeAlarmClock::advanceToNextRing()
{
    FakeAlarm *next = firstDue(*m_state);
    if (!next)
        return false;
    m_state->now = next->due();
    next->ring();
    return true;
}

qint64 FakeAlarmClock::elapsedMsecs() const
{
    return m_state->now;
}

int FakeAlarmClock::setCount() const
{
    int count = 0;
    for (const QPointer<Alarm> &alarm : m_state->alarms)
        count += alarm && alarm->isSet() ? 1 : 0;
    return count;
}

qint64 FakeAlarmClock::nextRingInMsecs() const
{
    const FakeAlarm *next = firstDue(*m_state);
    return next ? next->due() - m_state->now : -1;
}

} // namespace Balcao::Test
