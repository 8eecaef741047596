// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;

class TestBalcaoCtl : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    QTemporaryDir m_dir;
    QString m_passFile;
    int m_dbs = 0;

    Run ctl(const QStringList &arguments, const QByteArray &stdinData = {},
            const QStringList &extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &kv : extraEnv)
            env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BALCAOCTL_PATH), arguments);
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("balcaoctl hung");
        return Run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                     p.readAllStandardOutput(), p.readAllStandardError() };
    }
    QStringList db(const QString &path) const
    {
        return { QStringLiteral("--db"), path, QStringLiteral("--passphrase-file"), m_passFile };
    }
    QString newDb()
    {
        const QString path = m_dir.filePath(QStringLiteral("ctl-%1.db").arg(++m_dbs));
        const Run r
            = ctl(QStringList { QStringLiteral("init"), QStringLiteral("--business"),
                                QStringLiteral("Salão Teste"), QStringLiteral("--location"),
                                QStringLiteral("Centro"), QStringLiteral("--timezone"),
                                QStringLiteral("America/Sao_Paulo"), QStringLiteral("--currency"),
                                QStringLiteral("BRL"), QStringLiteral("--json") }
                  + db(path));
        if (r.exitCode != 0)
            qFatal("init failed: %s", r.err.constData());
        return path;
    }
    QString addClient(const QString &path, const QString &name, const QStringList &more = {})
    {
        const Run r = ctl(QStringList { QStringLiteral("client"), QStringLiteral("add"),
                                        QStringLiteral("--name"), name, QStringLiteral("--json") }
                          + more + db(path));
        if (r.exitCode != 0)
            return {};
        return r.json().object().value(QStringLiteral("id")).toString();
    }
    QJsonArray listClients(const QString &path)
    {
        return ctl(QStringList { QStringLiteral("client"), QStringLiteral("list"),
                                 QStringLiteral("--json") }
                   + db(path))
            .json()
            .array();
    }
    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        m_passFile = m_dir.filePath(QStringLiteral("pass.txt"));
        QFile f(m_passFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("uma frase secreta longa\n");
    }

    void testInitMakesAnEncryptedDatabase()
    {
        const QString path = newDb();
        QVERIFY(QFile::exists(path));
        QVERIFY(!Database::isPlainSqliteFile(path));
        const Run check
            = ctl(QStringList { QStringLiteral("check"), QStringLiteral("--json") } + db(path));
        QCOMPARE(check.exitCode, 0);
        const QJsonObject info = check.json().object();
        QCOMPARE(info.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        QVERIFY(info.value(QStringLiteral("cipher_version"))
                    .toString()
                    .startsWith(QStringLiteral("4.")));
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (!sqlite3.isEmpty()) {
            QProcess p;
            p.start(sqlite3, { path, QStringLiteral("SELECT * FROM clients;") });
            QVERIFY(p.waitForFinished());
            QVERIFY(p.exitCode() != 0);
            QVERIFY(p.readAllStandardError().contains("file is not a database"));
        }
    }

    // The file is readable by SQLCipher 4 with the key (through balcaoctl's
    // read-only shell), and that shell cannot write.
    void testReadOnlySqlShell()
    {
        const QString path = newDb();
        QVERIFY(!addClient(path, QStringLiteral("Ana")).isEmpty());
        const Run read
            = ctl(QStringList { QStringLiteral("sql"), QStringLiteral("SELECT name FROM clients"),
                                QStringLiteral("--json") }
                  + db(path));
        QCOMPARE(read.exitCode, 0);
        QCOMPARE(read.json().array().at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Ana"));
        const Run version
            = ctl(QStringList { QStringLiteral("sql"), QStringLiteral("PRAGMA cipher_version") }
                  + db(path));
        QVERIFY(version.out.startsWith("4."));
        const Run write
            = ctl(QStringList { QStringLiteral("sql"), QStringLiteral("DELETE FROM clients") }
                  + db(path));
        QCOMPARE(write.exitCode, 1);
        QCOMPARE(listClients(path).size(), 1);
    }

    void testInitRejectsBadInputAndCreatesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        const QStringList base { QStringLiteral("init"), QStringLiteral("--business"),
                                 QStringLiteral("X"),    QStringLiteral("--location"),
                                 QStringLiteral("Y"),    QStringLiteral("--currency"),
                                 QStringLiteral("BRL") };
        QTest::addRow("missing timezone") << base << 2 << QStringLiteral("cli.usage");
        QTest::addRow("unknown timezone")
            << (base + QStringList { QStringLiteral("--timezone"), QStringLiteral("Mars/Base") })
            << 1 << QStringLiteral("location.timeZoneInvalid");
        QTest::addRow("bad currency") << (QStringList {
            QStringLiteral("init"), QStringLiteral("--business"), QStringLiteral("X"),
            QStringLiteral("--location"), QStringLiteral("Y"), QStringLiteral("--currency"),
            QStringLiteral("REAIS"), QStringLiteral("--timezone"), QStringLiteral("UTC") })
                                      << 1 << QStringLiteral("currency.invalid");
        QTest::addRow("unknown option")
            << (base
                + QStringList { QStringLiteral("--timezone"), QStringLiteral("UTC"),
                                QStringLiteral("--colour") })
            << 2 << QStringLiteral("cli.usage");
    }
    void testInitRejectsBadInputAndCreatesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        const QString path = m_dir.filePath(QStringLiteral("rejected.db"));
        const Run r = ctl(arguments + db(path) + QStringList { QStringLiteral("--json") });
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(QJsonDocument::fromJson(r.err)
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 code);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".keyinfo")));
    }

    void testInitRefusesToOverwrite()
    {
        const QString path = newDb();
        const QByteArray before = fileBytes(path);
        const Run r = ctl(QStringList { QStringLiteral("init"), QStringLiteral("--business"),
                                        QStringLiteral("Other"), QStringLiteral("--location"),
                                        QStringLiteral("Z"), QStringLiteral("--timezone"),
                                        QStringLiteral("UTC"), QStringLiteral("--currency"),
                                        QStringLiteral("USD") }
                          + db(path));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("already exists"));
        QCOMPARE(fileBytes(path), before);
    }

    void testClientLifecycle()
    {
        const QString path = newDb();
        const QString ana
            = addClient(path, QStringLiteral("Ana Souza"),
                        { QStringLiteral("--phone"), QStringLiteral("+55 11 98765-4321") });
        const QString bia = addClient(path, QStringLiteral("Bia Lima"));
        QVERIFY(!ana.isEmpty());
        QVERIFY(!bia.isEmpty());
        QJsonArray list = listClients(path);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("id")).toString(), ana);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+5511987654321"));

        Run edit = ctl(QStringList { QStringLiteral("client"), QStringLiteral("edit"),
                                     QStringLiteral("--id"), ana, QStringLiteral("--email"),
                                     QStringLiteral("ana@example.com"), QStringLiteral("--json") }
                       + db(path));
        QCOMPARE(edit.exitCode, 0);
        QCOMPARE(edit.json().object().value(QStringLiteral("email")).toString(),
                 QStringLiteral("ana@example.com"));
        QCOMPARE(edit.json().object().value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+5511987654321"));

        const QString hashBefore = QString::fromLatin1(
            ctl(QStringList { QStringLiteral("state-hash") } + db(path)).out.trimmed());
        QCOMPARE(hashBefore.size(), 64);
        Run del = ctl(QStringList { QStringLiteral("client"), QStringLiteral("delete"),
                                    QStringLiteral("--id"), bia }
                      + db(path));
        QCOMPARE(del.exitCode, 0);
        list = listClients(path);
        QCOMPARE(list.size(), 1);
        // The tombstone stays in the export, and the hash is that export's SHA-256.
        const Run exported
            = ctl(QStringList { QStringLiteral("export"), QStringLiteral("--json") } + db(path));
        QCOMPARE(exported.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(exported.out)
                                    .object()
                                    .value(QStringLiteral("tables"))
                                    .toObject()
                                    .value(QStringLiteral("clients"))
                                    .toArray();
        QCOMPARE(rows.size(), 2);
        bool sawTombstone = false;
        for (const QJsonValue &row : rows)
            sawTombstone |= row.toObject().value(QStringLiteral("id")).toString() == bia
                && row.toObject().value(QStringLiteral("deleted")).toInteger() == 1;
        QVERIFY(sawTombstone);
        const QString hashAfter = QString::fromLatin1(
            ctl(QStringList { QStringLiteral("state-hash") } + db(path)).out.trimmed());
        QVERIFY(hashAfter != hashBefore);
        QCOMPARE(hashAfter,
                 QString::fromLatin1(
                     QCryptographicHash::hash(exported.out.trimmed(), QCryptographicHash::Sha256)
                         .toHex()));

        // The outbox holds every mutation: init's, 2 adds, 1 edit, 1 delete (+ its audit fact).
        const QJsonArray changes
            = ctl(QStringList { QStringLiteral("changes"), QStringLiteral("--json") } + db(path))
                  .json()
                  .array();
        int clientChanges = 0;
        for (const QJsonValue &c : changes)
            clientChanges += c.toObject().value(QStringLiteral("table")).toString()
                == QStringLiteral("clients");
        QCOMPARE(clientChanges, 4);
        QCOMPARE(changes.last().toObject().value(QStringLiteral("table")).toString(),
                 QStringLiteral("audit_events"));
    }

    void testClientErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("empty name")
            << QStringList { QStringLiteral("client"), QStringLiteral("add"),
                             QStringLiteral("--name"), QString() }
            << 1 << QStringLiteral("needs a name");
        QTest::addRow("bad email")
            << QStringList { QStringLiteral("client"),  QStringLiteral("add"),
                             QStringLiteral("--name"),  QStringLiteral("X"),
                             QStringLiteral("--email"), QStringLiteral("nope") }
            << 1 << QStringLiteral("not an e-mail");
        QTest::addRow("unknown id")
            << QStringList { QStringLiteral("client"), QStringLiteral("delete"),
                             QStringLiteral("--id"),
                             QStringLiteral("01a2076d-f66e-7271-b403-685ac76aa13c") }
            << 1 << QStringLiteral("no client");
        QTest::addRow("malformed id")
            << QStringList { QStringLiteral("client"), QStringLiteral("edit"),
                             QStringLiteral("--id"),   QStringLiteral("42"),
                             QStringLiteral("--name"), QStringLiteral("X") }
            << 1 << QStringLiteral("not a client id");
        QTest::addRow("no subcommand") << QStringList { QStringLiteral("client") } << 2
                                       << QStringLiteral("Unknown client command");
        QTest::addRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << 2
                                         << QStringLiteral("Unknown command");
    }
    void testClientErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, fragment);
        static QString path;
        if (path.isEmpty())
            path = newDb();
        const QString before
            = QString::fromLatin1(ctl(QStringList { QStringLiteral("state-hash") } + db(path)).out);
        const Run r = ctl(arguments + db(path));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(fragment), r.err.constData());
        QCOMPARE(
            QString::fromLatin1(ctl(QStringList { QStringLiteral("state-hash") } + db(path)).out),
            before);
    }

    // Errors speak the user's language.
    void testErrorsAreTranslated()
    {
        const QString path = newDb();
        const Run pt
            = ctl(QStringList { QStringLiteral("client"), QStringLiteral("add"),
                                QStringLiteral("--name"), QString() }
                      + db(path),
                  {},
                  { QStringLiteral("LANG=pt_BR.UTF-8"), QStringLiteral("LC_ALL=pt_BR.UTF-8"),
                    QStringLiteral("LANGUAGE=pt_BR") });
        QCOMPARE(pt.exitCode, 1);
        QVERIFY2(
            QString::fromUtf8(pt.err).contains(QStringLiteral("O cliente precisa de um nome.")),
            pt.err.constData());
        const Run en
            = ctl(QStringList { QStringLiteral("client"), QStringLiteral("add"),
                                QStringLiteral("--name"), QString() }
                      + db(path),
                  {},
                  { QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LC_ALL=en_US.UTF-8"),
                    QStringLiteral("LANGUAGE=en_US") });
        QVERIFY2(en.err.contains("The client needs a name."), en.err.constData());
    }

    void testWrongOrMissingPassphrase()
    {
        const QString path = newDb();
        const QByteArray before = fileBytes(path);
        Run wrong = ctl({ QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--db"),
                          path, QStringLiteral("--passphrase-file"), QStringLiteral("-") },
                        "not the passphrase\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains("does not open"));
        QVERIFY(!wrong.err.contains("hmac")); // SQLCipher's own log stays quiet
        Run missing = ctl(
            { QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--db"), path });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("--passphrase-file"));
        QCOMPARE(fileBytes(path), before);
        // Standard input works as a passphrase source.
        Run right = ctl({ QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--db"),
                          path, QStringLiteral("--passphrase-file"), QStringLiteral("-") },
                        "uma frase secreta longa\n");
        QCOMPARE(right.exitCode, 0);
    }

    void testRekeyWithPassphrases()
    {
        const QString path = newDb();
        QVERIFY(!addClient(path, QStringLiteral("Kept")).isEmpty());
        const QString newPass = m_dir.filePath(QStringLiteral("new-pass.txt"));
        QFile f(newPass);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("outra frase ainda mais longa\n");
        f.close();
        const Run r = ctl(QStringList { QStringLiteral("rekey"),
                                        QStringLiteral("--new-passphrase-file"), newPass }
                          + db(path));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(ctl(QStringList { QStringLiteral("client"), QStringLiteral("list") } + db(path))
                     .exitCode,
                 1);
        const Run list
            = ctl({ QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--json"),
                    QStringLiteral("--db"), path, QStringLiteral("--passphrase-file"), newPass });
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().array().size(), 1);
    }

    void testKeychainMode()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run through scripts/test, which starts one with a keyring");
        const QString path = m_dir.filePath(QStringLiteral("keychain.db"));
        const Run init = ctl(
            { QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--business"),
              QStringLiteral("K"), QStringLiteral("--location"), QStringLiteral("L"),
              QStringLiteral("--timezone"), QStringLiteral("UTC"), QStringLiteral("--currency"),
              QStringLiteral("USD"), QStringLiteral("--json") });
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QCOMPARE(init.json().object().value(QStringLiteral("key_storage")).toString(),
                 QStringLiteral("keychain"));
        QVERIFY(!QFile::exists(path + QStringLiteral(".keyinfo")));
        const Run add
            = ctl({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--db"), path,
                    QStringLiteral("--name"), QStringLiteral("Via keychain") });
        QCOMPARE(add.exitCode, 0);
    }

    // Two terminals through a real balcaod: the first is made with init and
    // enrolled, the second enrolled onto an empty path (created and filled
    // from the server); both end with the same state.
    void testEnrollAndSyncThroughBalcaod()
    {
        const QString data = m_dir.filePath(QStringLiteral("server"));
        const auto admin = [&](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(BALCAOD_PATH),
                    QStringList { QStringLiteral("admin") } + args
                        + QStringList { QStringLiteral("--data"), data, QStringLiteral("--json") });
            p.waitForFinished(30000);
            return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        };
        const QString business = admin({ QStringLiteral("create-business"),
                                         QStringLiteral("--name"), QStringLiteral("Salão") })
                                     .value(QStringLiteral("id"))
                                     .toString();
        QVERIFY(!business.isEmpty());
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStringLiteral(BALCAOD_PATH),
                     { QStringLiteral("--data"), data, QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0") });
        QVERIFY(server.waitForStarted());
        static const QRegularExpression listening(
            QStringLiteral(R"(listening on (http://127\.0\.0\.1:\d+))"));
        QByteArray output;
        QRegularExpressionMatch match;
        for (int i = 0; i < 100 && !match.hasMatch(); ++i) {
            server.waitForReadyRead(100);
            output += server.readAll();
            match = listening.match(QString::fromUtf8(output));
        }
        QVERIFY2(match.hasMatch(), output.constData());
        const QString url = match.captured(1);
        const auto code = [&] {
            return admin(
                       { QStringLiteral("enrolment-code"), QStringLiteral("--business"), business })
                .value(QStringLiteral("code"))
                .toString();
        };

        const QString first = newDb();
        const Run enrolFirst
            = ctl(QStringList { QStringLiteral("enroll"), QStringLiteral("--server"), url,
                                QStringLiteral("--code"), code(), QStringLiteral("--json") }
                  + db(first));
        QVERIFY2(enrolFirst.exitCode == 0, enrolFirst.err.constData());
        QVERIFY(!addClient(first, QStringLiteral("Ana")).isEmpty());
        QCOMPARE(ctl(QStringList { QStringLiteral("sync") } + db(first)).exitCode, 0);

        const QString second = m_dir.filePath(QStringLiteral("second.db"));
        const Run enrolSecond
            = ctl(QStringList { QStringLiteral("enroll"), QStringLiteral("--server"), url,
                                QStringLiteral("--code"), code(), QStringLiteral("--device"),
                                QStringLiteral("Caixa 2"), QStringLiteral("--json") }
                  + db(second));
        QVERIFY2(enrolSecond.exitCode == 0, enrolSecond.err.constData());
        QVERIFY(enrolSecond.json().object().value(QStringLiteral("bootstrapped_rows")).toInt() > 0);
        QCOMPARE(listClients(second).size(), 1);
        QVERIFY(!addClient(second, QStringLiteral("Bia")).isEmpty());
        QCOMPARE(ctl(QStringList { QStringLiteral("sync") } + db(second)).exitCode, 0);
        const Run syncFirst
            = ctl(QStringList { QStringLiteral("sync"), QStringLiteral("--json") } + db(first));
        QCOMPARE(syncFirst.exitCode, 0);
        QCOMPARE(syncFirst.json().object().value(QStringLiteral("pending")).toInt(), 0);
        QCOMPARE(ctl(QStringList { QStringLiteral("state-hash") } + db(first)).out,
                 ctl(QStringList { QStringLiteral("state-hash") } + db(second)).out);

        // The same phone registered on both: after sync each sees one
        // conflict; resolving it on one clears it on the other.
        ctl(QStringList { QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("Carla"), QStringLiteral("--phone"),
                          QStringLiteral("11955554444") }
            + db(first));
        ctl(QStringList { QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("Carla S"), QStringLiteral("--phone"),
                          QStringLiteral("11955554444") }
            + db(second));
        for (const QString &path : { first, second, first, second })
            QCOMPARE(ctl(QStringList { QStringLiteral("sync") } + db(path)).exitCode, 0);
        const QJsonArray onFirst
            = ctl(QStringList { QStringLiteral("conflicts"), QStringLiteral("list"),
                                QStringLiteral("--json") }
                  + db(first))
                  .json()
                  .array();
        const QJsonArray onSecond
            = ctl(QStringList { QStringLiteral("conflicts"), QStringLiteral("list"),
                                QStringLiteral("--json") }
                  + db(second))
                  .json()
                  .array();
        QCOMPARE(onFirst.size(), 1);
        QCOMPARE(onSecond.size(), 1);
        const QJsonObject conflict = onFirst.first().toObject();
        QCOMPARE(conflict.value(QStringLiteral("id")),
                 onSecond.first().toObject().value(QStringLiteral("id")));
        QCOMPARE(conflict.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("client.duplicatePhone"));
        QVERIFY(conflict.value(QStringLiteral("resolutions"))
                    .toArray()
                    .contains(QStringLiteral("keepBoth")));
        const Run bad = ctl(
            QStringList { QStringLiteral("conflicts"), QStringLiteral("resolve"),
                          QStringLiteral("--id"), conflict.value(QStringLiteral("id")).toString(),
                          QStringLiteral("--resolution"), QStringLiteral("burnItAll") }
            + db(first));
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(ctl(QStringList { QStringLiteral("conflicts"), QStringLiteral("resolve"),
                                   QStringLiteral("--id"),
                                   conflict.value(QStringLiteral("id")).toString(),
                                   QStringLiteral("--resolution"), QStringLiteral("keepBoth") }
                     + db(first))
                     .exitCode,
                 0);
        for (const QString &path : { first, second })
            QCOMPARE(ctl(QStringList { QStringLiteral("sync") } + db(path)).exitCode, 0);
        QVERIFY(ctl(QStringList { QStringLiteral("conflicts"), QStringLiteral("list"),
                                  QStringLiteral("--json") }
                    + db(second))
                    .json()
                    .array()
                    .isEmpty());
        QCOMPARE(ctl(QStringList { QStringLiteral("state-hash") } + db(first)).out,
                 ctl(QStringList { QStringLiteral("state-hash") } + db(second)).out);

        // A used code is refused and leaves no database behind.
        const QString third = m_dir.filePath(QStringLiteral("third.db"));
        const Run refused
            = ctl(QStringList { QStringLiteral("enroll"), QStringLiteral("--server"), url,
                                QStringLiteral("--code"), QStringLiteral("AAAA-BBBB-CCCC") }
                  + db(third));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(!QFile::exists(third));
        // Not enrolled: a clear message.
        const Run notEnrolled = ctl(QStringList { QStringLiteral("sync") } + db(newDb()));
        QCOMPARE(notEnrolled.exitCode, 1);
        QVERIFY(notEnrolled.err.contains("not connected to a server"));
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }

    // Killing balcaoctl at random points of its writes never leaves half of
    // one: every client row has its change-log entry, and the file is sound.
    void testKilledMidWriteLeavesAllOrNothing()
    {
        const QString path = newDb();
        QRandomGenerator random(20261123);
        int killed = 0;
        for (int i = 0; i < 12; ++i) {
            QProcess p;
            p.start(QStringLiteral(BALCAOCTL_PATH),
                    QStringList { QStringLiteral("client"), QStringLiteral("add"),
                                  QStringLiteral("--name"), QStringLiteral("Client %1").arg(i) }
                        + db(path));
            QVERIFY(p.waitForStarted());
            QTest::qWait(random.bounded(150, 450));
            if (p.state() == QProcess::Running) {
                p.kill();
                ++killed;
            }
            p.waitForFinished();
        }
        qInfo("killed %d of 12 writers while running", killed);
        const Run check
            = ctl(QStringList { QStringLiteral("check"), QStringLiteral("--json") } + db(path));
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(check.json().object().value(QStringLiteral("integrity")).toString(),
                 QStringLiteral("ok"));
        const QJsonArray clients = listClients(path);
        const QJsonArray changes
            = ctl(QStringList { QStringLiteral("changes"), QStringLiteral("--json") } + db(path))
                  .json()
                  .array();
        QSet<QString> logged;
        for (const QJsonValue &c : changes) {
            if (c.toObject().value(QStringLiteral("table")).toString() == QStringLiteral("clients"))
                logged.insert(c.toObject().value(QStringLiteral("row_id")).toString());
        }
        QCOMPARE(logged.size(), clients.size());
        for (const QJsonValue &c : clients)
            QVERIFY(logged.contains(c.toObject().value(QStringLiteral("id")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestBalcaoCtl)
#include "TestBalcaoCtl.moc"
