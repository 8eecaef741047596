// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <string_view>

namespace Balcao::Bench {

// A small seedable generator (xoshiro256**) whose output is the same on every
// platform and compiler. The std:: distributions are implementation-defined,
// so a data set drawn through them could change with the standard library.
class Random
{
public:
    explicit Random(quint64 seed);
    // An independent stream for one purpose ("clients", "ids", ...), so that
    // what one entity draws never shifts the data of another.
    Random(quint64 seed, std::string_view stream);

    quint64 next();
    // Uniform in [0, bound); bound must be positive. No modulo bias.
    quint64 below(quint64 bound);
    // Uniform in [low, high], both included.
    qint64 between(qint64 low, qint64 high);
    // True with a probability of perMille / 1000.
    bool chance(int perMille);
    // An index in [0, size) skewed toward the front, for lists ordered from
    // the most common entry (names, surnames, e-mail domains) to the rarest.
    qsizetype skewedIndex(qsizetype size);

    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(static_cast<qsizetype>(below(static_cast<quint64>(list.size()))));
    }
    template<typename T> const T &pickSkewed(const QList<T> &list)
    {
        return list.at(skewedIndex(list.size()));
    }

private:
    quint64 m_state[4];
};

} // namespace Balcao::Bench
