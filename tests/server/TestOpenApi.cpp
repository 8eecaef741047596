// SPDX-License-Identifier: GPL-3.0-or-later
#include "Protocol.h"
#include "ServerFixture.h"
#include "common/Id.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

// Reads paths, methods and response codes from docs/api/openapi.yaml. The
// file keeps to a plain subset (two-space indentation, quoted codes) so
// that this small reader is enough; a line it cannot place fails the test.
using Operations = QMap<QPair<QString, QString>, QSet<int>>;

Operations readOpenApi(const QString &file, QString *problem)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *problem = QStringLiteral("cannot read ") + file;
        return {};
    }
    static const QRegularExpression pathLine(QStringLiteral(R"(^  (/\S*):\s*$)"));
    static const QRegularExpression methodLine(
        QStringLiteral(R"(^    (get|put|post|delete|patch|head|options):\s*$)"));
    static const QRegularExpression responsesLine(QStringLiteral(R"(^      responses:\s*$)"));
    static const QRegularExpression statusLine(QStringLiteral(R"(^        '(\d{3})':\s*$)"));
    Operations operations;
    bool inPaths = false;
    bool inResponses = false;
    QString path;
    QString method;
    const QStringList lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (!line.startsWith(QLatin1Char(' '))) {
            inPaths = line.startsWith(QStringLiteral("paths:"));
            continue;
        }
        if (!inPaths)
            continue;
        if (auto m = pathLine.match(line); m.hasMatch()) {
            path = m.captured(1);
            inResponses = false;
        } else if (auto m2 = methodLine.match(line); m2.hasMatch()) {
            method = m2.captured(1);
            operations[{ path, method }];
            inResponses = false;
        } else if (responsesLine.match(line).hasMatch()) {
            inResponses = true;
        } else if (auto m3 = statusLine.match(line); m3.hasMatch() && inResponses) {
            operations[{ path, method }].insert(m3.captured(1).toInt());
        } else if (inResponses && line.size() - line.trimmed().size() <= 6
                   && !line.trimmed().startsWith(QLatin1Char('-'))) {
            inResponses = false;
        }
    }
    return operations;
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

private:
    Operations m_operations;

