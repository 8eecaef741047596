// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientDrafts.h"
#include "TestStore.h"
#include "clients/ClientService.h"
#include "settings/BusinessSettings.h"
#include "state/StateExporter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestClientService : public QObject
{
    Q_OBJECT

private:
    static int changeCount(LocalStore &store)
    {
        QSqlQuery q(store.database().connection());
        q.exec(QStringLiteral("SELECT count(*) FROM change_log"));
        q.next();
        return q.value(0).toInt();
    }

private slots:
    void testCreateEditList()
    {
        TestStore t;
        ClientService clients(*t);
        auto ana = clients.create(clientDraft(QStringLiteral("  Ana   Souza "),
                                        QStringLiteral("+55 (11) 98765-4321"),
                                        QStringLiteral("Ana@Example.com")));
        QVERIFY(ana.ok());
        QCOMPARE(ana->name, QStringLiteral("Ana Souza"));
        QCOMPARE(ana->phone, QStringLiteral("+5511987654321"));
        QCOMPARE(ana->email, QStringLiteral("ana@example.com"));
        QCOMPARE(ana->createdAtMsecs, t.clock().nowMsecsSinceEpoch());
        QVERIFY(clients.create(clientDraft(QStringLiteral("bruno lima"))).ok());
        QVERIFY(clients.create(clientDraft(QStringLiteral("Carla Dias"), QStringLiteral("21 3333-4444")))
                    .ok());

        ClientDraft edit;
        edit.notes = QStringLiteral("Prefers mornings");
        auto edited = clients.update(ana->id, edit);
        QVERIFY(edited.ok());
        QCOMPARE(edited->notes, QStringLiteral("Prefers mornings"));
        QCOMPARE(edited->phone, ana->phone); // untouched

        QStringList names;
        for (const Client &c : clients.list())
            names << c.name;
        QCOMPARE(names,
                 (QStringList { QStringLiteral("Ana Souza"), QStringLiteral("bruno lima"),
                                QStringLiteral("Carla Dias") }));
        QCOMPARE(clients.count().value(), 3);
    }

    void testSearch_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("part of a name, any case")
            << QStringLiteral("SOU") << QStringList { QStringLiteral("Ana Souza") };
        QTest::addRow("phone digits")
            << QStringLiteral("3333") << QStringList { QStringLiteral("Carla Dias") };
        QTest::addRow("e-mail") << QStringLiteral("@lima")
                                << QStringList { QStringLiteral("Bruno Lima") };
        QTest::addRow("one letter: names starting with it")
            << QStringLiteral("b") << QStringList { QStringLiteral("Bruno Lima") };
        QTest::addRow("part of a surname")
            << QStringLiteral("lim") << QStringList { QStringLiteral("Bruno Lima") };
        QTest::addRow("diacritics ignored")
            << QStringLiteral("DIÁS") << QStringList { QStringLiteral("Carla Dias") };
        QTest::addRow("like wildcards are literal") << QStringLiteral("%") << QStringList {};
        QTest::addRow("underscore is literal") << QStringLiteral("_") << QStringList {};
        QTest::addRow("nothing") << QStringLiteral("zzz") << QStringList {};
    }
    void testSearch()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        TestStore t;
        ClientService clients(*t);
        QVERIFY(
            clients.create(clientDraft(QStringLiteral("Ana Souza"), QStringLiteral("11987654321"))).ok());
        QVERIFY(
            clients.create(clientDraft(QStringLiteral("Bruno Lima"), {}, QStringLiteral("b@lima.com.br")))
                .ok());
        QVERIFY(
            clients.create(clientDraft(QStringLiteral("Carla Dias"), QStringLiteral("2133334444"))).ok());
        QStringList names;
        for (const Client &c : clients.list(search))
            names << c.name;
        QCOMPARE(names, expected);
    }

    void testBadInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("code");
        QTest::addRow("empty name") << QStringLiteral("   ") << QString() << QString()
                                    << QStringLiteral("client.nameRequired");
        QTest::addRow("long name") << QString(201, QLatin1Char('x')) << QString() << QString()
                                   << QStringLiteral("client.nameTooLong");
        QTest::addRow("letters in phone") << QStringLiteral("Ana") << QStringLiteral("11 9abc")
                                          << QString() << QStringLiteral("client.phoneInvalid");
        QTest::addRow("short phone") << QStringLiteral("Ana") << QStringLiteral("12345")
                                     << QString() << QStringLiteral("client.phoneInvalid");
        QTest::addRow("plus inside") << QStringLiteral("Ana") << QStringLiteral("11+98765432")
                                     << QString() << QStringLiteral("client.phoneInvalid");
        QTest::addRow("e-mail without @")
            << QStringLiteral("Ana") << QString() << QStringLiteral("ana.example.com")
            << QStringLiteral("client.emailInvalid");
        QTest::addRow("e-mail without domain dot")
            << QStringLiteral("Ana") << QString() << QStringLiteral("ana@example")
            << QStringLiteral("client.emailInvalid");
    }
    void testBadInputIsRefusedAndChangesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, phone);
        QFETCH(QString, email);
        QFETCH(QString, code);
        TestStore t;
        ClientService clients(*t);
        const QString before = StateExporter(t->database()).stateHash();
        auto created = clients.create(clientDraft(name, phone, email));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, code);
        QVERIFY(!created.error().message.isEmpty());
        QCOMPARE(StateExporter(t->database()).stateHash(), before);
        QCOMPARE(changeCount(*t), 0);
    }

    void testNewFieldsRoundTrip()
    {
        TestStore t;
        ClientService clients(*t);
        ClientDraft d = clientDraft(QStringLiteral("Ana"), QStringLiteral("(11) 8765-4321"));
        d.tags = QStringList { QStringLiteral(" noivas "), QStringLiteral("Alergia"),
                               QStringLiteral("NOIVAS") };
        d.vip = true;
        d.birthday = QStringLiteral("31/12/1990");
        d.communicationPreference = QStringLiteral("WhatsApp");
        d.marketingConsent = true;
        auto ana = clients.create(d);
        QVERIFY2(ana.ok(), qPrintable(ana.ok() ? QString() : ana.error().message));
        // The ninth digit is added; the number is stored in E.164.
        QCOMPARE(ana->phone, QStringLiteral("+5511987654321"));
        QCOMPARE(ana->tags, (QStringList { QStringLiteral("Alergia"), QStringLiteral("noivas") }));
        QVERIFY(ana->vip);
        QCOMPARE(ana->birthday, QStringLiteral("1990-12-31"));
        QCOMPARE(ana->communicationPreference, QStringLiteral("whatsapp"));
        QVERIFY(ana->marketingConsent);

        // What create returned is what is stored.
        auto stored = clients.find(ana->id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->tags, ana->tags);
        QCOMPARE(stored->vip, true);
        QCOMPARE(stored->birthday, ana->birthday);
        QCOMPARE(stored->communicationPreference, ana->communicationPreference);
        QCOMPARE(stored->marketingConsent, true);
        QVERIFY(stored->mergedInto.isNull());
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT tags FROM clients")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("[\"Alergia\",\"noivas\"]"));

        // An edit touches only what it sets; empty values clear.
        ClientDraft edit;
        edit.vip = false;
        edit.tags = QStringList {};
        edit.birthday = QStringLiteral("--05-03");
        auto edited = clients.update(ana->id, edit);
        QVERIFY(edited.ok());
        QVERIFY(!edited->vip);
        QVERIFY(edited->tags.isEmpty());
        QCOMPARE(edited->birthday, QStringLiteral("--05-03"));
        QCOMPARE(edited->communicationPreference, QStringLiteral("whatsapp"));
        QVERIFY(edited->marketingConsent);
        QVERIFY(q.exec(QStringLiteral("SELECT tags FROM clients")) && q.next());
        QVERIFY(q.value(0).isNull());
        QCOMPARE(clients.list().first().birthday, QStringLiteral("--05-03"));
    }

    // Consent to marketing must be provable (LGPD): each change is audited.
    void testConsentChangesAreAudited()
    {
        TestStore t;
        ClientService clients(*t);
        const auto consents = [&] {
            QStringList out;
            QSqlQuery q(t->database().connection());
            q.exec(QStringLiteral("SELECT details FROM audit_events WHERE action = "
                                  "'client.consentChanged' ORDER BY at, id"));
            while (q.next())
                out << q.value(0).toString();
            return out;
        };
        ClientDraft d = clientDraft(QStringLiteral("Ana"));
        auto ana = clients.create(d);
        QVERIFY(consents().isEmpty()); // no consent given, nothing to prove
        ClientDraft give;
        give.marketingConsent = true;
        QVERIFY(clients.update(ana->id, give).ok());
        QVERIFY(clients.update(ana->id, give).ok()); // unchanged: no second fact
        t.clock().advance(1000);
        ClientDraft withdraw;
        withdraw.marketingConsent = false;
        QVERIFY(clients.update(ana->id, withdraw).ok());
        QCOMPARE(consents(),
                 (QStringList { QStringLiteral("{\"consent\":true}"),
                                QStringLiteral("{\"consent\":false}") }));
        d.marketingConsent = true;
        QVERIFY(clients.create(d).ok());
        QCOMPARE(consents().size(), 3);
    }

    // National numbers belong to the business's country, from its locale.
    void testPhoneRegionFollowsTheBusiness()
    {
        TestStore t;
        QCOMPARE(ClientService::phoneRegion(*t), QStringLiteral("BR")); // no setting: Brazil
        QVERIFY(
            BusinessSettings(*t).setValue(BusinessSettings::kLocale, QStringLiteral("pt_PT")).ok());
        ClientService clients(*t);
        QCOMPARE(clients.phoneRegion(), QStringLiteral("PT"));
        auto created = clients.create(clientDraft(QStringLiteral("Rui"), QStringLiteral("912 345 678")));
        QVERIFY(created.ok());
        QCOMPARE(created->phone, QStringLiteral("+351912345678"));
        // A Brazilian number needs its +55 there.
        QCOMPARE(clients.create(clientDraft(QStringLiteral("Ana"), QStringLiteral("(11) 98765-4321")))
                     .error()
                     .code,
                 QStringLiteral("client.phoneInvalid"));
        QVERIFY(
            clients.create(clientDraft(QStringLiteral("Ana"), QStringLiteral("+55 11 98765-4321"))).ok());
        // Every country's numbers are known (libphonenumber)...
        QVERIFY(
            BusinessSettings(*t).setValue(BusinessSettings::kLocale, QStringLiteral("sw_KE")).ok());
        QCOMPARE(ClientService::phoneRegion(*t), QStringLiteral("KE"));
        // ...and a locale that names no country means Brazil.
        QVERIFY(
            BusinessSettings(*t).setValue(BusinessSettings::kLocale, QStringLiteral("eo")).ok());
        QCOMPARE(ClientService::phoneRegion(*t), QStringLiteral("BR"));
    }

    void testCleanPhoneIsE164_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::addRow("empty") << QStringLiteral("  ") << QString();
        QTest::addRow("mobile") << QStringLiteral("11 98765-4321")
                                << QStringLiteral("+5511987654321");
        QTest::addRow("old mobile")
            << QStringLiteral("(11) 8765-4321") << QStringLiteral("+5511987654321");
        QTest::addRow("landline") << QStringLiteral("0xx21 3333-4444")
                                  << QStringLiteral("+552133334444");
        QTest::addRow("abroad") << QStringLiteral("+1 212 555 1234")
                                << QStringLiteral("+12125551234");
    }
    void testCleanPhoneIsE164()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        auto cleaned = ClientService::cleanPhone(typed);
        QVERIFY(cleaned.ok());
        QCOMPARE(*cleaned, stored);
    }

    void testBadNewFieldsChangeNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::addRow("birthday") << QStringLiteral("birthday") << QStringLiteral("1990-02-30")
                                  << QStringLiteral("client.birthdayInvalid");
        QTest::addRow("birthday in the future")
            << QStringLiteral("birthday") << QStringLiteral("2030-01-01")
            << QStringLiteral("client.birthdayOutOfRange");
        QTest::addRow("tag") << QStringLiteral("tags") << QStringLiteral("a;b")
                             << QStringLiteral("client.tagInvalid");
        QTest::addRow("preference") << QStringLiteral("preference") << QStringLiteral("fax")
                                    << QStringLiteral("client.preferenceInvalid");
        QTest::addRow("phone area code")
            << QStringLiteral("phone") << QStringLiteral("(20) 98765-4321")
            << QStringLiteral("client.phoneInvalid");
    }
    void testBadNewFieldsChangeNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
        TestStore t;
        ClientService clients(*t);
        auto ana = clients.create(clientDraft(QStringLiteral("Ana")));
        QVERIFY(ana.ok());
        const QString before = StateExporter(t->database()).stateHash();
        const int changes = changeCount(*t);
        ClientDraft d = clientDraft(QStringLiteral("Bia"));
        if (field == QStringLiteral("birthday"))
            d.birthday = value;
        else if (field == QStringLiteral("tags"))
            d.tags = QStringList { value };
        else if (field == QStringLiteral("preference"))
            d.communicationPreference = value;
        else
            d.phone = value;
        QCOMPARE(clients.create(d).error().code, code);
        d.name.reset();
        auto updated = clients.update(ana->id, d);
        QCOMPARE(updated.error().code, code);
        QVERIFY(!updated.error().message.isEmpty());
        QCOMPARE(StateExporter(t->database()).stateHash(), before);
        QCOMPARE(changeCount(*t), changes);
    }

    void testDeleteIsATombstone()
    {
        TestStore t;
        ClientService clients(*t);
        auto ana = clients.create(clientDraft(QStringLiteral("Ana")));
        QVERIFY(ana.ok());
        QVERIFY(clients.remove(ana->id).ok());
        QVERIFY(clients.list().isEmpty());
        QCOMPARE(clients.find(ana->id).error().code, QStringLiteral("client.notFound"));
        auto tomb = clients.find(ana->id, true);
        QVERIFY(tomb.ok());
        QVERIFY(tomb->deleted);
        // Still in the exported state, flagged deleted, so the delete syncs.
        const QJsonArray rows = StateExporter(t->database())
                                    .exportState()
                                    .value(QStringLiteral("tables"))
                                    .toObject()
                                    .value(QStringLiteral("clients"))
                                    .toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("deleted")).toInteger(), 1);
        // The delete is audited.
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT action, subject_id FROM audit_events")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("client.deleted"));
        QCOMPARE(q.value(1).toString(), ana->id.toString());
        // Deleting or editing a deleted client is a clear error.
        QCOMPARE(clients.remove(ana->id).error().code, QStringLiteral("client.notFound"));
        QCOMPARE(clients.update(ana->id, clientDraft(QStringLiteral("X"))).error().code,
                 QStringLiteral("client.notFound"));
        QCOMPARE(clients.remove(Id::generate()).error().code, QStringLiteral("client.notFound"));
    }
};

QTEST_GUILESS_MAIN(TestClientService)
#include "TestClientService.moc"
