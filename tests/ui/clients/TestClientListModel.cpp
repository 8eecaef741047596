// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"
#include "clients/ClientListModel.h"
#include "clients/ClientService.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Balcao;

class TestClientListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testPassesModelTester();
    void testRowsFollowTheSearch_data();
    void testRowsFollowTheSearch();
    void testColumnsShowTheClient();
    void testDeletedClientsAreNotListed();
    void testLimitTruncates();
    void testRetranslateAnnouncesHeaders();

private:
    Id add(const QString &name, const QString &phone = {}, const QString &email = {},
           const QString &notes = {});
    std::unique_ptr<Test::TestStore> m_store;
};

Id TestClientListModel::add(const QString &name, const QString &phone, const QString &email,
                            const QString &notes)
{
    ClientDraft draft;
    draft.name = name;
    draft.phone = phone;
    draft.email = email;
    draft.notes = notes;
    auto created = ClientService(m_store->store()).create(draft);
    if (!created)
        qFatal("%s", qPrintable(created.error().message));
    return created->id;
}

void TestClientListModel::init()
{
    m_store = std::make_unique<Test::TestStore>();
    m_store->initialiseBusiness();
    add(QStringLiteral("Ana Silva"), QStringLiteral("+55 11 91234-5678"),
        QStringLiteral("ana@example.com"), QStringLiteral("Prefers mornings"));
    add(QStringLiteral("Bruno Santos"), QStringLiteral("21 98765-4321"));
    add(QStringLiteral("Ana Costa"), {}, QStringLiteral("costa@example.org"));
}

void TestClientListModel::cleanup()
{
    m_store.reset();
}

void TestClientListModel::testPassesModelTester()
{
    ClientListModel model(m_store->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh(QString());
    model.refresh(QStringLiteral("ana"));
    model.refresh(QStringLiteral("nobody"));
    model.reload();
    add(QStringLiteral("Carla Dias"));
    model.refresh(QString());
    QCOMPARE(model.rowCount(), 4);
}

void TestClientListModel::testRowsFollowTheSearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("everyone, by name")
        << QString()
        << QStringList { QStringLiteral("Ana Costa"), QStringLiteral("Ana Silva"),
                         QStringLiteral("Bruno Santos") };
    QTest::newRow("part of a name, any case")
        << QStringLiteral("ANA")
        << QStringList { QStringLiteral("Ana Costa"), QStringLiteral("Ana Silva") };
    QTest::newRow("surname") << QStringLiteral("santos")
                             << QStringList { QStringLiteral("Bruno Santos") };
    QTest::newRow("phone digits") << QStringLiteral("98765")
                                  << QStringList { QStringLiteral("Bruno Santos") };
    QTest::newRow("e-mail domain")
        << QStringLiteral("example.org") << QStringList { QStringLiteral("Ana Costa") };
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList {};
    QTest::newRow("LIKE wildcards are literal") << QStringLiteral("%") << QStringList {};
}

void TestClientListModel::testRowsFollowTheSearch()
{
    QFETCH(QString, search);
    QFETCH(QStringList, names);
    ClientListModel model(m_store->store());
    model.refresh(search);
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, ClientListModel::NameColumn).data().toString();
    QCOMPARE(shown, names);
    QCOMPARE(model.search(), search);
    QVERIFY(!model.isTruncated());
}

void TestClientListModel::testColumnsShowTheClient()
{
    ClientListModel model(m_store->store());
    model.refresh(QStringLiteral("Silva"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.index(0, ClientListModel::NameColumn).data().toString(),
             QStringLiteral("Ana Silva"));
    // Stored in E.164, shown as people at the business's region write it.
    QCOMPARE(model.index(0, ClientListModel::PhoneColumn).data().toString(),
             QStringLiteral("(11) 91234-5678"));
    QCOMPARE(model.index(0, ClientListModel::EmailColumn).data().toString(),
             QStringLiteral("ana@example.com"));
    QCOMPARE(model.index(0, ClientListModel::NameColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Prefers mornings"));
    const Id id = Id::fromString(model.index(0, 0).data(ClientListModel::kIdRole).toString());
    QVERIFY(!id.isNull());
    QCOMPARE(model.rowOf(id), 0);
    QCOMPARE(model.clientAt(0).id, id);
    QCOMPARE(model.rowOf(Id::generate()), -1);
    QCOMPARE(model.headerData(ClientListModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
    QCOMPARE(model.headerData(ClientListModel::PhoneColumn, Qt::Horizontal).toString(),
             QStringLiteral("Phone"));
    QCOMPARE(model.headerData(ClientListModel::EmailColumn, Qt::Horizontal).toString(),
             QStringLiteral("E-mail"));
}

void TestClientListModel::testDeletedClientsAreNotListed()
{
    ClientListModel model(m_store->store());
    model.refresh(QStringLiteral("Bruno"));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(ClientService(m_store->store()).remove(model.clientAt(0).id).ok());
    model.reload();
    QCOMPARE(model.rowCount(), 0);
}

void TestClientListModel::testLimitTruncates()
{
    ClientListModel model(m_store->store());
    model.setLimit(2);
    model.refresh(QString());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.isTruncated());
    model.setLimit(3);
    model.reload();
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.isTruncated());
}

void TestClientListModel::testRetranslateAnnouncesHeaders()
{
    ClientListModel model(m_store->store());
    QSignalSpy spy(&model, &QAbstractItemModel::headerDataChanged);
    model.retranslate();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(spy.at(0).at(2).toInt(), ClientListModel::ColumnCount - 1);
}

QTEST_GUILESS_MAIN(TestClientListModel)
#include "TestClientListModel.moc"
