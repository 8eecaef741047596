// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioIds.h"

#include <QByteArray>
#include <QUuid>

namespace Balcao::Test {

ScenarioIds *ScenarioIds::s_current = nullptr;

ScenarioIds::ScenarioIds(quint32 seed, const Clock &clock)
    : m_previous(s_current)
    , m_random(seed ^ 0x1d5u)
    , m_clock(clock)
{
    s_current = this;
    Id::setSource(this);
}

ScenarioIds::~ScenarioIds()
{
    s_current = m_previous;
    Id::setSource(m_previous);
}

QUuid ScenarioIds::next(const Clock &callerClock)
{
    Q_UNUSED(callerClock);
    const QMutexLocker lock(&m_mutex);
    // The layout of Id::generate(): 48-bit milliseconds, a 12-bit counter,
    // 62 random bits.
    qint64 msecs = m_clock.nowMsecsSinceEpoch();
    if (msecs <= m_lastMsecs) {
        msecs = m_lastMsecs;
        if (++m_sequence > 0x0FFF) {
            ++msecs;
            m_sequence = static_cast<quint16>(m_random.bounded(0x0400));
        }
    } else {
        m_sequence = static_cast<quint16>(m_random.bounded(0x0400));
    }
    m_lastMsecs = msecs;
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 timestamp = static_cast<quint64>(msecs) & 0xFFFFFFFFFFFFull;
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<char>((timestamp >> (40 - 8 * i)) & 0xFF);
    bytes[6] = static_cast<char>(0x70 | ((m_sequence >> 8) & 0x0F));
    bytes[7] = static_cast<char>(m_sequence & 0xFF);
    const quint64 tail = m_random.generate64();
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = static_cast<char>((tail >> (56 - 8 * i)) & 0xFF);
    bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
    return QUuid::fromRfc4122(bytes);
}

} // namespace Balcao::Test
