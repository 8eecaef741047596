// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncBenchmark.h"

#include "BalcaodProcess.h"
#include "ChangeOutbox.h"
#include "HttpSyncTransport.h"
#include "LiveChannel.h"
#include "Log.h"
#include "PersonFactory.h"
#include "Protocol.h"
#include "PullPageReader.h"
#include "Samples.h"
#include "SyncEngine.h"
#include "SyncSession.h"
#include "clients/ClientService.h"
#include "state/StateExporter.h"
#include "storage/LocalStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <functional>
#include <optional>

namespace Balcao::Bench {

namespace {

// Forwards to the real HTTP transport and times each request (the round trip
// on loopback: serialising, the server's work, parsing the answer), so a
// phase's time splits into "in requests" and "on the client".
class TimedTransport final : public SyncTransport
{
public:
    explicit TimedTransport(SyncTransport &inner)
        : m_inner(inner)
    { }
    Result<PushAck> push(const QString &batchId, const QList<Change> &changes) override
    {
        const auto start = SteadyClock::now();
        auto ack = m_inner.push(batchId, changes);
        pushes.add(nanosecondsSince(start));
        if (ack) {
            accepted += ack->applied;
            duplicates += ack->duplicates;
        }
        return ack;
    }
    Result<PullPage> pull(const QString &afterCursor, int limit) override
    {
        const auto start = SteadyClock::now();
        auto page = m_inner.pull(afterCursor, limit);
        pulls.add(nanosecondsSince(start));
        return page;
    }
    // Passed on, so that the round overlaps requests with applying as it does
    // with the bare HTTP transport. pull() then times only the wait for a
    // prefetched page: the part of the request the apply did not hide.
    void prefetchPull(const QString &afterCursor, int limit) override
    {
        ++prefetches;
        m_inner.prefetchPull(afterCursor, limit);
    }
    Result<BootstrapPage> bootstrap(const QString &pageToken, int limit) override
    {
        const auto start = SteadyClock::now();
        auto page = m_inner.bootstrap(pageToken, limit);
        pages.add(nanosecondsSince(start));
        pageSize = limit;
        return page;
    }
    qint64 requestNanoseconds() const { return pushes.total() + pulls.total() + pages.total(); }

