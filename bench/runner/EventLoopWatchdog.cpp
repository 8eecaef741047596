// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLoopWatchdog.h"

#include <algorithm>

namespace Balcao::Bench {

namespace {

double ms(qint64 nanoseconds)
{
    return rounded(static_cast<double>(nanoseconds) / 1e6, 2);
}

} // namespace

EventLoopWatchdog::EventLoopWatchdog(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kIntervalMs);
    // Coarse timers may fire up to 5 % late by design; this one measures.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopWatchdog::tick);
}

void EventLoopWatchdog::start()
{
    m_gaps = Samples();
    m_longest = 0;
    m_over16 = 0;
    m_over50 = 0;
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void EventLoopWatchdog::stop()
{
    m_timer.stop();
    tick(); // the time since the last tick counts too
}

void EventLoopWatchdog::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 gap = now - m_last;
    m_last = now;
    m_gaps.add(gap);
    m_longest = std::max(m_longest, gap);
    m_over16 += gap > 16'000'000 ? 1 : 0;
    m_over50 += gap > 50'000'000 ? 1 : 0;
}

QJsonObject EventLoopWatchdog::toJson() const
{
    return QJsonObject { { QStringLiteral("longest_stall_ms"), ms(m_longest) },
                         { QStringLiteral("gap_p50_ms"), ms(m_gaps.percentile(50)) },
                         { QStringLiteral("gap_p99_ms"), ms(m_gaps.percentile(99)) },
                         { QStringLiteral("ticks"), m_gaps.count() },
                         { QStringLiteral("gaps_over_16ms"), m_over16 },
                         { QStringLiteral("gaps_over_50ms"), m_over50 } };
}

} // namespace Balcao::Bench
