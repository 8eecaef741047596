// SPDX-License-Identifier: GPL-3.0-or-later
#include "Samples.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Balcao::Bench {

qint64 Samples::total() const
{
    return std::accumulate(m_values.cbegin(), m_values.cend(), qint64(0));
}

double Samples::mean() const
{
    return m_values.isEmpty() ? 0.0
                              : static_cast<double>(total()) / static_cast<double>(m_values.size());
}

qint64 Samples::percentile(double p) const
{
    if (m_values.isEmpty())
        return 0;
    QList<qint64> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const auto rank
        = static_cast<qsizetype>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

QJsonObject Samples::toMicrosJson() const
{
    const auto us = [](double ns) { return rounded(ns / 1000.0, 1); };
    return QJsonObject { { QStringLiteral("mean_us"), us(mean()) },
                         { QStringLiteral("p50_us"), us(static_cast<double>(percentile(50))) },
                         { QStringLiteral("p99_us"), us(static_cast<double>(percentile(99))) },
                         { QStringLiteral("min_us"), us(static_cast<double>(percentile(0))) },
                         { QStringLiteral("max_us"), us(static_cast<double>(percentile(100))) } };
}

QJsonObject Samples::toLimitJson(double maxP99Ms) const
{
    QJsonObject out = toMicrosJson();
    const double p99 = static_cast<double>(percentile(99)) / 1e6;
    out.insert(QStringLiteral("runs"), count());
    out.insert(QStringLiteral("median_ms"), rounded(static_cast<double>(median()) / 1e6, 3));
    out.insert(QStringLiteral("p99_ms"), rounded(p99, 3));
    out.insert(QStringLiteral("max_p99_ms"), maxP99Ms);
    out.insert(QStringLiteral("pass"), p99 < maxP99Ms);
    return out;
}

QJsonObject Samples::toMillisJson() const
{
    const auto ms = [](double ns) { return rounded(ns / 1e6, 3); };
    return QJsonObject { { QStringLiteral("median_ms"), ms(static_cast<double>(median())) },
                         { QStringLiteral("min_ms"), ms(static_cast<double>(percentile(0))) },
                         { QStringLiteral("max_ms"), ms(static_cast<double>(percentile(100))) } };
}

double rounded(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    return std::round(value * factor) / factor;
}

} // namespace Balcao::Bench
