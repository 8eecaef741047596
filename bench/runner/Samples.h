// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QtGlobal>

#include <chrono>

namespace Balcao::Bench {

using SteadyClock = std::chrono::steady_clock;

inline qint64 nanosecondsSince(SteadyClock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(SteadyClock::now() - start).count();
}

// Durations of repeated operations, in nanoseconds.
class Samples
{
public:
    void add(qint64 nanoseconds) { m_values << nanoseconds; }
    void reserve(qsizetype count) { m_values.reserve(count); }
    qsizetype count() const { return m_values.size(); }
    qint64 total() const;
    double mean() const;
    // Nearest-rank percentile, p in [0, 100].
    qint64 percentile(double p) const;
    qint64 median() const { return percentile(50); }

    // {mean, p50, p99, min, max} in microseconds.
    QJsonObject toMicrosJson() const;
    // {median, min, max} in milliseconds.
    QJsonObject toMillisJson() const;
    // toMicrosJson() with the runs, the median and p99 in milliseconds, the
    // limit (max_p99_ms) and whether p99 stays under it (pass).
    QJsonObject toLimitJson(double maxP99Ms) const;

private:
    QList<qint64> m_values;
};

// Rounds for the report: enough digits to compare runs, not float noise.
double rounded(double value, int decimals);

} // namespace Balcao::Bench
