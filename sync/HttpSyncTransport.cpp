// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpSyncTransport.h"

#include "Protocol.h"
#include "PullPageReader.h"
#include "storage/ChangeWriter.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

namespace Balcao {

namespace {

// `rawOnSuccess`: a 200 answer's body is only kept as text (`data`), for a
// caller that reads it its own way.
HttpAnswer send(QNetworkAccessManager &network, QNetworkRequest request, const QByteArray &verb,
                const QByteArray &body, int timeoutMsecs, bool rawOnSuccess = false)
{
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(timeoutMsecs);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.data = reply->readAll();
    if (!rawOnSuccess || answer.status != 200)
        answer.body = QJsonDocument::fromJson(answer.data).object();
    if (answer.status == 0)
        answer.networkError = reply->errorString();
    reply->deleteLater();
    return answer;
}

Error errorFrom(const HttpAnswer &answer)
{
    if (answer.status == 0) {
        return Error { Error::Kind::NotFound, QStringLiteral("sync.unreachable"),
                       QCoreApplication::translate("Balcao::HttpSyncTransport",
                                                   "The server cannot be reached: %1")
                           .arg(answer.networkError) };
    }
    const QJsonObject error = answer.body.value(QStringLiteral("error")).toObject();
    const QString code = error.value(QStringLiteral("code"))
                             .toString(QStringLiteral("sync.http%1").arg(answer.status));
    const QString message
        = error.value(QStringLiteral("message"))
              .toString(QCoreApplication::translate("Balcao::HttpSyncTransport",
                                                    "The server answered with status %1.")
                            .arg(answer.status));
    if (answer.status == 401 || answer.status == 403)
        return Error::security(code, message);
    if (answer.status == 426)
        return Error::unsupported(code, message);
    if (answer.status >= 500)
        return Error { Error::Kind::NotFound, code, message }; // the server's trouble: retry later
    return Error::invalid(code, message);
}

} // namespace

HttpSyncTransport::HttpSyncTransport(QUrl server, QByteArray token, int schemaVersion,
                                     int timeoutMsecs)
    : m_server(std::move(server))
    , m_token(std::move(token))
    , m_schemaVersion(schemaVersion)
    , m_timeoutMsecs(timeoutMsecs)
    , m_network(new QNetworkAccessManager)
    , m_reader(std::make_unique<PullPageReader>())
    , m_fetchReader(std::make_unique<PullPageReader>())
{ }

HttpSyncTransport::~HttpSyncTransport()
{
    if (m_fetchThread) {
        // Quitting also ends a prefetch on its way: its request's event loop
        // exits, and the fetch thread's objects are deleted there as it ends.
        m_fetchThread->quit();
        m_fetchThread->wait();
        delete m_fetchThread;
    }
    delete m_network;
}

namespace {
QNetworkRequest requestFor(const QUrl &server, const QString &path, const QByteArray &token,
                           int schemaVersion)
{
    QUrl url = server;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    QNetworkRequest request(url);
    request.setRawHeader(Protocol::kProtocolHeader, QByteArray::number(Protocol::kVersion));
    request.setRawHeader(Protocol::kSchemaHeader, QByteArray::number(schemaVersion));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    return request;
}
} // namespace

Result<PushAck> HttpSyncTransport::push(const QString &batchId, const QList<Change> &changes)
{
    QJsonArray array;
    for (const Change &change : changes)
        array.append(change.toJson());
    const QJsonObject body { { QStringLiteral("batch_id"), batchId },
                             { QStringLiteral("changes"), array } };
    const HttpAnswer answer = send(
        *m_network, requestFor(m_server, QStringLiteral("/v1/push"), m_token, m_schemaVersion),
        "POST", QJsonDocument(body).toJson(QJsonDocument::Compact), m_timeoutMsecs);
    if (answer.status != 200)
        return errorFrom(answer);
    PushAck ack;
    ack.batchId = answer.body.value(QStringLiteral("batch_id")).toString();
    ack.applied = answer.body.value(QStringLiteral("applied")).toInt();
    ack.duplicates = answer.body.value(QStringLiteral("duplicates")).toInt();
    if (ack.batchId != batchId)
        return Error::invalid(QStringLiteral("sync.badAck"),
                              tr("The server acknowledged a different batch."));
    return ack;
}

// A paged GET: where to continue from (omitted at the start) and how much.
// Reads only what the constructor set, so a prefetch may run it on the fetch
// thread with that thread's QNetworkAccessManager.
HttpAnswer HttpSyncTransport::get(QNetworkAccessManager &network, const QString &path,
                                  const QString &positionName, const QString &position, int limit,
                                  bool rawOnSuccess) const
{
    QNetworkRequest request = requestFor(m_server, path, m_token, m_schemaVersion);
    QUrl url = request.url();
    QUrlQuery query;
    if (!position.isEmpty())
        query.addQueryItem(positionName, position);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    url.setQuery(query);
    request.setUrl(url);
    return send(network, request, "GET", {}, m_timeoutMsecs, rawOnSuccess);
}

namespace {
Result<PullPage> pullPageFrom(const HttpAnswer &answer, PullPageReader &reader)
{
    if (answer.status != 200)
        return errorFrom(answer);
    return reader.read(answer.data);
}
} // namespace

// A page being fetched on the fetch thread. `page` is set once, under the
// mutex; a pull() waiting for it registers its event loop as `waiter`.
struct HttpSyncTransport::Prefetch
{
    QString afterCursor;
    int limit = 0;
    QMutex mutex;
    std::optional<Result<PullPage>> page;
    QEventLoop *waiter = nullptr;
};

void HttpSyncTransport::prefetchPull(const QString &afterCursor, int limit)
{
    if (!m_fetchThread) {
        m_fetchThread = new QThread;
        m_fetchThread->setObjectName(QStringLiteral("balcao-sync-prefetch"));
        m_fetchContext = new QObject;
        m_fetchContext->moveToThread(m_fetchThread);
        QObject::connect(m_fetchThread, &QThread::finished, m_fetchContext, &QObject::deleteLater);
        m_fetchThread->start();
    }
    auto prefetch = std::make_shared<Prefetch>();
    prefetch->afterCursor = afterCursor;
    prefetch->limit = limit;
    m_prefetch = prefetch;
    QObject *context = m_fetchContext;
    QMetaObject::invokeMethod(
        context,
        [this, context, prefetch] {
            // Created here, so that it belongs to the fetch thread; deleted
            // with the context when that thread ends.
            auto *network = context->findChild<QNetworkAccessManager *>();
            if (!network)
                network = new QNetworkAccessManager(context);
            Result<PullPage> page
                = pullPageFrom(get(*network, QStringLiteral("/v1/pull"), QStringLiteral("after"),
                                   prefetch->afterCursor, prefetch->limit, true),
                               *m_fetchReader);
            QMutexLocker lock(&prefetch->mutex);
            prefetch->page = std::move(page);
            if (QEventLoop *waiter = prefetch->waiter)
                QMetaObject::invokeMethod(
                    waiter, [waiter] { waiter->quit(); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

bool HttpSyncTransport::prefetchArrived() const
{
    if (!m_prefetch)
        return false;
    QMutexLocker lock(&m_prefetch->mutex);
    return m_prefetch->page.has_value();
}

Result<PullPage> HttpSyncTransport::pull(const QString &afterCursor, int limit)
{
    if (const std::shared_ptr<Prefetch> prefetch = std::exchange(m_prefetch, nullptr);
        prefetch && prefetch->afterCursor == afterCursor && prefetch->limit == limit) {
        // Wait in an event loop, not on the mutex: a server in this thread
        // (the tests' in-process balcaod) must be able to answer meanwhile.
        QEventLoop loop;
        {
            QMutexLocker lock(&prefetch->mutex);
            if (!prefetch->page)
                prefetch->waiter = &loop;
        }
        if (prefetch->waiter)
            loop.exec();
        QMutexLocker lock(&prefetch->mutex);
        prefetch->waiter = nullptr;
        if (prefetch->page)
            return std::move(*prefetch->page);
        // The loop ended without the page: this thread is being stopped. Ask
        // as if nothing was prefetched, which fails as any request of a
        // stopping thread does.
    }
    // No prefetch, or one of another page: that one is dropped when it arrives.
    return pullPageFrom(get(*m_network, QStringLiteral("/v1/pull"), QStringLiteral("after"),
                            afterCursor, limit, true),
                        *m_reader);
}

Result<BootstrapPage> HttpSyncTransport::bootstrap(const QString &pageToken, int limit)
{
    const HttpAnswer answer = get(*m_network, QStringLiteral("/v1/bootstrap"),
                                  QStringLiteral("page"), pageToken, limit);
    if (answer.status != 200)
        return errorFrom(answer);
    const auto malformed = [] {
        return Error::invalid(
            QStringLiteral("sync.badBootstrap"),
            QCoreApplication::translate("Balcao::HttpSyncTransport",
                                        "The server sent a state the terminal cannot read."));
    };
    const auto versionFrom = [](const QJsonObject &v) {
        return FieldVersion { Hlc::fromString(v.value(QStringLiteral("hlc")).toString()),
                              v.value(QStringLiteral("device_id")).toString() };
    };
    // A body without its rows, cursor or flag is refused rather than read as
    // an empty last page at cursor "0".
    const QJsonValue cursor = answer.body.value(QStringLiteral("cursor"));
    const QJsonValue more = answer.body.value(QStringLiteral("has_more"));
    const QJsonValue nextPage = answer.body.value(QStringLiteral("next_page"));
    if (!answer.body.value(QStringLiteral("rows")).isArray()
        || !(cursor.isString() || cursor.isDouble()) || !more.isBool()
        || (more.toBool() && !nextPage.isString()))
        return malformed();
    BootstrapPage page;
    for (const QJsonValue &value : answer.body.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject json = value.toObject();
        StateRow row;
        row.table = json.value(QStringLiteral("table")).toString();
        row.rowId = json.value(QStringLiteral("row_id")).toString();
        row.ledger = json.value(QStringLiteral("kind")).toString() == QStringLiteral("ledger");
        const QJsonObject fields = json.value(QStringLiteral("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            row.fields.insert(it.key(), ChangeWriter::fromJson(it.value()));
        if (row.ledger) {
            row.factVersion = versionFrom(json);
        } else {
            const QJsonObject versions = json.value(QStringLiteral("versions")).toObject();
            for (auto it = versions.begin(); it != versions.end(); ++it)
                row.versions.insert(it.key(), versionFrom(it.value().toObject()));
            for (auto it = row.fields.cbegin(); it != row.fields.cend(); ++it) {
                if (!row.versions.contains(it.key()) || row.versions.value(it.key()).hlc.isNull())
                    return malformed();
            }
        }
        if (row.table.isEmpty() || row.rowId.isEmpty())
            return malformed();
        page.rows << row;
    }
    page.cursor = cursor.isString() ? cursor.toString() : QString::number(cursor.toInteger());
    page.nextPage = nextPage.toString();
    page.hasMore = more.toBool();
    return page;
}

Result<HttpSyncTransport::Enrolment>
HttpSyncTransport::enrol(const QUrl &server, const QString &code, const QString &deviceName,
                         const QString &deviceId, int schemaVersion, int timeoutMsecs)
{
    QNetworkAccessManager network;
    const QJsonObject body { { QStringLiteral("code"), code },
                             { QStringLiteral("device_name"), deviceName },
                             { QStringLiteral("device_id"), deviceId } };
    const HttpAnswer answer
        = send(network, requestFor(server, QStringLiteral("/v1/enrol"), {}, schemaVersion), "POST",
               QJsonDocument(body).toJson(QJsonDocument::Compact), timeoutMsecs);
    if (answer.status != 200 && answer.status != 201)
        return errorFrom(answer);
    Enrolment enrolment { answer.body.value(QStringLiteral("device_id")).toString(),
                          answer.body.value(QStringLiteral("business_id")).toString(),
                          answer.body.value(QStringLiteral("token")).toString().toLatin1() };
    if (enrolment.deviceId.isEmpty() || enrolment.token.isEmpty())
        return Error::invalid(QStringLiteral("sync.badEnrolment"),
                              tr("The server's answer to the enrolment is incomplete."));
    return enrolment;
}

} // namespace Balcao
