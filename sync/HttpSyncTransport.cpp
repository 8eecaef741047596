// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpSyncTransport.h"

#include "Protocol.h"
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

#include <array>
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

// Reads the body of a pull answer straight from its UTF-8 text into Changes.
// Building the QJsonDocument first and then looking every key up in it cost
// about as much as applying the changes (docs/performance.md). The reader
// knows the page balcaod writes and gives up (nullopt) on anything it is not
// sure to read exactly as QJsonDocument would: invalid JSON, values of an
// unexpected type, duplicate or escaped keys, nested values in fields. The
// caller then reads that body through QJsonDocument as before, so the result
// never depends on which way a page was read.
class PullPageReader
{
public:
    explicit PullPageReader(QByteArrayView text)
        : m_text(text)
        , m_p(text.data())
        , m_end(text.data() + text.size())
    { }

    std::optional<Result<PullPage>> read()
    {
        // QJsonDocument refuses invalid UTF-8; outside strings the reader
        // accepts ASCII only, so this one check covers the strings.
        if (!m_text.isValidUtf8())
            return std::nullopt;
        PullPage page;
        std::optional<Error> firstError;
        QJsonValue cursor(QJsonValue::Undefined);
        bool hasMore = false;
        bool seenChanges = false;
        bool seenCursor = false;
        bool seenMore = false;
        if (!consume('{'))
            return std::nullopt;
        if (!consume('}')) {
            do {
                QByteArrayView key;
                if (!readRawString(&key) || !consume(':'))
                    return std::nullopt;
                if (key == "changes") {
                    if (std::exchange(seenChanges, true) || !consume('['))
                        return std::nullopt;
                    if (consume(']'))
                        continue;
                    do {
                        Change change;
                        QString kind;
                        bool hasFields = false;
                        if (!readChange(change, kind, hasFields))
                            return std::nullopt;
                        // As QJsonDocument's reader: the first bad change is
                        // the answer, once the whole text has proved valid.
                        if (firstError)
                            continue;
                        auto checked = Change::checked(std::move(change), kind, hasFields);
                        if (checked)
                            page.changes << std::move(*checked);
                        else
                            firstError = checked.error();
                    } while (consume(','));
                    if (!consume(']'))
                        return std::nullopt;
                } else if (key == "next_cursor") {
                    if (std::exchange(seenCursor, true))
                        return std::nullopt;
                    QString text;
                    if (peek('"')) {
                        if (!readString(&text))
                            return std::nullopt;
                        cursor = QJsonValue(text);
                    } else if (!readNumber(&cursor)) {
                        return std::nullopt;
                    }
                } else if (key == "has_more") {
                    if (std::exchange(seenMore, true) || !readBool(&hasMore))
                        return std::nullopt;
                } else if (!skipValue(1)) {
                    return std::nullopt;
                }
            } while (consume(','));
            if (!consume('}'))
                return std::nullopt;
        }
        skipSpace();
        if (m_p != m_end)
            return std::nullopt;
        if (firstError)
            return Result<PullPage>(*firstError);
        page.nextCursor
            = cursor.isString() ? cursor.toString() : QString::number(cursor.toInteger());
        page.hasMore = hasMore;
        return Result<PullPage>(std::move(page));
    }

private:
    static constexpr int kMaxDepth = 64;

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    static int hexDigit(char c)
    {
        if (isDigit(c))
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }
    bool consume(char c)
    {
        if (!peek(c))
            return false;
        ++m_p;
        return true;
    }
    bool consumeWord(QByteArrayView word)
    {
        if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    // A string without escapes, as its raw bytes (valid UTF-8, checked
    // above). False on escapes or control characters: the caller gives up.
    bool readRawString(QByteArrayView *raw)
    {
        if (!consume('"'))
            return false;
        const char *start = m_p;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                *raw = QByteArrayView(start, m_p - start);
                ++m_p;
                return true;
            }
            if (c == '\\' || c < 0x20)
                return false;
            ++m_p;
        }
        return false;
    }

    // Decodes as QJsonDocument does: \uXXXX is one UTF-16 code unit, so a
    // surrogate pair written as two escapes becomes that pair.
    bool readString(QString *out)
    {
        if (!consume('"'))
            return false;
        const char *run = m_p;
        QString text;
        bool escaped = false;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                if (!escaped) {
                    *out = QString::fromUtf8(run, m_p - run);
                } else {
                    text += QString::fromUtf8(run, m_p - run);
                    *out = std::move(text);
                }
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c != '\\') {
                ++m_p;
                continue;
            }
            escaped = true;
            text += QString::fromUtf8(run, m_p - run);
            if (m_end - m_p < 2)
                return false;
            const char kind = m_p[1];
            m_p += 2;
            switch (kind) {
            case '"':
            case '\\':
            case '/':
                text += QLatin1Char(kind);
                break;
            case 'b':
                text += QChar(0x08);
                break;
            case 'f':
                text += QChar(0x0c);
                break;
            case 'n':
                text += QChar(0x0a);
                break;
            case 'r':
                text += QChar(0x0d);
                break;
            case 't':
                text += QChar(0x09);
                break;
            case 'u': {
                if (m_end - m_p < 4)
                    return false;
                char16_t unit = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = hexDigit(m_p[i]);
                    if (digit < 0)
                        return false;
                    unit = static_cast<char16_t>((unit << 4) | digit);
                }
                m_p += 4;
                text += QChar(unit);
                break;
            }
            default:
                return false; // QJsonDocument reads unknown escapes leniently: let it
            }
            run = m_p;
        }
        return false;
    }

    // The same text, and for the same text the same QJsonValue, as
    // QJsonDocument's reader: an integer when it is written as one (a
    // fraction of zeros counts) and fits in 64 bits, otherwise a double.
    bool readNumber(QJsonValue *out)
    {
        skipSpace();
        const char *start = m_p;
        bool isInt = true;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return false;
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return false;
            while (m_p < m_end && isDigit(*m_p)) {
                isInt = isInt && *m_p == '0';
                ++m_p;
            }
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            isInt = false;
            ++m_p;
            if (m_p < m_end && (*m_p == '-' || *m_p == '+'))
                ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return false;
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        const QByteArray number = QByteArray::fromRawData(start, m_p - start);
        bool ok = false;
        if (isInt) {
            const qlonglong n = number.toLongLong(&ok);
            if (ok) {
                *out = QJsonValue(n);
                return true;
            }
        }
        const double d = number.toDouble(&ok);
        if (!ok || !qIsFinite(d))
            return false;
        *out = QJsonValue(d);
        return true;
    }

    bool readBool(bool *out)
    {
        skipSpace();
        if (consumeWord("true"))
            *out = true;
        else if (consumeWord("false"))
            *out = false;
        else
            return false;
        return true;
    }

    // Checks and skips a value the page does not use.
    bool skipValue(int depth)
    {
        if (depth > kMaxDepth)
            return false;
        skipSpace();
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '"': {
            QString ignored;
            return readString(&ignored);
        }
        case '{':
            ++m_p;
            if (consume('}'))
                return true;
            do {
                QString key;
                if (!readString(&key) || !consume(':') || !skipValue(depth + 1))
                    return false;
            } while (consume(','));
            return consume('}');
        case '[':
            ++m_p;
            if (consume(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (consume(','));
            return consume(']');
        case 't':
            return consumeWord("true");
        case 'f':
            return consumeWord("false");
        case 'n':
            return consumeWord("null");
        default: {
            QJsonValue ignored;
            return readNumber(&ignored);
        }
        }
    }

    // Table names, kinds, device ids and field names repeat on every change:
    // one QString each, shared.
    bool readShared(QString *out)
    {
        skipSpace();
        const char *start = m_p;
        QByteArrayView raw;
        if (!readRawString(&raw)) {
            m_p = start;
            return readString(out); // escapes: not shared
        }
        for (const auto &[bytes, text] : m_shared) {
            if (bytes == raw) {
                *out = text;
                return true;
            }
        }
        *out = QString::fromUtf8(raw);
        if (m_shared.size() < 64)
            m_shared.append({ raw, *out });
        return true;
    }

    bool readFields(QVariantMap &fields)
    {
        if (!consume('{'))
            return false;
        if (consume('}'))
            return true;
        do {
            QString name;
            if (!readShared(&name) || !consume(':') || fields.contains(name))
                return false;
            skipSpace();
            if (m_p == m_end)
                return false;
            QVariant value;
            switch (*m_p) {
            case '"': {
                QString text;
                if (!readString(&text))
                    return false;
                value = QVariant(text);
                break;
            }
            case 't':
            case 'f': {
                bool flag = false;
                if (!readBool(&flag))
                    return false;
                value = ChangeWriter::fromJson(QJsonValue(flag));
                break;
            }
            case 'n':
                if (!consumeWord("null"))
                    return false;
                break;
            default: {
                QJsonValue number;
                if (!readNumber(&number))
                    return false;
                value = ChangeWriter::fromJson(number);
            }
            }
            fields.insert(name, value);
        } while (consume(','));
        return consume('}');
    }

    bool readChange(Change &change, QString &kind, bool &hasFields)
    {
        static const std::array<QByteArrayView, 8> kKeys { "change_id", "table", "row_id",
                                                           "kind",      "hlc",   "device_id",
                                                           "seq",       "fields" };
        if (!consume('{'))
            return false;
        if (consume('}'))
            return true;
        unsigned seen = 0;
        do {
            QByteArrayView key;
            if (!readRawString(&key) || !consume(':'))
                return false;
            const auto known = std::find(kKeys.begin(), kKeys.end(), key);
            const auto index = static_cast<unsigned>(known - kKeys.begin());
            if (known != kKeys.end() && std::exchange(seen, seen | (1u << index)) & (1u << index))
                return false; // a repeated key
            QString hlc;
            QJsonValue seq;
            bool ok = true;
            switch (index) {
            case 0:
                ok = readString(&change.changeId);
                break;
            case 1:
                ok = readShared(&change.table);
                break;
            case 2:
                ok = readString(&change.rowId);
                break;
            case 3:
                ok = readShared(&kind);
                break;
            case 4:
                ok = readString(&hlc);
                change.hlc = Hlc::fromString(hlc);
                break;
            case 5:
                ok = readShared(&change.deviceId);
                break;
            case 6:
                ok = readNumber(&seq);
                change.seq = seq.toInteger();
                break;
            case 7:
                hasFields = true;
                ok = readFields(change.fields);
                break;
            default:
                ok = skipValue(2);
            }
            if (!ok)
                return false;
        } while (consume(','));
        return consume('}');
    }

    QByteArrayView m_text;
    const char *m_p;
    const char *m_end;
    QList<std::pair<QByteArrayView, QString>> m_shared;
};

