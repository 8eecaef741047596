// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"
#include "locations/LocationService.h"
#include "state/StateExporter.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestLocationService : public QObject
{
    Q_OBJECT

private slots:
    void testCreateUpdateRemove()
    {
        TestStore t;
        LocationService locations(*t);
        auto centro
            = locations.create(QStringLiteral(" Centro "), QStringLiteral("America/Sao_Paulo"),
                               QStringLiteral("Rua A, 1"));
        QVERIFY(centro.ok());
        QCOMPARE(centro->name, QStringLiteral("Centro"));
        auto norte
            = locations.create(QStringLiteral("Zona Norte"), QStringLiteral("America/Manaus"));
        QVERIFY(norte.ok());
        auto updated = locations.update(norte->id, QStringLiteral("Zona Norte II"), std::nullopt,
                                        QStringLiteral("Av. B, 2"));
        QVERIFY(updated.ok());
        QCOMPARE(updated->name, QStringLiteral("Zona Norte II"));
        QCOMPARE(updated->timeZoneId, QStringLiteral("America/Manaus"));
        QCOMPARE(updated->address, QStringLiteral("Av. B, 2"));
        QCOMPARE(locations.list().size(), 2);
        QVERIFY(locations.remove(norte->id).ok());
        QCOMPARE(locations.list().size(), 1);
        QCOMPARE(locations.find(norte->id).error().code, QStringLiteral("location.notFound"));
        const QString before = StateExporter(t->database()).stateHash();
        auto last = locations.remove(centro->id);
        QVERIFY(!last.ok());
        QCOMPARE(last.error().code, QStringLiteral("location.last"));
        QCOMPARE(StateExporter(t->database()).stateHash(), before);
    }

    void testBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("code");
        QTest::addRow("no name") << QStringLiteral("  ") << QStringLiteral("UTC")
                                 << QStringLiteral("location.nameRequired");
        QTest::addRow("unknown zone") << QStringLiteral("A") << QStringLiteral("America/Atlantis")
                                      << QStringLiteral("location.timeZoneInvalid");
        QTest::addRow("offset is not a zone id") << QStringLiteral("A") << QStringLiteral("-03:00")
                                                 << QStringLiteral("location.timeZoneInvalid");
        QTest::addRow("empty zone")
            << QStringLiteral("A") << QString() << QStringLiteral("location.timeZoneInvalid");
    }
    void testBadInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, zone);
        QFETCH(QString, code);
        TestStore t;
        auto created = LocationService(*t).create(name, zone);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, code);
        QVERIFY(LocationService(*t).list().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLocationService)
#include "TestLocationService.moc"
