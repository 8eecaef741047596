// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpSyncTransport.h"

#include "Protocol.h"
#include "storage/ChangeWriter.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace Balcao {

namespace {

HttpAnswer send(QNetworkAccessManager &network, QNetworkRequest request, const QByteArray &verb,
                const QByteArray &body, int timeoutMsecs)
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
    const QByteArray data = reply->readAll();
    answer.body = QJsonDocument::fromJson(data).object();
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
{ }

HttpSyncTransport::~HttpSyncTransport()
{
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
HttpAnswer HttpSyncTransport::get(const QString &path, const QString &positionName,
                                  const QString &position, int limit)
{
    QNetworkRequest request = requestFor(m_server, path, m_token, m_schemaVersion);
    QUrl url = request.url();
    QUrlQuery query;
    if (!position.isEmpty())
        query.addQueryItem(positionName, position);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    url.setQuery(query);
    request.setUrl(url);
    return send(*m_network, request, "GET", {}, m_timeoutMsecs);
}

Result<PullPage> HttpSyncTransport::pull(const QString &afterCursor, int limit)
{
    const HttpAnswer answer
        = get(QStringLiteral("/v1/pull"), QStringLiteral("after"), afterCursor, limit);
    if (answer.status != 200)
        return errorFrom(answer);
    PullPage page;
    for (const QJsonValue &value : answer.body.value(QStringLiteral("changes")).toArray()) {
        auto change = Change::fromJson(value.toObject());
        if (!change)
            return change.error();
        page.changes << *change;
    }
    const QJsonValue next = answer.body.value(QStringLiteral("next_cursor"));
    page.nextCursor = next.isString() ? next.toString() : QString::number(next.toInteger());
    page.hasMore = answer.body.value(QStringLiteral("has_more")).toBool();
    return page;
}

Result<BootstrapPage> HttpSyncTransport::bootstrap(const QString &pageToken, int limit)
{
    const HttpAnswer answer
        = get(QStringLiteral("/v1/bootstrap"), QStringLiteral("page"), pageToken, limit);
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
    const QJsonValue cursor = answer.body.value(QStringLiteral("cursor"));
    page.cursor = cursor.isString() ? cursor.toString() : QString::number(cursor.toInteger());
    page.nextPage = answer.body.value(QStringLiteral("next_page")).toString();
    page.hasMore = answer.body.value(QStringLiteral("has_more")).toBool();
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
