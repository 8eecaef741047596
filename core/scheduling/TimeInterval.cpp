// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeInterval.h"

#include <algorithm>

namespace Balcao {

IntervalSet::IntervalSet(QList<TimeInterval> intervals)
{
    for (const TimeInterval &i : intervals)
        add(i);
}

void IntervalSet::add(const TimeInterval &interval)
{
    if (interval.isEmpty())
        return;
    TimeInterval merged = interval;
    QList<TimeInterval> out;
    out.reserve(m_intervals.size() + 1);
    bool placed = false;
    for (const TimeInterval &i : std::as_const(m_intervals)) {
        if (i.to < merged.from) {
            out << i;
        } else if (merged.to < i.from) {
            if (!placed) {
                out << merged;
                placed = true;
            }
            out << i;
        } else { // overlapping or touching: join
            merged.from = std::min(merged.from, i.from);
            merged.to = std::max(merged.to, i.to);
        }
    }
    if (!placed)
        out << merged;
    m_intervals = out;
}

void IntervalSet::subtract(const TimeInterval &cut)
{
    if (cut.isEmpty())
        return;
    QList<TimeInterval> out;
    out.reserve(m_intervals.size() + 1);
    for (const TimeInterval &i : std::as_const(m_intervals)) {
        if (!i.overlaps(cut)) {
            out << i;
            continue;
        }
        if (i.from < cut.from)
            out << TimeInterval { i.from, cut.from };
        if (cut.to < i.to)
            out << TimeInterval { cut.to, i.to };
    }
    m_intervals = out;
}

void IntervalSet::subtract(const IntervalSet &other)
{
    for (const TimeInterval &i : other.m_intervals)
        subtract(i);
}

IntervalSet IntervalSet::intersected(const IntervalSet &other) const
{
    IntervalSet out;
    for (const TimeInterval &a : m_intervals) {
        for (const TimeInterval &b : other.m_intervals) {
            const TimeInterval both { std::max(a.from, b.from), std::min(a.to, b.to) };
            if (!both.isEmpty())
                out.m_intervals << both;
        }
    }
    std::sort(out.m_intervals.begin(), out.m_intervals.end(),
              [](const auto &x, const auto &y) { return x.from < y.from; });
    return out;
}

bool IntervalSet::contains(const TimeInterval &interval) const
{
    // Intervals are sorted: find the last one starting at or before `from`.
    auto it = std::upper_bound(m_intervals.begin(), m_intervals.end(), interval.from,
                               [](qint64 v, const TimeInterval &i) { return v < i.from; });
    if (it == m_intervals.begin())
        return false;
    return std::prev(it)->contains(interval);
}

} // namespace Balcao
