// SPDX-License-Identifier: GPL-3.0-or-later
#include "Random.h"

#include <algorithm>

namespace Balcao::Bench {

namespace {

quint64 splitMix64(quint64 &x)
{
    quint64 z = (x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// FNV-1a: a stable hash of the stream name (qHash is seeded per process).
quint64 fnv1a(std::string_view text)
{
    quint64 hash = 0xCBF29CE484222325ull;
    for (const char c : text) {
        hash ^= static_cast<quint8>(c);
        hash *= 0x100000001B3ull;
    }
    return hash;
}

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

Random::Random(quint64 seed)
{
    // SplitMix64 spreads any seed, even 0, over the whole state.
    quint64 x = seed;
    for (quint64 &word : m_state)
        word = splitMix64(x);
}

Random::Random(quint64 seed, std::string_view stream)
    : Random(seed ^ fnv1a(stream))
{ }

quint64 Random::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

quint64 Random::below(quint64 bound)
{
    Q_ASSERT(bound > 0);
    // Reject the low values that would make some remainders more likely.
    const quint64 threshold = (0 - bound) % bound;
    for (;;) {
        const quint64 r = next();
        if (r >= threshold)
            return r % bound;
    }
}

qint64 Random::between(qint64 low, qint64 high)
{
    Q_ASSERT(low <= high);
    return low + static_cast<qint64>(below(static_cast<quint64>(high - low) + 1));
}

bool Random::chance(int perMille)
{
    return static_cast<int>(below(1000)) < perMille;
}

qsizetype Random::skewedIndex(qsizetype size)
{
    // The smaller of two uniform draws: index 0 is about twice as likely as
    // the middle of the list and the last entry is rare.
    const quint64 n = static_cast<quint64>(size);
    return static_cast<qsizetype>(std::min(below(n), below(n)));
}

} // namespace Balcao::Bench
