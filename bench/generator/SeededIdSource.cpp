// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeededIdSource.h"

#include <QByteArray>
#include <QUuid>

namespace Balcao::Bench {

SeededIdSource::SeededIdSource(quint64 seed, const Clock &clock)
    : m_random(seed, "ids")
    , m_clock(clock)
{ }

QUuid SeededIdSource::next(const Clock &callerClock)
{
    Q_UNUSED(callerClock);
    // The layout of Id::generate(): 48-bit milliseconds, a 12-bit counter that
    // keeps ids made in the same millisecond in order, 62 random bits.
    qint64 msecs = m_clock.nowMsecsSinceEpoch();
    if (msecs <= m_lastMsecs) {
        msecs = m_lastMsecs;
        if (++m_sequence > 0x0FFF) {
            ++msecs;
            m_sequence = static_cast<quint16>(m_random.below(0x0400));
        }
    } else {
        m_sequence = static_cast<quint16>(m_random.below(0x0400));
    }
    m_lastMsecs = msecs;

    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 timestamp = static_cast<quint64>(msecs) & 0xFFFFFFFFFFFFull;
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<char>((timestamp >> (40 - 8 * i)) & 0xFF);
    bytes[6] = static_cast<char>(0x70 | ((m_sequence >> 8) & 0x0F));
    bytes[7] = static_cast<char>(m_sequence & 0xFF);
    const quint64 tail = m_random.next();
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = static_cast<char>((tail >> (56 - 8 * i)) & 0xFF);
    bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
    return QUuid::fromRfc4122(bytes);
}

} // namespace Balcao::Bench
