// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Samples.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace Balcao::Bench {

// Measures how long the thread's event loop goes without serving events: a
// timer asks to run every 5 ms and each tick records the time since the
// previous one. While the thread is busy (a read, a layout, a paint) no tick
// can run, so the longest gap is the longest time the window would not have
// answered a key or repainted.
class EventLoopWatchdog : public QObject
{
public:
    static constexpr int kIntervalMs = 5;

    explicit EventLoopWatchdog(QObject *parent = nullptr);

    void start();
    void stop();
    qint64 longestGapNanoseconds() const { return m_longest; }
    // {longest_stall_ms, gap_p50_ms, gap_p99_ms, ticks, gaps_over_16ms,
    // gaps_over_50ms}: a gap is the time between two ticks, 5 ms when idle.
    QJsonObject toJson() const;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_over16 = 0;
    qint64 m_over50 = 0;
    Samples m_gaps;
};

} // namespace Balcao::Bench
