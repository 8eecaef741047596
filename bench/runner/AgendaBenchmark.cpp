// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaBenchmark.h"

#include "EventLoopWatchdog.h"
#include "Log.h"
#include "Samples.h"
#include "SimulatedClock.h"
#include "agenda/AgendaModel.h"
#include "agenda/AgendaPage.h"
#include "shell/AppStyle.h"
#include "storage/LocalStore.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTimer>
#include <QWindow>

#include <functional>

namespace Balcao::Bench {

namespace {

constexpr int kWaitLimitMs = 120'000;

// Runs the event loop until `done` (checked every millisecond) or the limit.
bool runUntil(const std::function<bool()> &done, int limitMs = kWaitLimitMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer poll;
    poll.setInterval(1);
    poll.setTimerType(Qt::PreciseTimer);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || elapsed.elapsed() > limitMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

Error timedOut(const QDate &date)
{
    return Error::storage(QStringLiteral("bench.agendaTimeout"),
                          QStringLiteral("The agenda did not show the week of %1 within %2 s.")
                              .arg(date.toString(Qt::ISODate))
                              .arg(kWaitLimitMs / 1000));
}

// Forward `weeks` weeks, then back, paced or held; the watchdog runs
// throughout.
Result<QJsonObject> page(AgendaPage &page, const AgendaOptions &options, bool held,
                         Samples &appointments)
{
    AgendaModel *model = page.model();
    // Shown: the grid holds the week asked for last.
    const auto shown = [model] { return model->days().contains(model->date()); };
    EventLoopWatchdog watchdog;
    Samples latency;
    watchdog.start();
    for (const bool forward : { true, false }) {
        for (int i = 0; i < options.weeks; ++i) {
            const auto start = SteadyClock::now();
            if (forward)
                page.next();
            else
                page.previous();
            if (held) {
                runFor(options.repeatMs);
                continue;
            }
            if (!runUntil(shown))
                return timedOut(model->date());
            latency.add(nanosecondsSince(start));
            appointments.add(model->appointments().size());
            runFor(options.pauseMs);
        }
        if (held && !runUntil(shown))
            return timedOut(model->date());
    }
    watchdog.stop();
    QJsonObject out = watchdog.toJson();
    out.insert(QStringLiteral("steps"), 2 * options.weeks);
    if (!held) {
        const auto ms = [](qint64 ns) { return rounded(static_cast<double>(ns) / 1e6, 2); };
        out.insert(QStringLiteral("week_shown_median_ms"), ms(latency.median()));
        out.insert(QStringLiteral("week_shown_p99_ms"), ms(latency.percentile(99)));
        out.insert(QStringLiteral("week_shown_max_ms"), ms(latency.percentile(100)));
    }
    return out;
}

} // namespace

AgendaBenchmark::AgendaBenchmark(QString generatedPath, DatabaseKey key, AgendaOptions options)
    : m_generated(std::move(generatedPath))
    , m_key(std::move(key))
    , m_options(options)
{ }

Result<QJsonObject> AgendaBenchmark::run() const
{
    // "Now" is the generated business's (a month before its last
    // appointment), as for the scheduling figures.
    qint64 businessNow = 0;
    LocalStore::Options options;
    options.mode = Database::OpenMode::ReadOnly;
    options.checkpoints.reset();
    {
        auto probe = LocalStore::open(m_generated, m_key, options);
        if (!probe)
            return probe.error();
        QSqlQuery q(probe->get()->database().connection());
        if (!q.exec(QStringLiteral("SELECT max(starts_at) FROM appointments")) || !q.next())
            return Error::storage(QStringLiteral("bench.agenda"),
                                  QStringLiteral("Cannot read the business's appointments."));
        businessNow = q.value(0).toLongLong() - 30 * 86400000LL;
    }
    SimulatedClock clock(businessNow);
    options.clock = &clock;
    auto store = LocalStore::open(m_generated, m_key, options);
    if (!store)
        return store.error();

    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        applyAppStyle(*app); // as the app paints
    AgendaPage agenda(**store);
    agenda.resize(1366, 768);
    agenda.show();
    if (!runUntil([&] { return agenda.windowHandle() && agenda.windowHandle()->isExposed(); }))
        return Error::storage(QStringLiteral("bench.agenda"),
                              QStringLiteral("The agenda window was never shown."));
    AgendaModel *model = agenda.model();
    const QDate today = QDateTime::fromMSecsSinceEpoch(businessNow, model->timeZone()).date();
    const QDate start = today.addDays(-7 * m_options.weeks);
    agenda.showDate(start);
    if (!runUntil([model] { return model->days().contains(model->date()); }))
        return timedOut(start);
    logLine(
        QStringLiteral("agenda: %1, weeks of %2 to %3 and back, paced and held")
            .arg(model->location().name, start.toString(Qt::ISODate), today.toString(Qt::ISODate)));

    Samples appointments;
    auto paced = page(agenda, m_options, false, appointments);
    if (!paced)
        return paced.error();
    auto held = page(agenda, m_options, true, appointments);
    if (!held)
        return held.error();

    const double longest = std::max(paced->value(QStringLiteral("longest_stall_ms")).toDouble(),
                                    held->value(QStringLiteral("longest_stall_ms")).toDouble());
    logLine(QStringLiteral("agenda: longest UI-thread stall %1 ms (paced %2 ms, held %3 ms)")
                .arg(longest)
                .arg(paced->value(QStringLiteral("longest_stall_ms")).toDouble())
                .arg(held->value(QStringLiteral("longest_stall_ms")).toDouble()));
    return QJsonObject {
        { QStringLiteral("location"), model->location().name },
        { QStringLiteral("first_week"), start.toString(Qt::ISODate) },
        { QStringLiteral("weeks"), m_options.weeks },
        { QStringLiteral("window"), QStringLiteral("1366x768") },
        { QStringLiteral("pause_ms"), m_options.pauseMs },
        { QStringLiteral("repeat_ms"), m_options.repeatMs },
        { QStringLiteral("watchdog_interval_ms"), EventLoopWatchdog::kIntervalMs },
        { QStringLiteral("mean_appointments_per_week"), rounded(appointments.mean(), 1) },
        { QStringLiteral("paced"), *paced },
        { QStringLiteral("held"), *held },
        { QStringLiteral("longest_stall_ms"), longest },
        { QStringLiteral("max_stall_ms"), kMaxStallMs },
        { QStringLiteral("pass"), longest < kMaxStallMs },
    };
}

} // namespace Balcao::Bench
