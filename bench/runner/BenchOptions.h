// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AgendaBenchmark.h"
#include "CheckoutBenchmark.h"
#include "DataGenerator.h"
#include "InsertBenchmark.h"
#include "SchedulingBenchmark.h"
#include "SyncBenchmark.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace Balcao::Bench {

// The command line of balcao-bench.
struct BenchOptions
{
    GeneratorOptions generator;
    InsertOptions inserts;
    SyncOptions sync;
    int opens = 20;
    SchedulingOptions scheduling;
    CheckoutOptions checkout;
    AgendaOptions agenda;
    QSet<QString> measures; // "generation", "open", "insert", "scheduling", "checkout",
                            // "agenda", "sync"
    QString directory; // where the temporary folder of database files goes
    QString reuseData; // where the generated database is kept between runs; empty: nowhere

    static QStringList allMeasures();
    // All but agenda, which needs the desktop widgets, and sync, which
    // starts a server.
    static QStringList defaultMeasures();
    // The options, or an error message for stderr.
    static Result<BenchOptions> parse(const QStringList &arguments);
    QJsonObject toJson() const;
};

} // namespace Balcao::Bench
