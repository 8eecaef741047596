// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GenerationContext.h"
#include "common/Error.h"
#include "security/DatabaseKey.h"

#include <QList>
#include <QString>

namespace Balcao::Bench {

struct GeneratorOptions
{
    quint64 seed = 42;
    double scale = 1.0;
    int batchSize = 1000; // service calls per transaction
};

struct EntityOutcome
{
    QString name;
    qint64 countAtScale1 = 0;
    qint64 planned = 0;
    qint64 generated = 0;
    double seconds = 0;
    QString pendingNote; // set when the entity has no generator yet
};

struct GenerationOutcome
{
    QList<EntityOutcome> entities;
    double seconds = 0;
    qint64 entitiesGenerated() const;
};

// Builds a business database deterministically from a seed and a scale: the
// same options give the same logical data (and state hash) on the same
// machine. Everything is written through the core services in batched
// transactions, so the database looks like one grown by real use: each row
// has its column versions and its change-log entry.
class DataGenerator
{
public:
    // The simulated business opens on Monday 2023-01-09, 09:00 in São Paulo.
    static constexpr qint64 kStartMsecs = 1673265600000;
    // Bumped whenever the same seed and scale give different data, so that
    // a database saved by an older generator (balcao-bench --reuse-data) is
    // made again instead of measured. 2: the agenda ends a month ahead.
    // 3: products, stock and sales.
    static constexpr int kVersion = 3;

    explicit DataGenerator(GeneratorOptions options);

    // Creates the database at `path` (which must not exist yet) and fills it.
    Result<GenerationOutcome> generate(const QString &path, const DatabaseKey &key,
                                       const ProgressSink &progress = {}) const;

private:
    GeneratorOptions m_options;
};

} // namespace Balcao::Bench
