// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"
#include "clients/ClientService.h"
#include "state/StateExporter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using Balcao::Test::TestStore;

class TestClientService : public QObject
{
    Q_OBJECT

private:
    static ClientDraft draft(const QString &name, const QString &phone = {},
                             const QString &email = {})
    {
        ClientDraft d;
        d.name = name;
        if (!phone.isEmpty())
            d.phone = phone;
        if (!email.isEmpty())
            d.email = email;
        return d;
    }
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
        auto ana = clients.create(draft(QStringLiteral("  Ana   Souza "),
                                        QStringLiteral("+55 (11) 98765-4321"),
                                        QStringLiteral("Ana@Example.com")));
        QVERIFY(ana.ok());
        QCOMPARE(ana->name, QStringLiteral("Ana Souza"));
        QCOMPARE(ana->phone, QStringLiteral("+5511987654321"));
        QCOMPARE(ana->email, QStringLiteral("ana@example.com"));
        QCOMPARE(ana->createdAtMsecs, t.clock().nowMsecsSinceEpoch());
        QVERIFY(clients.create(draft(QStringLiteral("bruno lima"))).ok());
        QVERIFY(clients.create(draft(QStringLiteral("Carla Dias"), QStringLiteral("21 3333-4444")))
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
        QCOMPARE(clients.count(), 3);
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
        QTest::addRow("several") << QStringLiteral("a")
                                 << QStringList { QStringLiteral("Ana Souza"),
                                                  QStringLiteral("Bruno Lima"),
                                                  QStringLiteral("Carla Dias") };
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
            clients.create(draft(QStringLiteral("Ana Souza"), QStringLiteral("11987654321"))).ok());
        QVERIFY(
            clients.create(draft(QStringLiteral("Bruno Lima"), {}, QStringLiteral("b@lima.com.br")))
                .ok());
        QVERIFY(
            clients.create(draft(QStringLiteral("Carla Dias"), QStringLiteral("2133334444"))).ok());
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
        auto created = clients.create(draft(name, phone, email));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, code);
        QVERIFY(!created.error().message.isEmpty());
        QCOMPARE(StateExporter(t->database()).stateHash(), before);
        QCOMPARE(changeCount(*t), 0);
    }

    void testDeleteIsATombstone()
    {
        TestStore t;
        ClientService clients(*t);
        auto ana = clients.create(draft(QStringLiteral("Ana")));
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
        QCOMPARE(clients.update(ana->id, draft(QStringLiteral("X"))).error().code,
                 QStringLiteral("client.notFound"));
        QCOMPARE(clients.remove(Id::generate()).error().code, QStringLiteral("client.notFound"));
    }
};

QTEST_GUILESS_MAIN(TestClientService)
#include "TestClientService.moc"
