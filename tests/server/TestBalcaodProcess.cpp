// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessOutput.h"
#include "Protocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// The real balcaod binary: admin subcommands print JSON, the server starts on
// a free port and says so, serves an enrolment, and stops cleanly on SIGTERM.
class TestBalcaodProcess : public QObject
{
    Q_OBJECT

private:
    static QStringList storeArgs(const QString &backend, const QString &dir)
    {
        if (backend == QStringLiteral("postgres"))
            return { QStringLiteral("--postgres"),
                     qEnvironmentVariable("BALCAO_TEST_POSTGRES_URI") };
        return { QStringLiteral("--data"), dir };
    }
    static QJsonObject runJson(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(BALCAO_BALCAOD), args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            qWarning() << "balcaod" << args.mid(0, 3) << "failed:" << p.readAllStandardError();
            return {};
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

private slots:
    void testAdminServeEnrolAndStop_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addRow("sqlite") << QStringLiteral("sqlite");
        QTest::addRow("postgres") << QStringLiteral("postgres");
    }
    void testAdminServeEnrolAndStop()
    {
        QFETCH(QString, backend);
        if (backend == QStringLiteral("postgres")
            && qEnvironmentVariableIsEmpty("BALCAO_TEST_POSTGRES_URI"))
            QSKIP("PostgreSQL row skipped: BALCAO_TEST_POSTGRES_URI is not set (scripts/test sets "
                  "it with pg_virtualenv)");
        QTemporaryDir dir;
        const QStringList store = storeArgs(backend, dir.path());

        const QJsonObject business
            = runJson(QStringList { QStringLiteral("admin"), QStringLiteral("create-business"),
                                    QStringLiteral("--name"), QStringLiteral("Barbearia"),
                                    QStringLiteral("--json") }
                      + store);
        const QString id = business.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        const QJsonObject code
            = runJson(QStringList { QStringLiteral("admin"), QStringLiteral("enrolment-code"),
                                    QStringLiteral("--business"), id, QStringLiteral("--json") }
                      + store);
        QVERIFY(!code.value(QStringLiteral("code")).toString().isEmpty());
        QVERIFY(runJson(QStringList { QStringLiteral("admin"), QStringLiteral("enrolment-code"),
                                      QStringLiteral("--business"),
                                      QStringLiteral("no-such-business"), QStringLiteral("--json") }
                        + store)
                    .isEmpty());

        QProcess server;
        server.start(QStringLiteral(BALCAO_BALCAOD),
                     QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") }
                         + store);
        QVERIFY(server.waitForStarted());
        QByteArray output;
        static const QRegularExpression listening(QStringLiteral(
            R"(listening on http://127\.0\.0\.1:(\d+) \(plain HTTP, loopback only)"));
        const QRegularExpressionMatch match = Balcao::Test::readUntil(server, listening, output);
        QVERIFY2(match.hasMatch(), output.constData());
        const int port = match.captured(1).toInt();

        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/enrol").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader(Balcao::Protocol::kProtocolHeader,
                             QByteArray::number(Balcao::Protocol::kVersion));
        request.setRawHeader(Balcao::Protocol::kSchemaHeader,
                             QByteArray::number(Balcao::Protocol::schemaVersion()));
        const QJsonObject body { { QStringLiteral("code"), code.value(QStringLiteral("code")) },
                                 { QStringLiteral("device_name"), QStringLiteral("Caixa") } };
        QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject enrolled = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(enrolled.value(QStringLiteral("business_id")).toString(), id);
        const QString token = enrolled.value(QStringLiteral("token")).toString();
        delete reply;

        ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        output += server.readAllStandardOutput();
        QVERIFY(output.contains("balcaod: stopped"));
        // Secrets never reach the log.
        const QByteArray log = output + server.readAllStandardError();
        QVERIFY(!log.contains(token.toLatin1()));
        QVERIFY(!log.contains(code.value(QStringLiteral("code")).toString().toLatin1()));

        const QString device = enrolled.value(QStringLiteral("device_id")).toString();
        QProcess revoke;
        revoke.start(QStringLiteral(BALCAO_BALCAOD),
                     QStringList { QStringLiteral("admin"), QStringLiteral("revoke-device"),
                                   QStringLiteral("--device"), device }
                         + store);
        QVERIFY(revoke.waitForFinished(30000));
        QCOMPARE(revoke.exitCode(), 0);
    }

    // Qt 6.4's QHttpServer serves TLS through sslSetup(); a client that
    // trusts the certificate talks HTTPS, plain HTTP on that port gets nothing.
    void testServesHttpsWithCertificateAndKey()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                        QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=localhost") });
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            QSKIP("the openssl command is not available to make a test certificate");

        QProcess server;
        server.start(QStringLiteral(BALCAO_BALCAOD),
                     { QStringLiteral("--data"), dir.path(), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"), cert,
                       QStringLiteral("--tls-key"), key });
        QByteArray output;
        static const QRegularExpression listening(
            QStringLiteral(R"(listening on https://127\.0\.0\.1:(\d+) \(TLS\))"));
        const QRegularExpressionMatch match = Balcao::Test::readUntil(server, listening, output);
        QVERIFY2(match.hasMatch(), output.constData());

        QNetworkAccessManager network;
        QNetworkRequest request(
            QUrl(QStringLiteral("https://localhost:%1/v1/pull").arg(match.captured(1))));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(cert));
        request.setSslConfiguration(ssl);
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(),
                 QNetworkReply::AuthenticationRequiredError); // 401 over a verified TLS channel
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        delete reply;
        ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitCode(), 0);
    }

    void testPlainHttpOnNonLoopbackIsRefused()
    {
        QTemporaryDir dir;
        QProcess server;
        server.start(QStringLiteral(BALCAO_BALCAOD),
                     { QStringLiteral("--data"), dir.path(), QStringLiteral("--listen"),
                       QStringLiteral("0.0.0.0:0") });
        QVERIFY(server.waitForFinished(30000));
        QVERIFY(server.exitCode() != 0);
        QVERIFY(server.readAllStandardError().contains("--tls-cert"));
    }

    void testBadCommandLinesExplainThemselves()
    {
        QProcess p;
        p.start(QStringLiteral(BALCAO_BALCAOD),
                { QStringLiteral("admin"), QStringLiteral("create-business") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--name"));
    }
};

QTEST_GUILESS_MAIN(TestBalcaodProcess)
#include "TestBalcaodProcess.moc"