private slots:
    void initTestCase()
    {
        QString problem;
        m_operations = readOpenApi(QStringLiteral(BALCAO_OPENAPI_FILE), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!m_operations.isEmpty());
    }

    void testEveryRouteIsDocumentedAndNothingElse()
    {
        QSet<QPair<QString, QString>> served;
        for (const auto &[path, method] : Server::SyncServer::routes())
            served.insert({ path, QString::fromLatin1(method) });
        QSet<QPair<QString, QString>> documented;
        for (auto it = m_operations.cbegin(); it != m_operations.cend(); ++it) {
            documented.insert(it.key());
            QVERIFY2(!it.value().isEmpty(),
                     qPrintable(it.key().first + QStringLiteral(" has no responses")));
        }
        QCOMPARE(documented, served);
    }

    // Typical good and bad requests on every documented operation: each
    // answer's status must be one the document lists for that operation.
    void testServerAnswersOnlyDocumentedStatuses_data() { addBackendRows(); }
    void testServerAnswersOnlyDocumentedStatuses()
    {
        BALCAO_FETCH_BACKEND();
        ServerFixture f(backend, Server::SyncServer::Limits { 64 * 1024, 5 * 60 * 1000 });
        QVERIFY(f.ok());
        const QString business = f.createBusiness();
        const EnrolledDevice a = f.enrol(business, QStringLiteral("A"));
        QVERIFY(!a.token.isEmpty());
        const auto change = [&](qint64 ahead) {
            return f.record(a, QStringLiteral("clients"), Id::generate().toString(),
                            { { QStringLiteral("name"), QStringLiteral("x") } }, ahead);
        };
        const ServerFixture::Headers oldTerminal { 1, Protocol::schemaVersion() - 1, {} };
        const ServerFixture::Headers wrongProtocol { 99, -1, {} };
        const ServerFixture::Headers none { 0, 0, {} };
        const QByteArray huge = QByteArray(70 * 1024, 'x');

        struct Probe
        {
            QString path;
            QByteArray method;
            QByteArray body;
            QString token;
            ServerFixture::Headers headers;
            int expected;
        };
        const QString enrolBody = QStringLiteral(R"({"code":"%1","device_name":"B"})");
        const QList<Probe> probes {
            { QStringLiteral("/v1/enrol"),
              "POST",
              enrolBody.arg(f.enrolmentCode(business)).toUtf8(),
              {},
              {},
              200 },
            { QStringLiteral("/v1/enrol"),
              "POST",
              enrolBody.arg(QStringLiteral("WRONG")).toUtf8(),
              {},
              {},
              403 },
            { QStringLiteral("/v1/enrol"), "POST", "nope", {}, {}, 400 },
            { QStringLiteral("/v1/enrol"), "POST", "{}", {}, wrongProtocol, 426 },
            { QStringLiteral("/v1/enrol"), "POST", "{}", {}, none, 400 },
            { QStringLiteral("/v1/enrol"), "POST", huge, {}, {}, 413 },
            { QStringLiteral("/v1/push"),
              "POST",
              ServerFixture::pushBody(QStringLiteral("b"), { change(0) }),
              a.token,
              {},
              200 },
            { QStringLiteral("/v1/push"),
              "POST",
              ServerFixture::pushBody(QStringLiteral("b"), { change(0) }),
              a.token,
              {},
              409 },
            { QStringLiteral("/v1/push"),
              "POST",
              ServerFixture::pushBody(QStringLiteral("c"), { change(3600000) }),
              a.token,
              {},
              422 },
            { QStringLiteral("/v1/push"), "POST", "[", a.token, {}, 400 },
            { QStringLiteral("/v1/push"), "POST", "{}", QStringLiteral("bad"), {}, 401 },
            { QStringLiteral("/v1/push"), "POST", "{}", a.token, oldTerminal, 426 },
            { QStringLiteral("/v1/push"), "POST", huge, a.token, {}, 413 },
            { QStringLiteral("/v1/pull"), "GET", {}, a.token, {}, 200 },
            { QStringLiteral("/v1/pull?after=-1"), "GET", {}, a.token, {}, 400 },
            { QStringLiteral("/v1/pull?after=1000"), "GET", {}, a.token, {}, 409 },
            { QStringLiteral("/v1/pull"), "GET", {}, {}, {}, 401 },
            { QStringLiteral("/v1/pull"), "GET", {}, a.token, wrongProtocol, 426 },
            { QStringLiteral("/v1/bootstrap"), "GET", {}, a.token, {}, 200 },
            { QStringLiteral("/v1/live"), "GET", {}, a.token, {}, 426 },
            { QStringLiteral("/v1/bootstrap?limit=100000"), "GET", {}, a.token, {}, 400 },
            { QStringLiteral("/v1/bootstrap"), "GET", {}, QStringLiteral("bad"), {}, 401 },
            { QStringLiteral("/v1/bootstrap"), "GET", {}, a.token, oldTerminal, 426 },
        };
        QSet<QPair<QString, QString>> probed;
        for (const Probe &p : probes) {
            const HttpReply reply = f.call(p.method, p.path, p.body, p.token, p.headers);
            const QString path = p.path.section(QLatin1Char('?'), 0, 0);
            const QString method = QString::fromLatin1(p.method).toLower();
            const QString what = QStringLiteral("%1 %2 answered %3: %4")
                                     .arg(QString::fromLatin1(p.method), p.path)
                                     .arg(reply.status)
                                     .arg(QString::fromUtf8(reply.raw.left(300)));
            QVERIFY2(m_operations.contains({ path, method }),
                     qPrintable(what + QStringLiteral(" (undocumented path)")));
            QVERIFY2(m_operations.value({ path, method }).contains(reply.status),
                     qPrintable(what + QStringLiteral(" (undocumented status)")));
            QVERIFY2(reply.status == p.expected, qPrintable(what));
            if (reply.status != 200) {
                QVERIFY2(!reply.json.value(QStringLiteral("error"))
                              .toObject()
                              .value(QStringLiteral("code"))
                              .toString()
                              .isEmpty(),
                         qPrintable(what + QStringLiteral(" (no error object)")));
            }
            probed.insert({ path, method });
        }
        QCOMPARE(probed.size(), m_operations.size());
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "TestOpenApi.moc"
