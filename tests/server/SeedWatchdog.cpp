// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeedWatchdog.h"

#include <QtGlobal>

namespace Balcao::Test {

SeedWatchdog::SeedWatchdog(std::chrono::seconds limit)
    : m_limit(limit)
    , m_thread([this] { watch(); })
{ }

SeedWatchdog::~SeedWatchdog()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void SeedWatchdog::started(quint32 seed)
{
    {
        const std::lock_guard lock(m_mutex);
        m_seed = seed;
        m_running = true;
        ++m_starts;
    }
    m_changed.notify_all();
}

void SeedWatchdog::finished()
{
    {
        const std::lock_guard lock(m_mutex);
        m_running = false;
    }
    m_changed.notify_all();
}

void SeedWatchdog::watch()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        if (!m_running) {
            m_changed.wait(lock);
            continue;
        }
        const quint64 starts = m_starts;
        const bool moved = m_changed.wait_for(
            lock, m_limit, [&] { return m_stop || !m_running || m_starts != starts; });
        if (!moved)
            qFatal("sync simulation: seed %u did not finish within %lld s; replay it with "
                   "BALCAO_SIM_SEED=%u",
                   m_seed, static_cast<long long>(m_limit.count()), m_seed);
    }
}

} // namespace Balcao::Test