    Samples pushes;
    Samples pulls;
    Samples pages;
    qint64 accepted = 0;
    qint64 duplicates = 0;
    int prefetches = 0;
    int pageSize = 0;

private:
    SyncTransport &m_inner;
};

// {median, p99, min, max} of request times in milliseconds.
QJsonObject requestsJson(const Samples &samples)
{
    QJsonObject json = samples.toMillisJson();
    json.insert(QStringLiteral("p99_ms"),
                rounded(static_cast<double>(samples.percentile(99)) / 1e6, 3));
    json.insert(QStringLiteral("count"), samples.count());
    json.insert(QStringLiteral("seconds"), rounded(static_cast<double>(samples.total()) / 1e9, 3));
    return json;
}

double perSecond(qint64 count, double seconds)
{
    return seconds > 0 ? rounded(static_cast<double>(count) / seconds, 0) : 0.0;
}

double secondsOf(qint64 nanoseconds)
{
    return static_cast<double>(nanoseconds) / 1e9;
}

Result<std::unique_ptr<LocalStore>> openStore(const QString &path, const DatabaseKey &key,
                                              Database::OpenMode mode)
{
    LocalStore::Options options;
    options.mode = mode;
    return LocalStore::open(path, key, options);
}

Result<QByteArray> enrol(const BalcaodProcess &server, const QString &business, LocalStore &store,
                         const QString &name)
{
    auto code = server.enrolmentCode(business);
    if (!code)
        return code.error();
    auto enrolled = HttpSyncTransport::enrol(server.url(), *code, name, store.deviceId(),
                                             Protocol::schemaVersion());
    if (!enrolled)
        return enrolled.error();
    return enrolled->token;
}

// Polls `done` every millisecond: the figures are hundreds of times coarser.
bool waitFor(const std::function<bool()> &done, int timeoutMsecs)
{
    const auto start = SteadyClock::now();
    while (!done()) {
        if (nanosecondsSince(start) > qint64(timeoutMsecs) * 1'000'000)
            return false;
        QCoreApplication::processEvents();
        QThread::msleep(1);
    }
    return true;
}

// A terminal online as the app runs it: a SyncEngine with its LiveChannel on
// a thread of its own, with its own connection to the terminal's database.
// Everything of the engine is created on that thread (its timers too).
class OnlineTerminal
{
public:
    OnlineTerminal(const QString &path, const DatabaseKey &key, const QUrl &url,
                   const QByteArray &token)
    {
        m_thread.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        QMetaObject::invokeMethod(
            m_context,
            [this, path, key, url, token] {
                m_engine = new SyncEngine([path, key] { return LocalStore::open(path, key); },
                                          [url, token] {
                                              return std::make_unique<HttpSyncTransport>(
                                                  url, token, Protocol::schemaVersion());
                                          });
                auto live = std::make_unique<LiveChannel>(url, token);
                QObject::connect(live.get(), &LiveChannel::readyChanged, live.get(),
                                 [this](bool ready) { m_ready = ready; });
                m_engine->setLiveChannel(std::move(live));
                QObject::connect(m_engine, &SyncEngine::roundFinished, m_engine, [this](bool ok) {
                    if (ok)
                        ++m_rounds;
                    else
                        ++m_failedRounds;
                });
                m_engine->start();
            },
            Qt::BlockingQueuedConnection);
    }
    ~OnlineTerminal()
    {
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                m_engine->stop();
                delete m_engine;
                m_engine = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    OnlineTerminal(const OnlineTerminal &) = delete;
    OnlineTerminal &operator=(const OnlineTerminal &) = delete;

    // As the app after a save (the debounce of localChangeMade aside).
    void syncNow()
    {
        QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow, Qt::QueuedConnection);
    }
    bool isLive() const { return m_ready; }
    int rounds() const { return m_rounds; }
    int failedRounds() const { return m_failedRounds; }

private:
    QThread m_thread;
    QObject *m_context = nullptr;
    SyncEngine *m_engine = nullptr;
    std::atomic<bool> m_ready = false;
    std::atomic<int> m_rounds = 0;
    std::atomic<int> m_failedRounds = 0;
};

// A pull terminal's files, once measured: scale 1 makes 100 MB of each.
void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

// CPU time of this whole process, in nanoseconds.
qint64 processCpuNanoseconds()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// One pull-and-apply round by a new terminal (SyncSession::run), timed.
Result<QJsonObject> pullAndApply(LocalStore &store, const QUrl &url, const QByteArray &token)
{
    HttpSyncTransport http(url, token, Protocol::schemaVersion());
    TimedTransport timed(http);
    logLine(QStringLiteral("sync pull and apply: a new terminal, pages of %1")
                .arg(SyncSession::kPullPageSize));
    const auto start = SteadyClock::now();
    const qint64 cpuStart = processCpuNanoseconds();
    auto report = SyncSession(store, timed).run();
    const qint64 cpuNs = processCpuNanoseconds() - cpuStart;
    const qint64 totalNs = nanosecondsSince(start);
    if (!report)
        return report.error();
    const double seconds = secondsOf(totalNs);
    const double onClient = secondsOf(totalNs - timed.requestNanoseconds());
    const QJsonObject pull {
        { QStringLiteral("changes"), report->pulled },
        { QStringLiteral("applied"), report->applied },
        { QStringLiteral("page_size"), SyncSession::kPullPageSize },
        { QStringLiteral("seconds"), rounded(seconds, 3) },
        { QStringLiteral("changes_per_second"), perSecond(report->pulled, seconds) },
        // The first page's request whole; for each prefetched page, only
        // the wait for it after the previous page was applied.
        { QStringLiteral("requests"), requestsJson(timed.pulls) },
        { QStringLiteral("prefetched_pages"), timed.prefetches },
        // Applying (ChangeApplier, the cursor, the commits, the conflict
        // refresh): the round's time outside the requests.
        { QStringLiteral("client_seconds"), rounded(onClient, 3) },
        { QStringLiteral("client_changes_per_second"), perSecond(report->pulled, onClient) },
        // The terminal's CPU (sync and fetch threads; balcaod is another
        // process): the machine's other work moves it far less than the wall
        // time above.
        { QStringLiteral("client_cpu_seconds"), rounded(secondsOf(cpuNs), 3) },
        { QStringLiteral("client_cpu_microseconds_per_change"),
          rounded(static_cast<double>(cpuNs) / 1e3 / std::max(1, report->pulled), 2) },
    };
    logLine(QStringLiteral("  %1 changes in %2 s: %3/s (%4/s applying on the client; %5 CPU s)")
                .arg(report->pulled)
                .arg(seconds, 0, 'f', 2)
                .arg(pull.value(QStringLiteral("changes_per_second")).toDouble())
                .arg(pull.value(QStringLiteral("client_changes_per_second")).toDouble())
                .arg(secondsOf(cpuNs), 0, 'f', 2));
    return pull;
}

// Every pull page from the start, as balcaod sends it to the terminal.
Result<QList<QByteArray>> fetchPullPages(const QUrl &server, const QByteArray &token)
{
    QNetworkAccessManager network;
    QList<QByteArray> pages;
    PullPageReader reader;
    QString cursor;
    while (true) {
        QUrl url = server;
        url.setPath(QStringLiteral("/v1/pull"));
        QUrlQuery query;
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("after"), cursor);
        query.addQueryItem(QStringLiteral("limit"), QString::number(SyncSession::kPullPageSize));
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader(Protocol::kProtocolHeader, QByteArray::number(Protocol::kVersion));
        request.setRawHeader(Protocol::kSchemaHeader,
                             QByteArray::number(Protocol::schemaVersion()));
        request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QByteArray body = reply->readAll(); // as HttpSyncTransport reads it
        reply->deleteLater();
        if (status != 200)
            return Error::storage(
                QStringLiteral("bench.pull"),
                QStringLiteral("The server answered a pull with %1.").arg(status));
        auto page = reader.read(body);
        if (!page)
            return page.error();
        pages << body;
        if (!page->hasMore || page->changes.isEmpty())
            return pages;
        cursor = page->nextCursor;
    }
}

// The reading every page had before PullPageReader, and still the reader's
// own for the texts simdjson does not serve.
qsizetype readWithQJsonDocument(const QByteArray &body)
{
    qsizetype changes = 0;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    for (const QJsonValue &value : json.value(QStringLiteral("changes")).toArray())
        changes += Change::fromJson(value.toObject()).ok();
    return changes;
}

// CPU time of the calling thread, in nanoseconds.
qint64 threadCpuNanoseconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// The rounds of one reader: wall and CPU time of each.
struct ReaderTimes
{
    Samples wall;
    Samples cpu;
    template<typename Read> void time(Read &&read)
    {
        const auto start = SteadyClock::now();
        const qint64 cpuStart = threadCpuNanoseconds();
        read();
        cpu.add(threadCpuNanoseconds() - cpuStart);
        wall.add(nanosecondsSince(start));
    }
};

// The pulled pages read `rounds` times by each reader in turn, so that both
// see the same moments of the machine's load; MB/s and changes/s of the
// fastest round of each (the least disturbed), in wall and in CPU time.
Result<QJsonObject> readPullPages(const QUrl &url, const QByteArray &token, int rounds)
{
    auto pages = fetchPullPages(url, token);
    if (!pages)
        return pages.error();
    qint64 bytes = 0;
    for (const QByteArray &page : *pages)
        bytes += page.size();
    logLine(QStringLiteral("sync pull pages read alone: %1 pages, %2 MB, %3 rounds")
                .arg(pages->size())
                .arg(static_cast<double>(bytes) / 1e6, 0, 'f', 1)
                .arg(rounds));
    PullPageReader reader;
    qint64 changes = 0;
    int bySimdjson = 0;
    int copied = 0;
    ReaderTimes simdjsonRounds;
    ReaderTimes documentRounds;
    for (int round = 0; round < rounds; ++round) {
        changes = 0;
        bySimdjson = 0;
        copied = 0;
        std::optional<Error> failed;
        simdjsonRounds.time([&] {
            for (const QByteArray &page : *pages) {
                auto read = reader.read(page);
                if (!read) {
                    failed = read.error();
                    return;
                }
                changes += read->changes.size();
                bySimdjson += reader.lastRead().reading == PullPageReader::Reading::Simdjson;
                copied += reader.lastRead().copied;
            }
        });
        if (failed)
            return *failed;
        qint64 documentChanges = 0;
        documentRounds.time([&] {
            for (const QByteArray &page : *pages)
                documentChanges += readWithQJsonDocument(page);
        });
        if (documentChanges != changes)
            return Error::storage(QStringLiteral("bench.reader"),
                                  QStringLiteral("The readers disagree: %1 and %2 changes.")
                                      .arg(changes)
                                      .arg(documentChanges));
    }
    // Wall time of the best round, and the thread's CPU time, which the
    // machine's other work moves much less: the figure to compare readers by.
    const auto figures = [&](const ReaderTimes &times) {
        const double best = secondsOf(times.wall.percentile(0));
        const double cpu = secondsOf(times.cpu.percentile(0));
        return QJsonObject {
            { QStringLiteral("best_seconds"), rounded(best, 4) },
            { QStringLiteral("median_seconds"), rounded(secondsOf(times.wall.median()), 4) },
            { QStringLiteral("mb_per_second"),
              rounded(static_cast<double>(bytes) / 1e6 / best, 1) },
            { QStringLiteral("changes_per_second"), perSecond(changes, best) },
            { QStringLiteral("best_cpu_seconds"), rounded(cpu, 4) },
            { QStringLiteral("median_cpu_seconds"), rounded(secondsOf(times.cpu.median()), 4) },
            { QStringLiteral("mb_per_cpu_second"),
              rounded(static_cast<double>(bytes) / 1e6 / cpu, 1) },
            { QStringLiteral("changes_per_cpu_second"), perSecond(changes, cpu) },
        };
    };
    const QJsonObject json {
        { QStringLiteral("pages"), pages->size() },
        { QStringLiteral("bytes"), bytes },
        { QStringLiteral("changes"), changes },
        { QStringLiteral("rounds"), rounds },
        { QStringLiteral("pull_page_reader"), figures(simdjsonRounds) },
        { QStringLiteral("pages_read_by_simdjson"), bySimdjson },
        { QStringLiteral("pages_copied_for_padding"), copied },
        { QStringLiteral("qjsondocument"), figures(documentRounds) },
    };
    const auto perCpuSecond = [&](const char *name) {
        return json.value(QLatin1String(name))
            .toObject()
            .value(QStringLiteral("mb_per_cpu_second"))
            .toDouble();
    };
    logLine(QStringLiteral("  PullPageReader %1 MB per CPU second, QJsonDocument %2 (best rounds)")
                .arg(perCpuSecond("pull_page_reader"))
                .arg(perCpuSecond("qjsondocument")));
    return json;
}

} // namespace

