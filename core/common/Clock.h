// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace Balcao {

// Every reading of "now" goes through a Clock so that the HLC, ids, reports
// and tests can run on a controlled time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMsecsSinceEpoch() const = 0;
    QDateTime nowUtc() const
    {
        return QDateTime::fromMSecsSinceEpoch(nowMsecsSinceEpoch(), Qt::UTC);
    }
};

class SystemClock final : public Clock
{
public:
    qint64 nowMsecsSinceEpoch() const override { return QDateTime::currentMSecsSinceEpoch(); }
    static SystemClock &instance();
};

} // namespace Balcao