// The way every pull page was read before PullPageReader, and still is when
// that reader gives up.
Result<PullPage> pullPageFromDocument(const QJsonObject &body)
{
    PullPage page;
    const QJsonArray changes = body.value(QStringLiteral("changes")).toArray();
    page.changes.reserve(changes.size());
    for (const QJsonValue &value : changes) {
        auto change = Change::fromJson(value.toObject());
        if (!change)
            return change.error();
        page.changes << *change;
    }
    const QJsonValue next = body.value(QStringLiteral("next_cursor"));
    page.nextCursor = next.isString() ? next.toString() : QString::number(next.toInteger());
    page.hasMore = body.value(QStringLiteral("has_more")).toBool();
    return page;
}

Result<PullPage> pullPageFrom(const HttpAnswer &answer)
{
    if (answer.status != 200)
        return errorFrom(answer);
    return HttpSyncTransport::readPullPage(answer.data);
}
} // namespace

Result<PullPage> HttpSyncTransport::readPullPage(const QByteArray &body, bool *direct)
{
    std::optional<Result<PullPage>> page = PullPageReader(body).read();
    if (direct)
        *direct = page.has_value();
    if (page)
        return std::move(*page);
    return pullPageFromDocument(QJsonDocument::fromJson(body).object());
}

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
                                   prefetch->afterCursor, prefetch->limit, true));
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
                            afterCursor, limit, true));
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
