// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "security/DatabaseKey.h"

#include <QJsonObject>

namespace Balcao::Bench {

struct AgendaOptions
{
    int weeks = 50; // paged forward, then back, in each phase
    int pauseMs = 100; // between one shown week and the next step, paced
    int repeatMs = 33; // between steps while the key is held (30 a second)
};

// Issue 11, item 9: the real agenda page (AgendaPage, its model and view, on
// the offscreen platform at 1366x768) on the generated business, paged week
// by week while an EventLoopWatchdog measures the longest time the UI thread
// went without serving its event loop. Two phases, each forward `weeks`
// weeks from a year before the business's "now" and back: paced (a step,
// the week shown, a pause, as someone clicking through) and held (a step
// every repeatMs whatever happens, as a held Ctrl+Right). The store is
// opened read-only: paging writes nothing, so the kept file stays as made.
class AgendaBenchmark
{
public:
    static constexpr double kMaxStallMs = 50;

    AgendaBenchmark(QString generatedPath, DatabaseKey key, AgendaOptions options);
    Result<QJsonObject> run() const;

private:
    QString m_generated;
    DatabaseKey m_key;
    AgendaOptions m_options;
};

} // namespace Balcao::Bench
