// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Error.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QMutex>
#include <QString>

namespace Balcao {

// A hybrid logical clock timestamp (Kulkarni et al. 2014) packed in 64 bits:
// 48 bits of milliseconds since the epoch and a 16-bit logical counter. It
// orders events like wall time when clocks agree and stays causal when they
// do not.
class Hlc
{
public:
    constexpr Hlc() = default;
    constexpr Hlc(qint64 msecs, quint16 counter)
        : m_packed((static_cast<quint64>(msecs) << 16) | counter)
    { }
    static constexpr Hlc fromPacked(quint64 packed)
    {
        Hlc h;
        h.m_packed = packed;
        return h;
    }

    constexpr qint64 msecs() const { return static_cast<qint64>(m_packed >> 16); }
    constexpr quint16 counter() const { return static_cast<quint16>(m_packed & 0xFFFF); }
    constexpr quint64 packed() const { return m_packed; }
    constexpr bool isNull() const { return m_packed == 0; }

    // Sortable text form "<13-digit ms>-<5-digit counter>" for logs and JSON.
    QString toString() const;
    // Parses toString()'s form; a null Hlc when malformed.
    static Hlc fromString(QStringView text);

    constexpr auto operator<=>(const Hlc &) const = default;

private:
    quint64 m_packed = 0;
};

// A field version: the HLC of the write plus the id of the device that made
// it, which breaks ties between equal HLCs the same way on every device.
struct FieldVersion
{
    Hlc hlc;
    QString deviceId;

    auto operator<=>(const FieldVersion &other) const
    {
        if (auto c = hlc <=> other.hlc; c != 0)
            return c;
        return deviceId.compare(other.deviceId) <=> 0;
    }
    bool operator==(const FieldVersion &other) const = default;
};

// The clock of one device. now() stamps local events; observe() folds in a
// remote stamp. A remote stamp too far ahead of our wall clock is refused so
// one device with a wrong clock cannot drag everyone's clocks into the future.
class HlcClock
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::HlcClock)
public:
    static constexpr qint64 kDefaultMaxForwardDriftMsecs = 5 * 60 * 1000;

    explicit HlcClock(const Clock &wall = SystemClock::instance(), Hlc last = {},
                      qint64 maxForwardDriftMsecs = kDefaultMaxForwardDriftMsecs);

    Hlc now();
    Result<Hlc> observe(Hlc remote);
    Hlc last() const;
    // Never lets the clock go back below `floor` (a stamp restored from disk).
    void advanceTo(Hlc floor);

private:
    const Clock &m_wall;
    mutable QMutex m_mutex;
    Hlc m_last;
    qint64 m_maxForwardDrift;
};

} // namespace Balcao

Q_DECLARE_METATYPE(Balcao::Hlc)