SyncBenchmark::SyncBenchmark(SyncOptions options, QString origin, QDir directory, DatabaseKey key)
    : m_options(std::move(options))
    , m_origin(std::move(origin))
    , m_directory(std::move(directory))
    , m_key(std::move(key))
{ }

Result<QJsonObject> SyncBenchmark::run() const
{
    auto server
        = BalcaodProcess::start(m_options.balcaod, m_directory.filePath(QStringLiteral("server")));
    if (!server)
        return server.error();
    const BalcaodProcess &balcaod = **server;
    auto business = balcaod.createBusiness(QStringLiteral("Salão Bench"));
    if (!business)
        return business.error();
    QJsonObject memory { { QStringLiteral("idle"), balcaod.memory() } };
    const QUrl url = balcaod.url();

    // 1. Push: the generated business's whole change log, as SyncSession sends it.
    auto origin = openStore(m_origin, m_key, Database::OpenMode::MustExist);
    if (!origin)
        return origin.error();
    const int pending = ChangeOutbox(**origin).pendingCount();
    auto originToken = enrol(balcaod, *business, **origin, QStringLiteral("Origem"));
    if (!originToken)
        return originToken.error();
    QJsonObject push;
    {
        HttpSyncTransport http(url, *originToken, Protocol::schemaVersion());
        TimedTransport timed(http);
        logLine(QStringLiteral("sync push: %1 changes in batches of %2")
                    .arg(pending)
                    .arg(SyncSession::kPushBatchSize));
        const auto start = SteadyClock::now();
        auto report = SyncSession(**origin, timed).run();
        const double seconds = secondsOf(nanosecondsSince(start));
        if (!report)
            return report.error();
        if (report->pushed != pending || timed.accepted != pending)
            return Error::storage(QStringLiteral("bench.push"),
                                  QStringLiteral("Pushed %1 and the server accepted %2 of %3.")
                                      .arg(report->pushed)
                                      .arg(timed.accepted)
                                      .arg(pending));
        const double inRequests = secondsOf(timed.pushes.total());
        push = QJsonObject {
            { QStringLiteral("changes"), report->pushed },
            { QStringLiteral("accepted_by_server"), timed.accepted },
            { QStringLiteral("batch_size"), SyncSession::kPushBatchSize },
            { QStringLiteral("seconds"), rounded(seconds, 3) },
            { QStringLiteral("changes_per_second"), perSecond(report->pushed, seconds) },
            { QStringLiteral("requests"), requestsJson(timed.pushes) },
            // The server's side of it: changes over the time spent in push requests.
            { QStringLiteral("changes_per_second_in_requests"),
              perSecond(timed.accepted, inRequests) },
        };
        logLine(QStringLiteral("  %1 changes in %2 s: %3/s (%4/s inside the push requests)")
                    .arg(report->pushed)
                    .arg(seconds, 0, 'f', 2)
                    .arg(push.value(QStringLiteral("changes_per_second")).toDouble())
                    .arg(push.value(QStringLiteral("changes_per_second_in_requests")).toDouble()));
    }
    memory.insert(QStringLiteral("after_push"), balcaod.memory());

    // 2. Pull and apply: a new terminal takes every change of the origin;
    // again by other new terminals when asked, since the machine's load
    // moves the figure from run to run.
    QJsonObject pull;
    QJsonArray pullRuns;
    QString pulledHash;
    QByteArray pullToken;
    for (int run = 0; run < m_options.pullRuns; ++run) {
        const QString path = m_directory.filePath(QStringLiteral("sync-pull-%1.db").arg(run));
        auto store = openStore(path, m_key, Database::OpenMode::CreateIfMissing);
        if (!store)
            return store.error();
        auto token = enrol(balcaod, *business, **store, QStringLiteral("Caixa pull %1").arg(run));
        if (!token)
            return token.error();
        pullToken = *token;
        auto figures = pullAndApply(**store, url, *token);
        if (!figures)
            return figures.error();
        if (run == 0) {
            pull = *figures;
            pulledHash = StateExporter((*store)->database()).stateHash();
        }
        pullRuns.append(*figures);
        store->reset();
        removeDatabaseFiles(path);
    }
    if (m_options.pullRuns > 1)
        pull.insert(QStringLiteral("runs"), pullRuns);

    // The same pages read again without applying them: the reader alone.
    auto reading = readPullPages(url, pullToken, m_options.readerRounds);
    if (!reading)
        return reading.error();
    pull.insert(QStringLiteral("reader"), *reading);
    memory.insert(QStringLiteral("after_pull"), balcaod.memory());

    // 3. Bootstrap: a new terminal from the server's current state.
    const QString bootstrapPath = m_directory.filePath(QStringLiteral("sync-bootstrap.db"));
    QJsonObject bootstrap;
    QByteArray bootstrapToken;
    {
        auto store = openStore(bootstrapPath, m_key, Database::OpenMode::CreateIfMissing);
        if (!store)
            return store.error();
        auto token = enrol(balcaod, *business, **store, QStringLiteral("Caixa nova"));
        if (!token)
            return token.error();
        bootstrapToken = *token;
        HttpSyncTransport http(url, *token, Protocol::schemaVersion());
        TimedTransport timed(http);
        logLine(QStringLiteral("sync bootstrap: a new terminal from the server's state"));
        const auto start = SteadyClock::now();
        auto rows = SyncSession(**store, timed).bootstrap();
        const qint64 totalNs = nanosecondsSince(start);
        if (!rows)
            return rows.error();
        const double seconds = secondsOf(totalNs);
        const double onClient = secondsOf(totalNs - timed.requestNanoseconds());
        const QString originHash = StateExporter((*origin)->database()).stateHash();
        const QString bootstrapHash = StateExporter((*store)->database()).stateHash();
        const auto clients = ClientService(**store).count();
        if (!clients)
            return clients.error();
        bootstrap = QJsonObject {
            { QStringLiteral("rows"), *rows },
            { QStringLiteral("clients"), *clients },
            { QStringLiteral("page_size"), timed.pageSize },
            { QStringLiteral("seconds"), rounded(seconds, 3) },
            { QStringLiteral("rows_per_second"), perSecond(*rows, seconds) },
            { QStringLiteral("requests"), requestsJson(timed.pages) },
            { QStringLiteral("client_seconds"), rounded(onClient, 3) },
            // The same StateExporter hash as the origin's: nothing lost on the way.
            { QStringLiteral("state_matches_origin"), bootstrapHash == originHash },
        };
        pull.insert(QStringLiteral("state_matches_origin"), pulledHash == originHash);
        logLine(QStringLiteral("  %1 rows in %2 s (%3 s in requests); state %4 the origin's")
                    .arg(*rows)
                    .arg(seconds, 0, 'f', 2)
                    .arg(secondsOf(timed.pages.total()), 0, 'f', 2)
                    .arg(bootstrapHash == originHash ? QStringLiteral("equals")
                                                     : QStringLiteral("DIFFERS from")));
    }
    memory.insert(QStringLiteral("after_bootstrap"), balcaod.memory());

    // 4. A → B latency: the origin (A) and the bootstrapped terminal (B) online.
    QJsonObject latency;
    {
        auto readerB = openStore(bootstrapPath, m_key, Database::OpenMode::MustExist);
        if (!readerB)
            return readerB.error();
        OnlineTerminal a(m_origin, m_key, url, *originToken);
        OnlineTerminal b(bootstrapPath, m_key, url, bootstrapToken);
        if (!waitFor([&] { return a.isLive() && b.isLive() && a.rounds() > 0 && b.rounds() > 0; },
                     15'000))
            return Error::storage(QStringLiteral("bench.live"),
                                  QStringLiteral("The terminals did not come online."));
        const int warmup = m_options.latencyWarmup;
        const int n = m_options.latencyChanges;
        logLine(QStringLiteral("sync latency: %1 clients created on A until readable on B (+%2 "
                               "untimed first)")
                    .arg(n)
                    .arg(warmup));
        PersonFactory people(m_options.seed, "bench-live");
        ClientService onA(**origin);
        ClientService onB(**readerB);
        Samples samples;
        samples.reserve(n);
        for (int i = 0; i < warmup + n; ++i) {
            const Person person = people.client();
            const auto start = SteadyClock::now();
            auto created
                = onA.create(ClientDraft { person.name, person.phone, person.email, person.notes });
            if (!created)
                return created.error();
            a.syncNow();
            if (!waitFor([&] { return onB.find(created->id).ok(); }, 10'000))
                return Error::storage(
                    QStringLiteral("bench.latency"),
                    QStringLiteral("Change %1 did not reach B within 10 s.").arg(i));
            if (i >= warmup)
                samples.add(nanosecondsSince(start));
        }
        const auto ms = [](qint64 ns) { return rounded(static_cast<double>(ns) / 1e6, 2); };
        latency = QJsonObject {
            { QStringLiteral("changes"), n },
            { QStringLiteral("warmup"), warmup },
            { QStringLiteral("mean_ms"), rounded(samples.mean() / 1e6, 2) },
            { QStringLiteral("p50_ms"), ms(samples.percentile(50)) },
            { QStringLiteral("p99_ms"), ms(samples.percentile(99)) },
            { QStringLiteral("min_ms"), ms(samples.percentile(0)) },
            { QStringLiteral("max_ms"), ms(samples.percentile(100)) },
            { QStringLiteral("failed_rounds"), a.failedRounds() + b.failedRounds() },
        };
        logLine(QStringLiteral("  p50 %1 ms, p99 %2 ms, max %3 ms")
                    .arg(ms(samples.percentile(50)))
                    .arg(ms(samples.percentile(99)))
                    .arg(ms(samples.percentile(100))));
    }
    memory.insert(QStringLiteral("after_latency"), balcaod.memory());
    origin->reset();

    QJsonObject serverJson { { QStringLiteral("pid"), balcaod.pid() },
                             { QStringLiteral("backend"), QStringLiteral("sqlite") },
                             { QStringLiteral("database_bytes"), balcaod.databaseBytes() },
                             { QStringLiteral("memory"), memory },
                             { QStringLiteral("peak_rss_mib"),
                               memory.value(QStringLiteral("after_latency"))
                                   .toObject()
                                   .value(QStringLiteral("peak_rss_mib")) } };
    return QJsonObject { { QStringLiteral("push"), push },
                         { QStringLiteral("pull_apply"), pull },
                         { QStringLiteral("bootstrap"), bootstrap },
                         { QStringLiteral("latency_a_to_b"), latency },
                         { QStringLiteral("server"), serverJson } };
}

} // namespace Balcao::Bench
