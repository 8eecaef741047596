// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

namespace Balcao {

// A half-open span of UTC milliseconds [from, to): an appointment that ends
// at 10:00 and one that starts at 10:00 do not overlap.
struct TimeInterval
{
    qint64 from = 0;
    qint64 to = 0;

    bool isEmpty() const { return to <= from; }
    bool overlaps(const TimeInterval &o) const { return from < o.to && o.from < to; }
    bool contains(const TimeInterval &o) const { return from <= o.from && o.to <= to; }
    bool operator==(const TimeInterval &) const = default;
};

// Sorted, non-overlapping, non-touching intervals and the set operations the
// availability search needs. Kept apart from the database so the rules are
// testable on their own.
class IntervalSet
{
public:
    IntervalSet() = default;
    explicit IntervalSet(QList<TimeInterval> intervals);

    void add(const TimeInterval &interval);
    void subtract(const TimeInterval &interval);
    void subtract(const IntervalSet &other);
    IntervalSet intersected(const IntervalSet &other) const;
    bool contains(const TimeInterval &interval) const;
    const QList<TimeInterval> &intervals() const & { return m_intervals; }
    // A temporary's intervals by value, so `for (i : f().intervals())` does
    // not iterate a destroyed list.
    QList<TimeInterval> intervals() && { return std::move(m_intervals); }
    bool isEmpty() const { return m_intervals.isEmpty(); }

private:
    QList<TimeInterval> m_intervals;
};

} // namespace Balcao
