// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"
#include "clients/ClientCsv.h"
#include "clients/ClientService.h"
#include "state/StateExporter.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestClientCsv : public QObject
{
    Q_OBJECT

private:
    static Client create(TestStore &t, const ClientDraft &d)
    {
        auto created = ClientService(*t).create(d);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return *created;
    }
    static QByteArray exported(TestStore &t, const ClientCsv::ExportOptions &options = {})
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto written = ClientCsv(*t).exportTo(buffer, options);
        if (!written)
            qFatal("%s", qPrintable(written.error().message));
        return buffer.data();
    }
    static ClientDraft full()
    {
        ClientDraft d;
        d.name = QStringLiteral("Souza, Ana \"Aninha\"");
        d.phone = QStringLiteral("(11) 98765-4321");
        d.email = QStringLiteral("ana@example.com");
        d.notes = QStringLiteral("Alérgica a amônia;\nprefere manhãs");
        d.tags = QStringList { QStringLiteral("noivas"), QStringLiteral("manhã") };
        d.vip = true;
        d.birthday = QStringLiteral("--12-31");
        d.communicationPreference = QStringLiteral("whatsapp");
        d.marketingConsent = true;
        return d;
    }

private slots:
    void testExport()
    {
        TestStore t;
        create(t, full());
        ClientDraft bruno;
        bruno.name = QStringLiteral("bruno");
        create(t, bruno);
        ClientDraft gone;
        gone.name = QStringLiteral("Apagado");
        QVERIFY(ClientService(*t).remove(create(t, gone).id).ok());

        const QByteArray csv = exported(t);
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        auto records = CsvTable::parse(QString::fromUtf8(csv), u',');
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 3); // header + two live clients
        QCOMPARE(
            records->at(0).fields,
            (QStringList { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("phone"),
                           QStringLiteral("email"), QStringLiteral("notes"), QStringLiteral("tags"),
                           QStringLiteral("vip"), QStringLiteral("birthday"),
                           QStringLiteral("communication_preference"),
                           QStringLiteral("marketing_consent"), QStringLiteral("created_at") }));
        QCOMPARE(records->at(1).fields.at(1), QStringLiteral("bruno")); // by name, any case
        const QStringList ana = records->at(2).fields;
        QCOMPARE(ana.at(1), QStringLiteral("Souza, Ana \"Aninha\""));
        QCOMPARE(ana.at(2), QStringLiteral("+5511987654321"));
        QCOMPARE(ana.at(4), QStringLiteral("Alérgica a amônia;\nprefere manhãs"));
        QCOMPARE(ana.at(5), QStringLiteral("manhã, noivas"));
        QCOMPARE(ana.at(6), QStringLiteral("1"));
        QCOMPARE(ana.at(7), QStringLiteral("--12-31"));
        QCOMPARE(ana.at(8), QStringLiteral("whatsapp"));
        QCOMPARE(ana.at(9), QStringLiteral("1"));
        QCOMPARE(ana.at(10), QStringLiteral("2026-01-01T00:00:00Z"));
        QVERIFY(csv.contains("\"Souza, Ana \"\"Aninha\"\"\""));
        QVERIFY(csv.contains("\r\n"));
    }

    // For Excel: a byte order mark (so accents show), ';' if asked, and
    // cells that look like formulas made text; importing reads them back.
    void testExcelExportReadsBack()
    {
        TestStore t;
        ClientDraft d = full();
        d.name = QStringLiteral("=HYPERLINK(\"http://x\")");
        d.notes = QStringLiteral("-10% off");
        create(t, d);
        const QByteArray csv = exported(t, ClientCsv::ExportOptions { QChar(u';'), true });
        QVERIFY(csv.startsWith("\xEF\xBB\xBFid;name;phone;"));
        QVERIFY(csv.contains(";'+5511987654321;"));
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));

        TestStore other;
        auto preview = ClientCsv(*other).preview(csv);
        QVERIFY(preview.ok());
        QCOMPARE(preview->separator, QChar(u';'));
        QCOMPARE(preview->rows.size(), 1);
        const ClientDraft read = preview->rows.first().draft;
        QCOMPARE(*read.name, *d.name);
        QCOMPARE(*read.phone, QStringLiteral("+5511987654321"));
        QCOMPARE(*read.notes, *d.notes);
    }

    // Export, then import elsewhere: the same clients (with new ids).
    void testRoundTrip()
    {
        TestStore t;
        const Client ana = create(t, full());
        TestStore other;
        ClientCsv csv(*other);
        auto preview = csv.preview(exported(t));
        QVERIFY(preview.ok());
        QVERIFY(preview->ignoredColumns.isEmpty()); // id and created_at are known, not imported
        auto result = csv.commit(*preview, {});
        QVERIFY(result.ok());
        QCOMPARE(result->imported, 1);
        const Client copy = ClientService(*other).list().first();
        QVERIFY(copy.id != ana.id);
        Client expected = ana;
        expected.id = copy.id;
        expected.createdAtMsecs = copy.createdAtMsecs;
        QCOMPARE(copy, expected);
    }

    void testPortugueseSpreadsheet()
    {
        TestStore t;
        const QByteArray file
            = QStringLiteral("\uFEFFNome;Telefone;E-mail;Observações;Tags;Aniversário;VIP;"
                             "Preferência de contato;Consentimento;Cor favorita\r\n"
                             "\"Souza; Ana\";(11) 8765-4321;ANA@EXAMPLE.COM;\"Alérgica\r\n"
                             "a amônia\";noivas, manhã;31/12/1990;sim;WhatsApp;s;azul\r\n"
                             "\r\n"
                             "Bruno;21 3333-4444;;;;;não;;;\r\n")
                  .toUtf8();
        auto preview = ClientCsv(*t).preview(file);
        QVERIFY(preview.ok());
        QCOMPARE(preview->separator, QChar(u';'));
        QCOMPARE(preview->ignoredColumns, QStringList { QStringLiteral("Cor favorita") });
        QCOMPARE(preview->rows.size(), 2);
        QCOMPARE(preview->validCount(), 2);
        const ClientCsv::Row ana = preview->rows.at(0);
        QCOMPARE(ana.line, 2);
        QCOMPARE(*ana.draft.name, QStringLiteral("Souza; Ana"));
        QCOMPARE(*ana.draft.phone, QStringLiteral("(11) 8765-4321"));
        QCOMPARE(*ana.draft.notes, QStringLiteral("Alérgica\r\na amônia"));
        QCOMPARE(*ana.draft.tags,
                 (QStringList { QStringLiteral("noivas"), QStringLiteral(" manhã") }));
        QCOMPARE(*ana.draft.birthday, QStringLiteral("31/12/1990"));
        QCOMPARE(*ana.draft.vip, true);
        QCOMPARE(*ana.draft.marketingConsent, true);
        QCOMPARE(preview->rows.at(1).line, 5);
        QCOMPARE(*preview->rows.at(1).draft.vip, false);
        QVERIFY(!preview->rows.at(1).draft.email);

        auto result = ClientCsv(*t).commit(*preview, {});
        QVERIFY(result.ok());
        QCOMPARE(result->imported, 2);
        const Client stored = ClientService(*t).list(QStringLiteral("souza")).first();
        QCOMPARE(stored.phone, QStringLiteral("+5511987654321"));
        QCOMPARE(stored.email, QStringLiteral("ana@example.com"));
        QCOMPARE(stored.birthday, QStringLiteral("1990-12-31"));
        QCOMPARE(stored.communicationPreference, QStringLiteral("whatsapp"));
        QCOMPARE(stored.tags, (QStringList { QStringLiteral("manhã"), QStringLiteral("noivas") }));
        QCOMPARE(scalar(*t,
                        QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                       "'client.imported'")),
                 1);
    }

    void testColumnNames_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("column");
        using C = ClientCsv::Column;
        QTest::addRow("name") << QStringLiteral("Name") << int(C::Name);
        QTest::addRow("nome") << QStringLiteral(" NOME ") << int(C::Name);
        QTest::addRow("nome completo") << QStringLiteral("Nome completo") << int(C::Name);
        QTest::addRow("telefone") << QStringLiteral("Telefone") << int(C::Phone);
        QTest::addRow("celular") << QStringLiteral("Celular") << int(C::Phone);
        QTest::addRow("e-mail") << QStringLiteral("E-mail") << int(C::Email);
        QTest::addRow("e_mail") << QStringLiteral("e_mail") << int(C::Email);
        QTest::addRow("observações") << QStringLiteral("Observações") << int(C::Notes);
        QTest::addRow("obs") << QStringLiteral("obs") << int(C::Notes);
        QTest::addRow("aniversario") << QStringLiteral("Aniversario") << int(C::Birthday);
        QTest::addRow("data de nascimento")
            << QStringLiteral("Data de Nascimento") << int(C::Birthday);
        QTest::addRow("communication_preference")
            << QStringLiteral("communication_preference") << int(C::Preference);
        QTest::addRow("marketing_consent")
            << QStringLiteral("marketing_consent") << int(C::Consent);
        QTest::addRow("etiquetas") << QStringLiteral("Etiquetas") << int(C::Tags);
    }
    void testColumnNames()
    {
        QFETCH(QString, header);
        QFETCH(int, column);
        QCOMPARE(int(*ClientCsv::columnFor(header)), column);
    }

    void testPerRowErrorsImportNothing()
    {
        TestStore t;
        ClientDraft existing;
        existing.name = QStringLiteral("Já existe");
        create(t, existing);
        const QByteArray file = "name,phone,email,birthday,vip\n"
                                "Ana,11 98765-4321,,,\n" // line 2: fine
                                "Bia,12345,,,\n" // 3: phone
                                ",11 3333-4444,,,\n" // 4: no name
                                "Caio,,caio@,,\n" // 5: e-mail
                                "Duda,,,30/02/1990,\n" // 6: birthday
                                "Edu,,,,talvez\n" // 7: yes/no
                                "\"Fabi\nFabiana\",,,,1\n"; // 8-9: fine
        ClientCsv csv(*t);
        auto preview = csv.preview(file);
        QVERIFY(preview.ok());
        QCOMPARE(preview->rows.size(), 7);
        QCOMPARE(preview->validCount(), 2);
        QCOMPARE(preview->invalidCount(), 5);
        const QList<std::pair<int, QString>> expected {
            { 2, QString() },
            { 3, QStringLiteral("client.phoneInvalid") },
            { 4, QStringLiteral("client.nameRequired") },
            { 5, QStringLiteral("client.emailInvalid") },
            { 6, QStringLiteral("client.birthdayInvalid") },
            { 7, QStringLiteral("client.yesNoInvalid") },
            { 8, QString() },
        };
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ClientCsv::Row &row = preview->rows.at(i);
            QCOMPARE(row.line, expected.at(i).first);
            QCOMPARE(row.error ? row.error->code : QString(), expected.at(i).second);
            if (row.error)
                QVERIFY(!row.error->message.isEmpty());
        }

        // Nothing half-imported: an invalid row stops the whole file...
        const QString before = StateExporter(t->database()).stateHash();
        auto refused = csv.commit(*preview, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("import.invalidRows"));
        QVERIFY(refused.error().message.contains(QStringLiteral("5")));
        QCOMPARE(StateExporter(t->database()).stateHash(), before);
        QCOMPARE(ClientService(*t).count().value(), 1);

        // ...unless the caller chooses to skip the invalid rows.
        ClientCsv::ImportOptions skip;
        skip.skipInvalid = true;
        auto result = csv.commit(*preview, skip);
        QVERIFY(result.ok());
        QCOMPARE(result->imported, 2);
        QCOMPARE(result->skippedInvalid, 5);
        QCOMPARE(ClientService(*t).count().value(), 3);
        QCOMPARE(ClientService(*t).list(QStringLiteral("fabi")).first().name,
                 QStringLiteral("Fabi Fabiana"));
    }

    void testDuplicatesAreFlagged()
    {
        TestStore t;
        ClientDraft d;
        d.name = QStringLiteral("Ana");
        d.phone = QStringLiteral("+55 11 98765-4321");
        const Client ana = create(t, d);
        d.name = QStringLiteral("Bia");
        d.phone.reset();
        d.email = QStringLiteral("bia@example.com");
        const Client bia = create(t, d);
        const QByteArray file = "nome,telefone,email\n"
                                "Ana Souza,(11) 8765-4321,\n" // Ana's phone, written the old way
                                "Beatriz,,BIA@example.com\n" // Bia's e-mail
                                "Caio,21 3333-4444,\n"
                                "Caio Lima,(21) 3333-4444,\n" // the row above
                                "Duda,,\n";
        ClientCsv csv(*t);
        auto preview = csv.preview(file);
        QVERIFY(preview.ok());
        QCOMPARE(preview->rows.at(0).duplicateOf, QList<Id> { ana.id });
        QCOMPARE(preview->rows.at(1).duplicateOf, QList<Id> { bia.id });
        QVERIFY(!preview->rows.at(2).isDuplicate());
        QCOMPARE(preview->rows.at(3).duplicateOfLine, 4);
        QVERIFY(preview->rows.at(3).duplicateOf.isEmpty());
        QVERIFY(!preview->rows.at(4).isDuplicate());
        QCOMPARE(preview->duplicateCount(), 3);

        ClientCsv::ImportOptions options;
        options.skipDuplicates = true;
        auto result = csv.commit(*preview, options);
        QVERIFY(result.ok());
        QCOMPARE(result->imported, 2);
        QCOMPARE(result->skippedDuplicates, 3);
        QCOMPARE(ClientService(*t).count().value(), 4);
    }

    void testFileLevelErrors_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("code");
        QTest::addRow("empty") << QByteArray() << QStringLiteral("csv.empty");
        QTest::addRow("only blank lines") << QByteArray("\n\r\n") << QStringLiteral("csv.empty");
        QTest::addRow("no name column") << QByteArray("telefone,email\n11987654321,a@b.com\n")
                                        << QStringLiteral("csv.noNameColumn");
        QTest::addRow("no header")
            << QByteArray("Ana,11987654321\n") << QStringLiteral("csv.noNameColumn");
        QTest::addRow("unclosed quote")
            << QByteArray("nome\n\"Ana\n") << QStringLiteral("csv.unclosedQuote");
    }
    void testFileLevelErrors()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, code);
        TestStore t;
        auto preview = ClientCsv(*t).preview(file);
        QVERIFY(!preview.ok());
        QCOMPARE(preview.error().code, code);
        QVERIFY(!preview.error().message.isEmpty());
    }

    // Cancelling a long import, at any point, imports nothing.
    void testCancelImportsNothing()
    {
        TestStore t;
        QByteArray file = "nome,telefone\n";
        for (int i = 0; i < 1000; ++i)
            file += QStringLiteral("Cliente %1,11 9%2\n").arg(i).arg(10000000 + i).toUtf8();
        ClientCsv csv(*t);
        QList<qint64> seen;
        auto preview = csv.preview(file, [&](qint64 done, qint64 total) {
            seen << done;
            return total == 1000;
        });
        QVERIFY(preview.ok());
        QCOMPARE(preview->validCount(), 1000);
        QVERIFY(seen.size() >= 10);
        QCOMPARE(seen.last(), 1000); // in thousandths

        const QString before = StateExporter(t->database()).stateHash();
        int calls = 0;
        auto cancelled = csv.commit(*preview, {}, [&](qint64 done, qint64 total) {
            Q_UNUSED(done);
            Q_UNUSED(total);
            return ++calls < 5; // the fifth report (row 500) cancels
        });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, QStringLiteral("import.cancelled"));
        QCOMPARE(ClientService(*t).count().value(), 0);
        QCOMPARE(StateExporter(t->database()).stateHash(), before);
        QCOMPARE(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log")), 0);

        auto cancelledPreview = csv.preview(file, [](qint64 done, qint64) { return done < 600; });
        QCOMPARE(cancelledPreview.error().code, QStringLiteral("csv.cancelled"));

        auto done = csv.commit(*preview, {}, [](qint64, qint64) { return true; });
        QVERIFY(done.ok());
        QCOMPARE(ClientService(*t).count().value(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestClientCsv)
#include "TestClientCsv.moc"
