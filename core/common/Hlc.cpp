// SPDX-License-Identifier: GPL-3.0-or-later
#include "Hlc.h"

#include <algorithm>

namespace Balcao {

QString Hlc::toString() const
{
    return QStringLiteral("%1-%2")
        .arg(msecs(), 13, 10, QLatin1Char('0'))
        .arg(counter(), 5, 10, QLatin1Char('0'));
}

Hlc Hlc::fromString(QStringView text)
{
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    if (dash <= 0)
        return {};
    bool okMs = false;
    bool okCounter = false;
    const qint64 ms = text.left(dash).toLongLong(&okMs);
    const uint counter = text.mid(dash + 1).toUInt(&okCounter);
    if (!okMs || !okCounter || ms < 0 || ms >= (qint64(1) << 48) || counter > 0xFFFF)
        return {};
    return Hlc(ms, static_cast<quint16>(counter));
}

HlcClock::HlcClock(const Clock &wall, Hlc last, qint64 maxForwardDriftMsecs)
    : m_wall(wall)
    , m_last(last)
    , m_maxForwardDrift(maxForwardDriftMsecs)
{ }

Hlc HlcClock::now()
{
    QMutexLocker lock(&m_mutex);
    const qint64 wall = m_wall.nowMsecsSinceEpoch();
    if (wall > m_last.msecs())
        m_last = Hlc(wall, 0);
    else if (m_last.counter() == 0xFFFF)
        m_last = Hlc(m_last.msecs() + 1, 0); // counter exhausted: borrow the next millisecond
    else
        m_last = Hlc(m_last.msecs(), static_cast<quint16>(m_last.counter() + 1));
    return m_last;
}

Result<Hlc> HlcClock::observe(Hlc remote)
{
    QMutexLocker lock(&m_mutex);
    const qint64 wall = m_wall.nowMsecsSinceEpoch();
    if (remote.msecs() - wall > m_maxForwardDrift) {
        return Error::conflict(QStringLiteral("hlc.drift"),
                               tr("A change is stamped %1 seconds ahead of this computer's clock. "
                                  "Check the date and time of both devices.")
                                   .arg((remote.msecs() - wall) / 1000));
    }
    const qint64 l = std::max({ m_last.msecs(), remote.msecs(), wall });
    quint32 c = 0;
    if (l == m_last.msecs() && l == remote.msecs())
        c = std::max(m_last.counter(), remote.counter()) + 1u;
    else if (l == m_last.msecs())
        c = m_last.counter() + 1u;
    else if (l == remote.msecs())
        c = remote.counter() + 1u;
    m_last = c > 0xFFFF ? Hlc(l + 1, 0) : Hlc(l, static_cast<quint16>(c));
    return m_last;
}

void HlcClock::advanceTo(Hlc floor)
{
    QMutexLocker lock(&m_mutex);
    if (floor > m_last)
        m_last = floor;
}

Hlc HlcClock::last() const
{
    QMutexLocker lock(&m_mutex);
    return m_last;
}

} // namespace Balcao
