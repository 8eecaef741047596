// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlarmClock.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace Balcao {

namespace {

class TimerAlarm final : public Alarm
{
public:
    TimerAlarm()
        : m_timer(new QTimer(this))
    {
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &Alarm::rang);
    }
    void set(qint64 msecs) override
    {
        m_timer->start(int(std::clamp<qint64>(msecs, 0, std::numeric_limits<int>::max())));
    }
    void cancel() override { m_timer->stop(); }
    bool isSet() const override { return m_timer->isActive(); }
    qint64 remainingMsecs() const override
    {
        return m_timer->isActive() ? m_timer->remainingTime() : -1;
    }

private:
    QTimer *m_timer; // a child, so that it moves with the alarm's thread
};

class SystemAlarmClock final : public AlarmClock
{
public:
    std::unique_ptr<Alarm> newAlarm() override { return std::make_unique<TimerAlarm>(); }
};

} // namespace

AlarmClock &AlarmClock::system()
{
    static SystemAlarmClock clock;
    return clock;
}

} // namespace Balcao
