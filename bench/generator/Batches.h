// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GenerationContext.h"
#include "common/Error.h"
#include "storage/LocalStore.h"

#include <QElapsedTimer>

#include <algorithm>

namespace Balcao::Bench {

// Calls makeOne(index) `count` times, batchSize calls per transaction: the
// services' own transact() calls join the batch's, so a batch commits (and
// waits for fsync) once, as an import would. Reports progress every tenth.
template<typename MakeOne>
Result<qint64> inBatches(GenerationContext &context, const QString &entity, qint64 count,
                         MakeOne makeOne)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 batch = std::max(1, context.batchSize);
    const qint64 step = std::max<qint64>(1, count / 10);
    qint64 nextReport = step;
    qint64 made = 0;
    while (made < count) {
        const qint64 end = std::min(count, made + batch);
        auto written = context.store.transact([&]() -> Result<qint64> {
            for (qint64 i = made; i < end; ++i) {
                if (auto one = makeOne(i); !one)
                    return one.error();
            }
            return end;
        });
        if (!written)
            return written.error();
        made = end;
        if (made >= nextReport || made == count) {
            const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
            context.report(
                QStringLiteral("%1: %2/%3 (%4 s, %5/s)")
                    .arg(entity)
                    .arg(made)
                    .arg(count)
                    .arg(seconds, 0, 'f', 1)
                    .arg(seconds > 0 ? static_cast<double>(made) / seconds : 0.0, 0, 'f', 0));
            while (nextReport <= made)
                nextReport += step;
        }
    }
    return made;
}

} // namespace Balcao::Bench
