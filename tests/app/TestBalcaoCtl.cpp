// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlProcess.h"
#include "KillHarness.h"
#include "ProcessOutput.h"
#include "TestStore.h"
#include "security/PassphraseKey.h"
#include "storage/Database.h"
#include "storage/LocalStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestBalcaoCtl : public QObject, private CtlDatabase
{
    Q_OBJECT

private:
    using Run = Balcao::Test::CtlRun;

    int m_dbs = 0;

    // Unlike CtlDatabase::ctl, the arguments name the database: most tests
    // here make their own (newDb()).
    Run ctl(const QStringList &arguments, const QByteArray &stdinData = {},
            const QStringList &extraEnv = {})
    {
        return Balcao::Test::runBalcaoctl(arguments, stdinData, extraEnv);
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
                  + database(path));
        if (r.exitCode != 0)
            qFatal("init failed: %s", r.err.constData());
        return path;
    }
    QString addClient(const QString &path, const QString &name, const QStringList &more = {})
    {
        const Run r = ctl(QStringList { QStringLiteral("client"), QStringLiteral("add"),
                                        QStringLiteral("--name"), name, QStringLiteral("--json") }
                          + more + database(path));
        if (r.exitCode != 0)
            return {};
        return r.json().object().value(QStringLiteral("id")).toString();
    }
    QJsonArray listClients(const QString &path)
    {
        return ctl(QStringList { QStringLiteral("client"), QStringLiteral("list"),
                                 QStringLiteral("--json") }
                   + database(path))
            .json()
            .array();
    }
    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void testInitMakesAnEncryptedDatabase()
    {
        const QString path = newDb();
        QVERIFY(QFile::exists(path));
        QVERIFY(!Database::isPlainSqliteFile(path));
        const Run check = ctl(QStringList { QStringLiteral("check"), QStringLiteral("--json") }
                              + database(path));
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

    void testVersion()
    {
        const Run run = ctl({ QStringLiteral("--version") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("balcaoctl ") + BALCAO_VERSION);
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
                  + database(path));
        QCOMPARE(read.exitCode, 0);
        QCOMPARE(read.json().array().at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Ana"));
        const Run version
            = ctl(QStringList { QStringLiteral("sql"), QStringLiteral("PRAGMA cipher_version") }
                  + database(path));
        QVERIFY(version.out.startsWith("4."));
        const Run write
            = ctl(QStringList { QStringLiteral("sql"), QStringLiteral("DELETE FROM clients") }
                  + database(path));
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
        const Run r = ctl(arguments + database(path) + QStringList { QStringLiteral("--json") });
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
                          + database(path));
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
                       + database(path));
        QCOMPARE(edit.exitCode, 0);
        QCOMPARE(edit.json().object().value(QStringLiteral("email")).toString(),
                 QStringLiteral("ana@example.com"));
        QCOMPARE(edit.json().object().value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+5511987654321"));

        const QString hashBefore = QString::fromLatin1(
            ctl(QStringList { QStringLiteral("state-hash") } + database(path)).out.trimmed());
        QCOMPARE(hashBefore.size(), 64);
        Run del = ctl(QStringList { QStringLiteral("client"), QStringLiteral("delete"),
                                    QStringLiteral("--id"), bia }
                      + database(path));
        QCOMPARE(del.exitCode, 0);
        list = listClients(path);
        QCOMPARE(list.size(), 1);
        // The tombstone stays in the export, and the hash is that export's SHA-256.
        const Run exported = ctl(QStringList { QStringLiteral("export"), QStringLiteral("--json") }
                                 + database(path));
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
            ctl(QStringList { QStringLiteral("state-hash") } + database(path)).out.trimmed());
        QVERIFY(hashAfter != hashBefore);
        QCOMPARE(hashAfter,
                 QString::fromLatin1(
                     QCryptographicHash::hash(exported.out.trimmed(), QCryptographicHash::Sha256)
                         .toHex()));

        // The outbox holds every mutation: init's, 2 adds, 1 edit, 1 delete (+ its audit fact).
        const QJsonArray changes
            = ctl(QStringList { QStringLiteral("changes"), QStringLiteral("--json") }
                  + database(path))
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

    void testClientFieldsShowAndFind()
    {
        const QString path = newDb();
        const Run added
            = ctl(QStringList { QStringLiteral("client"), QStringLiteral("add"),
                                QStringLiteral("--name"), QStringLiteral("João da Silva"),
                                QStringLiteral("--phone"), QStringLiteral("(11) 8765-4321"),
                                QStringLiteral("--tag"), QStringLiteral("noivas, manhã"),
                                QStringLiteral("--tag"), QStringLiteral("Noivas"),
                                QStringLiteral("--vip"), QStringLiteral("--birthday"),
                                QStringLiteral("31/12/1990"), QStringLiteral("--preference"),
                                QStringLiteral("WhatsApp"), QStringLiteral("--consent"),
                                QStringLiteral("sim"), QStringLiteral("--json") }
                  + database(path));
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QJsonObject joao = added.json().object();
        const QString id = joao.value(QStringLiteral("id")).toString();
        QCOMPARE(joao.value(QStringLiteral("phone")).toString(), QStringLiteral("+5511987654321"));
        QCOMPARE(joao.value(QStringLiteral("tags")).toArray(),
                 (QJsonArray { QStringLiteral("manhã"), QStringLiteral("noivas") }));
        QCOMPARE(joao.value(QStringLiteral("vip")).toBool(), true);
        QCOMPARE(joao.value(QStringLiteral("birthday")).toString(), QStringLiteral("1990-12-31"));
        QCOMPARE(joao.value(QStringLiteral("communication_preference")).toString(),
                 QStringLiteral("whatsapp"));
        QCOMPARE(joao.value(QStringLiteral("marketing_consent")).toBool(), true);
        QVERIFY(joao.value(QStringLiteral("merged_into")).isNull());

        const Run edited
            = ctl(QStringList { QStringLiteral("client"), QStringLiteral("edit"),
                                QStringLiteral("--id"), id, QStringLiteral("--no-vip"),
                                QStringLiteral("--no-tags"), QStringLiteral("--consent"),
                                QStringLiteral("no"), QStringLiteral("--json") }
                  + database(path));
        QVERIFY2(edited.exitCode == 0, edited.err.constData());
        QCOMPARE(edited.json().object().value(QStringLiteral("vip")).toBool(), false);
        QVERIFY(edited.json().object().value(QStringLiteral("tags")).toArray().isEmpty());
        QCOMPARE(edited.json().object().value(QStringLiteral("marketing_consent")).toBool(), false);
        QCOMPARE(edited.json().object().value(QStringLiteral("birthday")).toString(),
                 QStringLiteral("1990-12-31"));

        const Run show = ctl(QStringList { QStringLiteral("client"), QStringLiteral("show"), id,
                                           QStringLiteral("--json") }
                             + database(path));
        QVERIFY2(show.exitCode == 0, show.err.constData());
        const QJsonObject shown = show.json().object();
        QCOMPARE(shown.value(QStringLiteral("client")).toObject().value(QStringLiteral("id")),
                 QJsonValue(id));
        const QJsonObject metrics = shown.value(QStringLiteral("metrics")).toObject();
        QCOMPARE(metrics.value(QStringLiteral("total_appointments")).toInt(), 0);
        QCOMPARE(metrics.value(QStringLiteral("frequency_score")).toInt(), 0);
        QCOMPARE(metrics.value(QStringLiteral("time_zone")).toString(),
                 QStringLiteral("America/Sao_Paulo"));
        QVERIFY(metrics.value(QStringLiteral("total_spent")).isNull()); // no sales yet
        QVERIFY(shown.value(QStringLiteral("history")).toArray().isEmpty());
        const Run showText = ctl(
            QStringList { QStringLiteral("client"), QStringLiteral("show"), id } + database(path));
        QCOMPARE(showText.exitCode, 0);
        QVERIFY(showText.out.contains("(11) 98765-4321"));
        QVERIFY(showText.out.contains("Frequency score: 0/100"));

        QVERIFY(!addClient(path, QStringLiteral("Maria Souza"),
                           { QStringLiteral("--email"), QStringLiteral("maria@example.com") })
                     .isEmpty());
        const auto found = [&](const QString &text) {
            QStringList names;
            const Run r = ctl(QStringList { QStringLiteral("client"), QStringLiteral("find"), text,
                                            QStringLiteral("--json") }
                              + database(path));
            for (const QJsonValue &c : r.json().array())
                names << c.toObject().value(QStringLiteral("name")).toString();
            return names;
        };
        QCOMPARE(found(QStringLiteral("joao")), QStringList { QStringLiteral("João da Silva") });
        QCOMPARE(found(QStringLiteral("98765-43")),
                 QStringList { QStringLiteral("João da Silva") });
        QCOMPARE(found(QStringLiteral("EXAMPLE")), QStringList { QStringLiteral("Maria Souza") });
        QCOMPARE(found(QStringLiteral("\"; DROP TABLE clients; --")), QStringList {});
        QCOMPARE(listClients(path).size(), 2);
    }

    void testClientImportAndExport()
    {
        const QString path = newDb();
        QVERIFY(!addClient(path, QStringLiteral("Já Cadastrada"),
                           { QStringLiteral("--phone"), QStringLiteral("21 3333-4444") })
                     .isEmpty());
        const QString good = m_dir.filePath(QStringLiteral("good.csv"));
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBFNome;Telefone;E-mail;Observa\xC3\xA7\xC3\xB5"
                "es;VIP\r\n"
                "\"Souza; Ana\";(11) 8765-4321;ana@example.com;\"duas\r\nlinhas\";sim\r\n"
                "Bruno;(21) 3333-4444;;;\r\n");
        f.close();

        const QString hashBefore = QString::fromLatin1(
            ctl(QStringList { QStringLiteral("state-hash") } + database(path)).out);
        const Run dry = ctl(QStringList { QStringLiteral("client"), QStringLiteral("import"), good,
                                          QStringLiteral("--dry-run"), QStringLiteral("--json") }
                            + database(path));
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        const QJsonObject report = dry.json().object();
        QCOMPARE(report.value(QStringLiteral("rows")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("valid")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("duplicates")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("separator")).toString(), QStringLiteral(";"));
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("duplicate_rows"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("line"))
                     .toInt(),
                 4);
        QCOMPARE(QString::fromLatin1(
                     ctl(QStringList { QStringLiteral("state-hash") } + database(path)).out),
                 hashBefore);

        const Run imported = ctl(QStringList { QStringLiteral("client"), QStringLiteral("import"),
                                               good, QStringLiteral("--skip-duplicates") }
                                 + database(path));
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY(imported.out.contains("Imported 1 clients"));
        QCOMPARE(listClients(path).size(), 2);

        // One bad row: nothing imported, and each problem named by its line.
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("name,phone,email\nCarla,11 91111-2222,\nDuda,123,\nEdu,,edu@\n");
        b.close();
        const Run refused = ctl(QStringList { QStringLiteral("client"), QStringLiteral("import"),
                                              bad, QStringLiteral("--json") }
                                + database(path));
        QCOMPARE(refused.exitCode, 1);
        const QJsonArray errors = refused.json().object().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(errors.at(1).toObject().value(QStringLiteral("line")).toInt(), 4);
        QCOMPARE(errors.at(1).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("client.emailInvalid"));
        QVERIFY(refused.err.contains("import.invalidRows"));
        QCOMPARE(listClients(path).size(), 2);
        const Run skipped = ctl(QStringList { QStringLiteral("client"), QStringLiteral("import"),
                                              bad, QStringLiteral("--skip-invalid") }
                                + database(path));
        QCOMPARE(skipped.exitCode, 0);
        QVERIFY(skipped.out.contains("Line 3: "));
        QCOMPARE(listClients(path).size(), 3);

        // Export to a file, to standard output, and for Excel.
        const QString out = m_dir.filePath(QStringLiteral("out.csv"));
        const Run exported = ctl(QStringList { QStringLiteral("client"), QStringLiteral("export"),
                                               out, QStringLiteral("--json") }
                                 + database(path));
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(exported.json().object().value(QStringLiteral("exported")).toInt(), 3);
        const QByteArray csv = fileBytes(out);
        QVERIFY(csv.startsWith("id,name,phone,email,notes,tags,vip,birthday,"));
        QVERIFY(csv.contains("Souza; Ana,+5511987654321,ana@example.com,\"duas\r\nlinhas\",,1"));
        const Run toStdout = ctl(QStringList { QStringLiteral("client"), QStringLiteral("export") }
                                 + database(path));
        QCOMPARE(toStdout.exitCode, 0);
        QCOMPARE(toStdout.out, csv);
        const QString excel = m_dir.filePath(QStringLiteral("excel.csv"));
        QCOMPARE(ctl(QStringList { QStringLiteral("client"), QStringLiteral("export"), excel,
                                   QStringLiteral("--excel") }
                     + database(path))
                     .exitCode,
                 0);
        QVERIFY(fileBytes(excel).startsWith("\xEF\xBB\xBFid;name;phone;"));
        QVERIFY(fileBytes(excel).contains(";'+5511987654321;"));

        // What was exported imports into another database as the same clients.
        const QString other = newDb();
        const Run reimported = ctl(QStringList { QStringLiteral("client"), QStringLiteral("import"),
                                                 excel, QStringLiteral("--json") }
                                   + database(other));
        QVERIFY2(reimported.exitCode == 0, reimported.err.constData());
        QCOMPARE(reimported.json().object().value(QStringLiteral("imported")).toInt(), 3);
        QCOMPARE(listClients(other).size(), 3);
    }

    void testClientDuplicatesAndMerge()
    {
        const QString path = newDb();
        const QString ana
            = addClient(path, QStringLiteral("Ana Souza"),
                        { QStringLiteral("--phone"), QStringLiteral("11 98765-4321") });
        const QString again
            = addClient(path, QStringLiteral("Ana S."),
                        { QStringLiteral("--phone"), QStringLiteral("+55 (11) 8765-4321"),
                          QStringLiteral("--email"), QStringLiteral("ana@example.com") });
        QVERIFY(!ana.isEmpty() && !again.isEmpty());
        const QJsonArray groups
            = ctl(QStringList { QStringLiteral("client"), QStringLiteral("duplicates"),
                                QStringLiteral("--json") }
                  + database(path))
                  .json()
                  .array();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("phone"));
        QCOMPARE(groups.first().toObject().value(QStringLiteral("clients")).toArray().size(), 2);

        const Run merged = ctl(QStringList { QStringLiteral("client"), QStringLiteral("merge"),
                                             again, ana, QStringLiteral("--json") }
                               + database(path));
        QVERIFY2(merged.exitCode == 0, merged.err.constData());
        const QJsonObject outcome = merged.json().object();
        QCOMPARE(outcome.value(QStringLiteral("survivor"))
                     .toObject()
                     .value(QStringLiteral("email"))
                     .toString(),
                 QStringLiteral("ana@example.com"));
        QCOMPARE(outcome.value(QStringLiteral("fields_filled")).toArray(),
                 QJsonArray { QStringLiteral("email") });
        QCOMPARE(listClients(path).size(), 1);
        QVERIFY(ctl(QStringList { QStringLiteral("client"), QStringLiteral("duplicates"),
                                  QStringLiteral("--json") }
                    + database(path))
                    .json()
                    .array()
                    .isEmpty());
        // The merge is in the outbox, so it syncs.
        const QJsonArray changes
            = ctl(QStringList { QStringLiteral("changes"), QStringLiteral("--json") }
                  + database(path))
                  .json()
                  .array();
        bool tombstoneLogged = false;
        for (const QJsonValue &c : changes) {
            const QJsonObject fields = c.toObject().value(QStringLiteral("fields")).toObject();
            tombstoneLogged |= c.toObject().value(QStringLiteral("row_id")).toString() == again
                && fields.value(QStringLiteral("merged_into")).toString() == ana;
        }
        QVERIFY(tombstoneLogged);

        // Merging again, or into a deleted client, is refused and changes nothing.
        const QString hash = QString::fromLatin1(
            ctl(QStringList { QStringLiteral("state-hash") } + database(path)).out);
        const Run twice = ctl(QStringList { QStringLiteral("client"), QStringLiteral("merge"),
                                            again, ana, QStringLiteral("--json") }
                              + database(path));
        QCOMPARE(twice.exitCode, 1);
        QVERIFY(twice.err.contains("client.mergeDeleted"));
        const Run intoDeleted = ctl(QStringList { QStringLiteral("client"), QStringLiteral("merge"),
                                                  ana, again, QStringLiteral("--json") }
                                    + database(path));
        QCOMPARE(intoDeleted.exitCode, 1);
        QVERIFY(intoDeleted.err.contains("client.mergeIntoDeleted"));
        QCOMPARE(QString::fromLatin1(
                     ctl(QStringList { QStringLiteral("state-hash") } + database(path)).out),
                 hash);
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
        QTest::addRow("unknown preference")
            << QStringList { QStringLiteral("client"),       QStringLiteral("add"),
                             QStringLiteral("--name"),       QStringLiteral("X"),
                             QStringLiteral("--preference"), QStringLiteral("fax") }
            << 1 << QStringLiteral("not a way to reach");
        QTest::addRow("birthday in the future")
            << QStringList { QStringLiteral("client"),     QStringLiteral("add"),
                             QStringLiteral("--name"),     QStringLiteral("X"),
                             QStringLiteral("--birthday"), QStringLiteral("2999-01-01") }
            << 1 << QStringLiteral("cannot be a birthday");
        QTest::addRow("phone without area code")
            << QStringList { QStringLiteral("client"),  QStringLiteral("add"),
                             QStringLiteral("--name"),  QStringLiteral("X"),
                             QStringLiteral("--phone"), QStringLiteral("98765-4321") }
            << 1 << QStringLiteral("no area code");
        QTest::addRow("vip with a strange value")
            << QStringList { QStringLiteral("client"), QStringLiteral("add"),
                             QStringLiteral("--name"), QStringLiteral("X"),
                             QStringLiteral("--vip=maybe") }
            << 2 << QStringLiteral("yes or no");
        QTest::addRow("find without text")
            << QStringList { QStringLiteral("client"), QStringLiteral("find") } << 2
            << QStringLiteral("needs the text");
        QTest::addRow("show a malformed id")
            << QStringList { QStringLiteral("client"), QStringLiteral("show"),
                             QStringLiteral("42") }
            << 1 << QStringLiteral("not a client id");
        QTest::addRow("show an unknown client")
            << QStringList { QStringLiteral("client"), QStringLiteral("show"),
                             QStringLiteral("01a2076d-f66e-7271-b403-685ac76aa13c") }
            << 1 << QStringLiteral("no client");
        QTest::addRow("merge into itself")
            << QStringList { QStringLiteral("client"), QStringLiteral("merge"),
                             QStringLiteral("01a2076d-f66e-7271-b403-685ac76aa13c"),
                             QStringLiteral("01a2076d-f66e-7271-b403-685ac76aa13c") }
            << 1 << QStringLiteral("into itself");
        QTest::addRow("merge with one id")
            << QStringList { QStringLiteral("client"), QStringLiteral("merge"),
                             QStringLiteral("x") }
            << 2 << QStringLiteral("client merge needs");
        QTest::addRow("import a missing file")
            << QStringList { QStringLiteral("client"), QStringLiteral("import"),
                             QStringLiteral("/nonexistent/clients.csv") }
            << 1 << QStringLiteral("Cannot read");
        QTest::addRow("export with a bad separator")
            << QStringList { QStringLiteral("client"), QStringLiteral("export"),
                             QStringLiteral("--separator"), QStringLiteral("|") }
            << 2 << QStringLiteral("--separator");
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
        const QString before = QString::fromLatin1(
            ctl(QStringList { QStringLiteral("state-hash") } + database(path)).out);
        const Run r = ctl(arguments + database(path));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(fragment), r.err.constData());
        QCOMPARE(QString::fromLatin1(
                     ctl(QStringList { QStringLiteral("state-hash") } + database(path)).out),
                 before);
    }

    // Errors speak the user's language.
    void testErrorsAreTranslated()
    {
        const QString path = newDb();
        const Run pt
            = ctl(QStringList { QStringLiteral("client"), QStringLiteral("add"),
                                QStringLiteral("--name"), QString() }
                      + database(path),
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
                      + database(path),
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
                          + database(path));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            ctl(QStringList { QStringLiteral("client"), QStringLiteral("list") } + database(path))
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
        const QRegularExpressionMatch match = Balcao::Test::readUntil(server, listening, output);
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
                  + database(first));
        QVERIFY2(enrolFirst.exitCode == 0, enrolFirst.err.constData());
        QVERIFY(!addClient(first, QStringLiteral("Ana")).isEmpty());
        QCOMPARE(ctl(QStringList { QStringLiteral("sync") } + database(first)).exitCode, 0);

        const QString second = m_dir.filePath(QStringLiteral("second.db"));
        const Run enrolSecond
            = ctl(QStringList { QStringLiteral("enroll"), QStringLiteral("--server"), url,
                                QStringLiteral("--code"), code(), QStringLiteral("--device"),
                                QStringLiteral("Caixa 2"), QStringLiteral("--json") }
                  + database(second));
        QVERIFY2(enrolSecond.exitCode == 0, enrolSecond.err.constData());
        QVERIFY(enrolSecond.json().object().value(QStringLiteral("bootstrapped_rows")).toInt() > 0);
        QCOMPARE(listClients(second).size(), 1);
        QVERIFY(!addClient(second, QStringLiteral("Bia")).isEmpty());
        QCOMPARE(ctl(QStringList { QStringLiteral("sync") } + database(second)).exitCode, 0);
        const Run syncFirst = ctl(QStringList { QStringLiteral("sync"), QStringLiteral("--json") }
                                  + database(first));
        QCOMPARE(syncFirst.exitCode, 0);
        QCOMPARE(syncFirst.json().object().value(QStringLiteral("pending")).toInt(), 0);
        QCOMPARE(ctl(QStringList { QStringLiteral("state-hash") } + database(first)).out,
                 ctl(QStringList { QStringLiteral("state-hash") } + database(second)).out);

        // The same phone registered on both: after sync each sees one
        // conflict; resolving it on one clears it on the other.
        ctl(QStringList { QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("Carla"), QStringLiteral("--phone"),
                          QStringLiteral("11955554444") }
            + database(first));
        ctl(QStringList { QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("Carla S"), QStringLiteral("--phone"),
                          QStringLiteral("11955554444") }
            + database(second));
        for (const QString &path : { first, second, first, second })
            QCOMPARE(ctl(QStringList { QStringLiteral("sync") } + database(path)).exitCode, 0);
        const QJsonArray onFirst
            = ctl(QStringList { QStringLiteral("conflicts"), QStringLiteral("list"),
                                QStringLiteral("--json") }
                  + database(first))
                  .json()
                  .array();
        const QJsonArray onSecond
            = ctl(QStringList { QStringLiteral("conflicts"), QStringLiteral("list"),
                                QStringLiteral("--json") }
                  + database(second))
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
            + database(first));
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(ctl(QStringList { QStringLiteral("conflicts"), QStringLiteral("resolve"),
                                   QStringLiteral("--id"),
                                   conflict.value(QStringLiteral("id")).toString(),
                                   QStringLiteral("--resolution"), QStringLiteral("keepBoth") }
                     + database(first))
                     .exitCode,
                 0);
        for (const QString &path : { first, second })
            QCOMPARE(ctl(QStringList { QStringLiteral("sync") } + database(path)).exitCode, 0);
        QVERIFY(ctl(QStringList { QStringLiteral("conflicts"), QStringLiteral("list"),
                                  QStringLiteral("--json") }
                    + database(second))
                    .json()
                    .array()
                    .isEmpty());
        QCOMPARE(ctl(QStringList { QStringLiteral("state-hash") } + database(first)).out,
                 ctl(QStringList { QStringLiteral("state-hash") } + database(second)).out);

        // A used code is refused and leaves no database behind.
        const QString third = m_dir.filePath(QStringLiteral("third.db"));
        const Run refused
            = ctl(QStringList { QStringLiteral("enroll"), QStringLiteral("--server"), url,
                                QStringLiteral("--code"), QStringLiteral("AAAA-BBBB-CCCC") }
                  + database(third));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(!QFile::exists(third));
        // Not enrolled: a clear message.
        const Run notEnrolled = ctl(QStringList { QStringLiteral("sync") } + database(newDb()));
        QCOMPARE(notEnrolled.exitCode, 1);
        QVERIFY(notEnrolled.err.contains("not connected to a server"));
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }

    // Killing `balcaoctl client add` in the middle of its writes never
    // leaves half of one: every client row has its change-log entry, the
    // file is sound, and every client reported added is there. The kills
    // land after a run reported its commit or inside a commit, never before
    // the store is open (the fork-and-kill harness, docs/testing.md).
    void testKilledMidWriteLeavesAllOrNothing_data()
    {
        QTest::addColumn<KillPoint>("point");
        QTest::addRow("inside the first commit") << KillPoint::insideCommit(0);
        QTest::addRow("right after the first client") << KillPoint::afterCommits(1);
        QTest::addRow("inside the fourth client's commit") << KillPoint::insideCommit(3);
        QTest::addRow("right after the third client") << KillPoint::afterCommits(3);
    }
    void testKilledMidWriteLeavesAllOrNothing()
    {
        QFETCH(KillPoint, point);
        const QString path = newDb();
        const KillRun run
            = spawnAndKill(QStringLiteral(REPORTING_BALCAOCTL_PATH),
                           QStringList { QStringLiteral("client"), QStringLiteral("add"),
                                         QStringLiteral("--name"), QStringLiteral("Client %n") }
                               + database(path),
                           point);
        const auto clientsIn
            = [](LocalStore &store) { return rowCount(store, QStringLiteral("clients")); };
        {
            auto store = reopenAfterKill(path, keyOf(path), run, clientsIn);
            QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
            if (point.moment == KillPoint::Moment::InsideCommit) {
                QVERIFY(run.killedInsideCommit);
                QCOMPARE(clientsIn(**store), qint64(run.reportedCommits));
            }
        }
        // And as balcaoctl itself sees it afterwards.
        const Run check = ctl(QStringList { QStringLiteral("check"), QStringLiteral("--json") }
                              + database(path));
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(check.json().object().value(QStringLiteral("integrity")).toString(),
                 QStringLiteral("ok"));
        const QJsonArray clients = listClients(path);
        QVERIFY(clients.size() >= run.reportedCommits);
        const QJsonArray changes
            = ctl(QStringList { QStringLiteral("changes"), QStringLiteral("--json") }
                  + database(path))
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
