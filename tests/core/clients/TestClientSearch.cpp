// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientDrafts.h"
#include "TestStore.h"
#include "clients/ClientSearch.h"
#include "clients/ClientService.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestClientSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;

    Id add(const QString &name, const QString &phone = {}, const QString &email = {})
    {
        auto created = ClientService(m_store->store()).create(clientDraft(name, phone, email));
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return created->id;
    }
    QStringList names(const QString &search, int limit = -1)
    {
        auto found = ClientSearch(m_store->store()).find(search, limit);
        if (!found)
            return { QStringLiteral("ERROR: ") + found.error().message };
        QStringList out;
        for (const Client &c : *found)
            out << c.name;
        return out;
    }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<TestStore>();
        add(QStringLiteral("João da Silva"), QStringLiteral("(11) 98765-4321"),
            QStringLiteral("joao@example.com"));
        add(QStringLiteral("Ana Souza"), QStringLiteral("21 3333-4444"),
            QStringLiteral("ana.souza@gmail.com"));
        add(QStringLiteral("Mariana Lima"), QStringLiteral("+351 912 345 678"));
        add(QStringLiteral("Zoë O'Neil"), {}, QStringLiteral("zoe@example.com"));
        add(QStringLiteral("bruno \"Bê\" Costa"), QStringLiteral("(19) 3232-1000"));
        const Id gone = add(QStringLiteral("Ana Apagada"), QStringLiteral("11 97777-0000"));
        QVERIFY(ClientService(m_store->store()).remove(gone).ok());
        // A row written before phones were normalised (or by an older
        // terminal) is still found by its digits.
        QVERIFY(m_store->store()
                    .transact([&] {
                        return m_store->store().writer().writeRecord(
                            QStringLiteral("clients"), Id::generate(),
                            { { QStringLiteral("name"), QStringLiteral("Old Row") },
                              { QStringLiteral("phone"), QStringLiteral("1187651111") },
                              { QStringLiteral("deleted"), 0 } });
                    })
                    .ok());
    }
    void cleanupTestCase() { m_store.reset(); }

    void testPlan_data()
    {
        using M = ClientSearch::Mode;
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("term");
        QTest::addRow("nothing") << QStringLiteral("   ") << int(M::All) << QString();
        QTest::addRow("one letter: a name prefix")
            << QStringLiteral("a") << int(M::NamePrefix) << QStringLiteral("a");
        QTest::addRow("prefix folded as the index folds")
            << QStringLiteral("JÉ") << int(M::NamePrefix) << QStringLiteral("jÉ");
        QTest::addRow("wildcards are plain characters")
            << QStringLiteral("%_") << int(M::NamePrefix) << QStringLiteral("%_");
        QTest::addRow("three letters")
            << QStringLiteral("ana") << int(M::FullText) << QStringLiteral("\"ana\"");
        QTest::addRow("words in any order") << QStringLiteral("souza  ana") << int(M::FullText)
                                            << QStringLiteral("\"souza\" AND \"ana\"");
        QTest::addRow("short words join their neighbour")
            << QStringLiteral("joão da silva") << int(M::FullText)
            << QStringLiteral("\"joão da\" AND \"silva\"");
        QTest::addRow("a short last word narrows")
            << QStringLiteral("ana s") << int(M::FullText) << QStringLiteral("\"ana s\"");
        QTest::addRow("a short first word")
            << QStringLiteral("e silva") << int(M::FullText) << QStringLiteral("\"e silva\"");
        QTest::addRow("only short words: one phrase")
            << QStringLiteral("a b") << int(M::FullText) << QStringLiteral("\"a b\"");
        QTest::addRow("quotes doubled")
            << QStringLiteral("a\"b\"c") << int(M::FullText) << QStringLiteral("\"a\"\"b\"\"c\"");
        QTest::addRow("operators are text")
            << QStringLiteral("NEAR(ana) OR xy*") << int(M::FullText)
            << QStringLiteral("\"NEAR(ana) OR\" AND \"xy*\"");
        QTest::addRow("phone, punctuated") << QStringLiteral("(11) 98765-") << int(M::FullText)
                                           << QStringLiteral("phone : \"1198765\"");
        QTest::addRow("phone with +")
            << QStringLiteral("+55 21") << int(M::FullText) << QStringLiteral("phone : \"5521\"");
        QTest::addRow("two digits")
            << QStringLiteral("+5") << int(M::PhoneDigits) << QStringLiteral("%5%");
        QTest::addRow("digits and a letter are text")
            << QStringLiteral("11a") << int(M::FullText) << QStringLiteral("\"11a\"");
        QTest::addRow("control characters are spaces")
            << QStringLiteral("ana\tsou\u0000za") << int(M::FullText)
            << QStringLiteral("\"ana\" AND \"sou za\"");
    }
    void testPlan()
    {
        QFETCH(QString, typed);
        QFETCH(int, mode);
        QFETCH(QString, term);
        const ClientSearch::Plan plan = ClientSearch::plan(typed);
        QCOMPARE(int(plan.mode), mode);
        QCOMPARE(plan.term, term);
    }

    void testFinds_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        const QString joao = QStringLiteral("João da Silva");
        const QString ana = QStringLiteral("Ana Souza");
        const QString mariana = QStringLiteral("Mariana Lima");
        const QString zoe = QStringLiteral("Zoë O'Neil");
        const QString bruno = QStringLiteral("bruno \"Bê\" Costa");
        QTest::addRow("without accents") << QStringLiteral("joao") << QStringList { joao };
        QTest::addRow("capitals and accents") << QStringLiteral("JOÃO") << QStringList { joao };
        QTest::addRow("diaeresis") << QStringLiteral("zoe") << QStringList { zoe };
        QTest::addRow("middle of a name, sorted by name")
            << QStringLiteral("ana") << QStringList { ana, mariana };
        QTest::addRow("words in any order") << QStringLiteral("silva joão") << QStringList { joao };
        QTest::addRow("part of an e-mail") << QStringLiteral("gmail") << QStringList { ana };
        QTest::addRow("e-mail with @")
            << QStringLiteral("@example.com") << QStringList { joao, zoe };
        QTest::addRow("phone digits") << QStringLiteral("98765") << QStringList { joao };
        QTest::addRow("phone as typed") << QStringLiteral("(11) 98765-43") << QStringList { joao };
        QTest::addRow("phone with country code")
            << QStringLiteral("+55 21 3333") << QStringList { ana };
        QTest::addRow("foreign phone") << QStringLiteral("351 912") << QStringList { mariana };
        QTest::addRow("old row by digits")
            << QStringLiteral("8765-1111") << QStringList { QStringLiteral("Old Row") };
        QTest::addRow("apostrophe") << QStringLiteral("o'neil") << QStringList { zoe };
        QTest::addRow("double quote") << QStringLiteral("\"bê\"") << QStringList { bruno };
        QTest::addRow("two letters: names starting with them")
            << QStringLiteral("jo") << QStringList { joao };
        QTest::addRow("one letter, any case") << QStringLiteral("Z") << QStringList { zoe };
        QTest::addRow("a prefix with an accent") << QStringLiteral("Zo") << QStringList { zoe };
        QTest::addRow("two letters are not searched inside names")
            << QStringLiteral("na") << QStringList {};
        QTest::addRow("one letter, several") << QStringLiteral("m") << QStringList { mariana };
        QTest::addRow("two digits") << QStringLiteral("10") << QStringList { bruno };
        QTest::addRow("deleted clients are not found")
            << QStringLiteral("apagada") << QStringList {};
        QTest::addRow("nothing") << QStringLiteral("xyz") << QStringList {};
    }
    void testFinds()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        QCOMPARE(names(typed), expected);
    }

    // Whatever is typed is searched for, never run: no SQL or FTS error.
    void testHostileInputIsJustText_data()
    {
        QTest::addColumn<QString>("typed");
        for (const char *text : { "\"",         "\"\"\"",
                                  "\"ana",      "ana\"",
                                  "*",          "ana*",
                                  "^ana",       "-ana",
                                  "+ana",       "NEAR(ana",
                                  "ana OR 1=1", "name:ana",
                                  "{name}:ana", "name : \"ana\"",
                                  "AND",        "NOT ana",
                                  "(",          ")",
                                  "()",         "'; DROP TABLE clients; --",
                                  "\\",         "%",
                                  "_",          "%%%",
                                  "'",          "''",
                                  "ana AND",    "a\"b",
                                  "\u00e3",     "\U0001F600\U0001F600\U0001F600",
                                  "\t\n\r",     "-",
                                  "--",         "+",
                                  "()-",        "0x00",
                                  ":",          "*:*" })
            QTest::addRow("%s", text) << QString::fromUtf8(text);
        QTest::addRow("NUL") << QStringLiteral("an\u0000a");
        QTest::addRow("long") << QString(5000, QLatin1Char('a'));
    }
    void testHostileInputIsJustText()
    {
        QFETCH(QString, typed);
        auto found = ClientSearch(m_store->store()).find(typed);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
        QCOMPARE(ClientService(m_store->store()).count().value(), 6);
    }

    void testLimitAndEveryone()
    {
        QCOMPARE(names(QString()).size(), 6);
        QCOMPARE(
            names(QString(), 2),
            (QStringList { QStringLiteral("Ana Souza"), QStringLiteral("bruno \"Bê\" Costa") }));
        QCOMPARE(names(QStringLiteral("ana"), 1), QStringList { QStringLiteral("Ana Souza") });
    }

    // However many matches there are for the limit (see ClientSearch::find),
    // the answer is the first clients by name.
    void testEveryPathGivesTheFirstByName_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addRow("more matches than twice the limit: walk the names") << 10;
        QTest::addRow("up to twice the limit: sort in the FTS table") << 20;
        QTest::addRow("no more than the limit: look each up") << 40;
        QTest::addRow("no limit") << -1;
    }
    void testEveryPathGivesTheFirstByName()
    {
        QFETCH(int, limit);
        TestStore t;
        ClientService clients(*t);
        QStringList all;
        // Created in an order unlike the names', with one accent and cases mixed.
        for (int i = 29; i >= 0; --i) {
            ClientDraft d;
            d.name = (i % 3 == 0 ? QStringLiteral("ANA %1") : QStringLiteral("Ána %1"))
                         .arg(i, 2, 10, QLatin1Char('0'));
            QVERIFY(clients.create(d).ok());
            all << *d.name;
        }
        ClientDraft other;
        other.name = QStringLiteral("Bruno");
        QVERIFY(clients.create(other).ok());
        std::sort(all.begin(), all.end(),
                  [](const QString &a, const QString &b) { return a.mid(4) < b.mid(4); });
        // NOCASE folds A–Z only: every "ANA nn" sorts before every "Ána nn".
        QStringList expected;
        for (const QString &n : std::as_const(all)) {
            if (n.startsWith(u'A'))
                expected << n;
        }
        for (const QString &n : std::as_const(all)) {
            if (!n.startsWith(u'A'))
                expected << n;
        }
        auto found = ClientSearch(*t).find(QStringLiteral("ana"), limit);
        QVERIFY(found.ok());
        QStringList names;
        for (const Client &c : *found)
            names << c.name;
        QCOMPARE(names, limit < 0 ? expected : expected.mid(0, limit));
    }

    // The index follows every write: edits, deletes and sync alike.
    void testIndexFollowsEdits()
    {
        TestStore t;
        ClientService clients(*t);
        ClientDraft d;
        d.name = QStringLiteral("Carla Dias");
        auto carla = clients.create(d);
        QVERIFY(carla.ok());
        QCOMPARE(ClientSearch(*t).find(QStringLiteral("dias"))->size(), 1);
        ClientDraft rename;
        rename.name = QStringLiteral("Carla Araújo");
        rename.phone = QStringLiteral("(31) 99999-8888");
        QVERIFY(clients.update(carla->id, rename).ok());
        QCOMPARE(ClientSearch(*t).find(QStringLiteral("dias"))->size(), 0);
        QCOMPARE(ClientSearch(*t).find(QStringLiteral("araujo"))->size(), 1);
        QCOMPARE(ClientSearch(*t).find(QStringLiteral("99999"))->size(), 1);
        QVERIFY(clients.remove(carla->id).ok());
        QCOMPARE(ClientSearch(*t).find(QStringLiteral("araujo"))->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClientSearch)
#include "TestClientSearch.moc"
