// SPDX-License-Identifier: GPL-3.0-or-later
// Rule tables read better with plain literals.
#undef QT_NO_CAST_FROM_ASCII
#include "BrokenTable.h"
#include "TestStore.h"
#include "devices/DeviceRegistry.h"
#include "devices/TerminalLocation.h"
#include "locations/LocationService.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// Where a terminal works, one row per case: the locations the business has
// (in the order they were created), where this device is registered, what
// happened since, and a location chosen by id (balcaoctl --location).
class TestTerminalLocation : public QObject
{
    Q_OBJECT

private slots:
    void where_data()
    {
        QTest::addColumn<QStringList>("locations");
        QTest::addColumn<QString>("registeredAt"); // a location's name, or "" for none
        QTest::addColumn<QStringList>("since"); // "remove NAME", "retire device"
        QTest::addColumn<QString>("chosen"); // a location's name, "unknown", "garbage" or ""
        QTest::addColumn<QString>("expected"); // a location's name or an error code

        QTest::addRow("before set-up") << QStringList {} << "" << QStringList {} << ""
                                       << "location.notFound";
        QTest::addRow("one location, this terminal not registered")
            << QStringList { "Centro" } << "" << QStringList {} << ""
            << "Centro";
        QTest::addRow("not registered: the first by name")
            << QStringList { "Zona Sul", "Centro" } << "" << QStringList {} << ""
            << "Centro";
        QTest::addRow("registered at the second location")
            << QStringList { "Centro", "Zona Sul" } << "Zona Sul" << QStringList {} << ""
            << "Zona Sul";
        QTest::addRow("registered at the first location")
            << QStringList { "Centro", "Zona Sul" } << "Centro" << QStringList {} << ""
            << "Centro";
        QTest::addRow("registered without a location") << QStringList { "Zona Sul", "Centro" } << ""
                                                       << QStringList { "register nowhere" } << ""
                                                       << "Centro";
        QTest::addRow("its location was removed since")
            << QStringList { "Centro", "Zona Sul" } << "Zona Sul"
            << QStringList { "remove Zona Sul" } << ""
            << "Centro";
        QTest::addRow("this terminal was retired elsewhere")
            << QStringList { "Centro", "Zona Sul" } << "Zona Sul" << QStringList { "retire device" }
            << ""
            << "Centro";
        QTest::addRow("a location chosen by id wins")
            << QStringList { "Centro", "Zona Sul" } << "Zona Sul" << QStringList {} << "Centro"
            << "Centro";
        QTest::addRow("a chosen location that does not exist")
            << QStringList { "Centro" } << "" << QStringList {} << "unknown"
            << "location.notFound";
        QTest::addRow("a chosen location that is not an id")
            << QStringList { "Centro" } << "" << QStringList {} << "garbage"
            << "location.notFound";
        QTest::addRow("a chosen location removed since")
            << QStringList { "Centro", "Zona Sul" } << "" << QStringList { "remove Zona Sul" }
            << "Zona Sul"
            << "location.notFound";
    }
    void where()
    {
        QFETCH(QStringList, locations);
        QFETCH(QString, registeredAt);
        QFETCH(QStringList, since);
        QFETCH(QString, chosen);
        QFETCH(QString, expected);
        TestStore t;
        QHash<QString, Id> ids;
        for (const QString &name : locations) {
            auto made = LocationService(*t).create(name, "America/Sao_Paulo");
            QVERIFY(made.ok());
            ids.insert(name, made->id);
        }
        if (!registeredAt.isEmpty())
            QVERIFY(DeviceRegistry(*t).registerThisDevice("Caixa 1", ids.value(registeredAt)).ok());
        for (const QString &what : since) {
            if (what == "register nowhere") {
                QVERIFY(DeviceRegistry(*t).registerThisDevice("Caixa 1", {}).ok());
            } else if (what == "retire device") {
                // What another terminal's "retire" looks like once it synced.
                QVERIFY(t->transact([&] {
                             return t->writer().deleteRecord("devices",
                                                             Id::fromString(t->deviceId()));
                         }).ok());
            } else {
                QVERIFY(LocationService(*t).remove(ids.value(what.section(' ', 1))).ok());
            }
        }
        QString chosenId;
        if (chosen == "unknown")
            chosenId = Id::generate().toString();
        else if (chosen == "garbage")
            chosenId = "Centro";
        else if (!chosen.isEmpty())
            chosenId = ids.value(chosen).toString();
        const auto where = TerminalLocation(*t).resolve(chosenId);
        if (expected.contains('.')) {
            QVERIFY(!where.ok());
            QCOMPARE(where.error().code, expected);
            QCOMPARE(where.error().kind, Error::Kind::NotFound);
            QVERIFY(!where.error().message.isEmpty());
            return;
        }
        QVERIFY2(where.ok(), qPrintable(where.ok() ? QString() : where.error().message));
        QCOMPARE(where->name, expected);
        QCOMPARE(where->id, ids.value(expected));
        if (chosen.isEmpty())
            QCOMPARE(TerminalLocation(*t).current()->id, where->id);
    }

    // A store that cannot be read is not a terminal without a location.
    void unreadableIsNotNowhere_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addRow("the device's registration") << "devices";
        QTest::addRow("the locations") << "locations";
    }
    void unreadableIsNotNowhere()
    {
        QFETCH(QString, table);
        TestStore t;
        const Id centro = LocationService(*t).create("Centro", "America/Sao_Paulo")->id;
        const Id sul = LocationService(*t).create("Zona Sul", "America/Sao_Paulo")->id;
        QVERIFY(DeviceRegistry(*t).registerThisDevice("Caixa 1", sul).ok());
        QCOMPARE(TerminalLocation(*t).current()->id, sul);
        {
            BrokenTable broken(*t, table);
            QVERIFY(broken.isBroken());
            const auto where = TerminalLocation(*t).current();
            QVERIFY(!where.ok());
            QCOMPARE(where.error().kind, Error::Kind::Storage);
            QCOMPARE(where.error().code, "storage.readFailed");
            const auto chosen = TerminalLocation(*t).resolve(centro.toString());
            if (table == "locations")
                QCOMPARE(chosen.error().kind, Error::Kind::Storage);
        }
        QCOMPARE(TerminalLocation(*t).current()->id, sul);
    }
};

QTEST_GUILESS_MAIN(TestTerminalLocation)
#include "TestTerminalLocation.moc"
