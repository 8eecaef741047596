// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Balcao::Test {

// A time limit per seed, on a thread of its own: a scenario that hangs (a
// request nobody answers, a lock never released) ends the run with the seed
// named, so it can be replayed. QtTest's own watchdog (Qt 6.4) times a test
// function over all its data rows together, so it cannot tell a hang from a
// long run of seeds; main() lifts it for this test.
class SeedWatchdog
{
public:
    explicit SeedWatchdog(std::chrono::seconds limit);
    ~SeedWatchdog();
    SeedWatchdog(const SeedWatchdog &) = delete;
    SeedWatchdog &operator=(const SeedWatchdog &) = delete;

    void started(quint32 seed);
    void finished();

private:
    void watch();

    const std::chrono::seconds m_limit;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    quint64 m_starts = 0; // seeds started so far: a new start restarts the clock
    bool m_running = false;
    bool m_stop = false;
    quint32 m_seed = 0;
    std::thread m_thread;
};

} // namespace Balcao::Test
