// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerFixture.h"

#include "Protocol.h"
#include "common/Id.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace Balcao::Test {

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::addRow("sqlite") << QStringLiteral("sqlite");
    QTest::addRow("postgres") << QStringLiteral("postgres");
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpReply::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString HttpReply::errorMessage() const
{
    return json.value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

ServerFixture::ServerFixture(const QString &backend, Server::SyncServer::Limits limits)
    : m_backend(backend)
    , m_limits(limits)
{
    m_ok = m_relay.isListening() && start();
}

QUrl ServerFixture::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void ServerFixture::stop()
{
    m_relay.setTarget(0);
    m_relay.cutAll();
    m_server.reset();
    m_store.reset();
    m_ok = false;
}

bool ServerFixture::restart()
{
    stop();
    m_ok = start();
    return m_ok;
}

bool ServerFixture::start()
{
    const QString &backend = m_backend;
    const Server::SyncServer::Limits limits = m_limits;
    Server::StoreLocation location;
    if (backend == QStringLiteral("postgres"))
        location.postgresUri = qEnvironmentVariable("BALCAO_TEST_POSTGRES_URI");
    else
        location.dataDir = m_dir.path();
    auto store = Server::ServerStore::open(location);
    if (!store) {
        qWarning() << "cannot open the store:" << store.error().message;
        return false;
    }
    m_store = std::move(*store);
    m_server = std::make_unique<Server::SyncServer>(*m_store, m_clock, limits);
    // Port 0: the system chooses one that is free, and it is read back.
    auto port = m_server->listen(QHostAddress::LocalHost, 0);
    if (!port) {
        qWarning() << "cannot listen:" << port.error().message;
        return false;
    }
    m_relay.setTarget(*port);
    return true;
}

ServerFixture::~ServerFixture()
{
    stop();
}

HttpReply ServerFixture::call(const QByteArray &method, const QString &pathAndQuery,
                              const QByteArray &body, const QString &token, const Headers &headers)
{
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(pathAndQuery)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (headers.protocol != 0)
        request.setRawHeader(
            Protocol::kProtocolHeader,
            QByteArray::number(headers.protocol < 0 ? Protocol::kVersion : headers.protocol));
    if (headers.schema != 0)
        request.setRawHeader(
            Protocol::kSchemaHeader,
            QByteArray::number(headers.schema < 0 ? Protocol::schemaVersion() : headers.schema));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &[name, value] : headers.extra)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.raw = reply->readAll();
    out.json = QJsonDocument::fromJson(out.raw).object();
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return out;
}

QString ServerFixture::createBusiness(const QString &name)
{
    auto id = m_server->enrolment().createBusiness(name);
    return id ? *id : QString();
}

QString ServerFixture::enrolmentCode(const QString &businessId)
{
    auto code = m_server->enrolment().issueCode(businessId, 24);
    return code ? code->code : QString();
}

EnrolledDevice ServerFixture::enrol(const QString &businessId, const QString &name)
{
    const QJsonObject body { { QStringLiteral("code"), enrolmentCode(businessId) },
                             { QStringLiteral("device_name"), name } };
    const HttpReply reply = call("POST", QStringLiteral("/v1/enrol"), QJsonDocument(body).toJson());
    return { reply.json.value(QStringLiteral("device_id")).toString(),
             reply.json.value(QStringLiteral("token")).toString(),
             reply.json.value(QStringLiteral("business_id")).toString(), name };
}

Change ServerFixture::record(const EnrolledDevice &device, const QString &table,
                             const QString &rowId, const QVariantMap &fields, qint64 aheadMsecs,
                             quint16 counter) const
{
    Change c;
    c.changeId = Id::generate().toString();
    c.table = table;
    c.rowId = rowId;
    c.hlc = Hlc(m_clock.nowMsecsSinceEpoch() + aheadMsecs, counter);
    c.deviceId = device.id;
    c.fields = fields;
    return c;
}

Change ServerFixture::fact(const EnrolledDevice &device, const QString &table, const QString &rowId,
                           const QVariantMap &fields) const
{
    Change c = record(device, table, rowId, fields);
    c.ledger = true;
    return c;
}

QByteArray ServerFixture::pushBody(const QString &batchId, const QList<Change> &changes)
{
    QJsonArray array;
    for (const Change &c : changes)
        array.append(c.toJson());
    return QJsonDocument(QJsonObject { { QStringLiteral("batch_id"), batchId },
                                       { QStringLiteral("changes"), array } })
        .toJson(QJsonDocument::Compact);
}

HttpReply ServerFixture::push(const EnrolledDevice &device, const QString &batchId,
                              const QList<Change> &changes)
{
    return call("POST", QStringLiteral("/v1/push"), pushBody(batchId, changes), device.token);
}

HttpReply ServerFixture::pull(const EnrolledDevice &device, qint64 after, int limit)
{
    return call("GET", QStringLiteral("/v1/pull?after=%1&limit=%2").arg(after).arg(limit), {},
                device.token);
}

QHash<QString, QJsonObject> ServerFixture::bootstrap(const EnrolledDevice &device, int limit,
                                                     qint64 *cursor, int *pages)
{
    QHash<QString, QJsonObject> rows;
    QString page;
    int count = 0;
    for (;;) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (!page.isEmpty())
            query.addQueryItem(QStringLiteral("page"), page);
        const HttpReply reply
            = call("GET", QStringLiteral("/v1/bootstrap?") + query.toString(QUrl::FullyEncoded), {},
                   device.token);
        if (reply.status != 200) {
            qWarning() << "bootstrap failed:" << reply.status << reply.raw;
            return {};
        }
        ++count;
        if (cursor)
            *cursor = reply.json.value(QStringLiteral("cursor")).toInteger();
        const QJsonArray array = reply.json.value(QStringLiteral("rows")).toArray();
        for (const QJsonValue &row : array) {
            const QJsonObject o = row.toObject();
            rows.insert(o.value(QStringLiteral("table")).toString() + QLatin1Char('/')
                            + o.value(QStringLiteral("row_id")).toString(),
                        o);
        }
        if (!reply.json.value(QStringLiteral("has_more")).toBool())
            break;
        page = reply.json.value(QStringLiteral("next_page")).toString();
    }
    if (pages)
        *pages = count;
    return rows;
}

qint64 ServerFixture::lastSeq(const QString &businessId)
{
    auto read = m_store->run(QStringLiteral("SELECT COUNT(*) FROM changes WHERE business_id = ?"),
                             { businessId });
    return read && read->next() ? read->value(0).toLongLong() : -1;
}

} // namespace Balcao::Test
