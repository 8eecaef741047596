// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientDrafts.h"
#include "TestStore.h"
#include "clients/ClientService.h"
#include "clients/DuplicateFinder.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestDuplicateFinder : public QObject
{
    Q_OBJECT

private:
    static Id add(TestStore &t, const QString &name, const QString &phone = {},
                  const QString &email = {})
    {
        t.clock().advance(1000); // creation order = list order
        return ClientService(*t).create(clientDraft(name, phone, email))->id;
    }
    // A row as an older terminal wrote it: the phone as typed.
    static Id addOldRow(TestStore &t, const QString &name, const QString &phone)
    {
        t.clock().advance(1000);
        const Id id = Id::generate(t.clock());
        auto written = t->transact([&] {
            return t->writer().writeRecord(
                QStringLiteral("clients"), id,
                { { QStringLiteral("name"), name },
                  { QStringLiteral("phone"), phone },
                  { QStringLiteral("created_at"), t.clock().nowMsecsSinceEpoch() },
                  { QStringLiteral("deleted"), 0 } });
        });
        if (!written)
            qFatal("%s", qPrintable(written.error().message));
        return id;
    }

private slots:
    void testNameKey_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::addRow("accents and case")
            << QStringLiteral("  João  da SILVA ") << QStringLiteral("joao da silva");
        QTest::addRow("cedilla and tilde")
            << QStringLiteral("Conceição Araújo") << QStringLiteral("conceicao araujo");
        QTest::addRow("diaeresis") << QStringLiteral("Zoë") << QStringLiteral("zoe");
    }
    void testNameKey()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(DuplicateFinder::nameKey(name), key);
    }

    void testPhoneKey()
    {
        const QString br = QStringLiteral("BR");
        QCOMPARE(DuplicateFinder::phoneKey(QStringLiteral("(11) 8765-4321"), br),
                 QStringLiteral("+5511987654321"));
        QCOMPARE(DuplicateFinder::phoneKey(QStringLiteral("+5511987654321"), br),
                 QStringLiteral("+5511987654321"));
        // Stored numbers are their own key; ten digits after +55 may be an
        // old mobile written by hand before phones were normalised.
        QCOMPARE(DuplicateFinder::phoneKey(QStringLiteral("+551187654321"), br),
                 QStringLiteral("+5511987654321"));
        QCOMPARE(DuplicateFinder::phoneKey(QStringLiteral("+551133334444"), br),
                 QStringLiteral("+551133334444"));
        QCOMPARE(DuplicateFinder::phoneKey(QStringLiteral("+442079460018"), br),
                 QStringLiteral("+442079460018"));
        // What the parser does not understand still matches its equal.
        QCOMPARE(DuplicateFinder::phoneKey(QStringLiteral("1234-5"), br), QStringLiteral("12345"));
        QCOMPARE(DuplicateFinder::phoneKey(QString(), br), QString());
    }

    void testFindsEachKindOfDuplicate()
    {
        TestStore t;
        const Id ana = add(t, QStringLiteral("Ana Souza"), QStringLiteral("11 98765-4321"),
                           QStringLiteral("ana@example.com"));
        const Id anaOld = addOldRow(t, QStringLiteral("Ana S."), QStringLiteral("(11) 8765-4321"));
        const Id anaMail
            = add(t, QStringLiteral("A. Souza"), {}, QStringLiteral("ANA@example.com "));
        const Id joao1 = add(t, QStringLiteral("João da Silva"));
        const Id joao2 = add(t, QStringLiteral("joao  da silva"), QStringLiteral("21 3333-4444"));
        add(t, QStringLiteral("Someone Else"), QStringLiteral("21 3333-4445"));
        const Id gone = add(t, QStringLiteral("Ana Souza"), QStringLiteral("11 98765-4321"));
        QVERIFY(ClientService(*t).remove(gone).ok());

        auto groups = DuplicateFinder(*t).findAll();
        QVERIFY(groups.ok());
        QCOMPARE(groups->size(), 3);
        const DuplicateFinder::Group &byPhone = groups->at(0);
        QCOMPARE(byPhone.reason, DuplicateFinder::Reason::Phone);
        QCOMPARE(byPhone.key, QStringLiteral("+5511987654321"));
        QCOMPARE(byPhone.clients.size(), 2);
        QCOMPARE(byPhone.clients.at(0).id, ana);
        QCOMPARE(byPhone.clients.at(1).id, anaOld);
        const DuplicateFinder::Group &byEmail = groups->at(1);
        QCOMPARE(byEmail.reason, DuplicateFinder::Reason::Email);
        QCOMPARE(byEmail.key, QStringLiteral("ana@example.com"));
        QCOMPARE(byEmail.clients.at(1).id, anaMail);
        const DuplicateFinder::Group &byName = groups->at(2);
        QCOMPARE(byName.reason, DuplicateFinder::Reason::Name);
        QCOMPARE(byName.key, QStringLiteral("joao da silva"));
        QCOMPARE(byName.clients.size(), 2);
        QCOMPARE(byName.clients.at(0).id, joao1);
        QCOMPARE(byName.clients.at(1).id, joao2);
        QCOMPARE(DuplicateFinder::reasonName(byName.reason), QStringLiteral("name"));
    }

    void testMatching()
    {
        TestStore t;
        const Id ana = add(t, QStringLiteral("Ana"), QStringLiteral("11 98765-4321"),
                           QStringLiteral("ana@example.com"));
        const Id old = addOldRow(t, QStringLiteral("Bia"), QStringLiteral("21 8888-7777"));
        DuplicateFinder finder(*t);
        QCOMPARE(finder.matching(QStringLiteral("+55 11 8765-4321"), {}).value(),
                 QList<Id> { ana });
        QCOMPARE(finder.matching({}, QStringLiteral("Ana@Example.com")).value(), QList<Id> { ana });
        QCOMPARE(finder.matching(QStringLiteral("11987654321"), QStringLiteral("ana@example.com"))
                     .value(),
                 QList<Id> { ana });
        QCOMPARE(finder.matching(QStringLiteral("+5521988887777"), {}).value(), QList<Id> { old });
        QVERIFY(finder.matching(QStringLiteral("11 3333-4444"), QStringLiteral("x@y.com"))
                    .value()
                    .isEmpty());
        QVERIFY(finder.matching({}, {}).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "TestDuplicateFinder.moc"
