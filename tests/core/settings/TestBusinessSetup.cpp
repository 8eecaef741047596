// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrokenTable.h"
#include "TestStore.h"
#include "devices/DeviceRegistry.h"
#include "locations/LocationService.h"
#include "settings/BusinessSettings.h"
#include "settings/BusinessSetup.h"
#include "staff/StaffService.h"
#include "state/StateExporter.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestBusinessSetup : public QObject
{
    Q_OBJECT

private:
    static BusinessProfile profile()
    {
        BusinessProfile p;
        p.businessName = QStringLiteral("Salão Bela Vista");
        p.currencyCode = QStringLiteral("brl");
        p.locationName = QStringLiteral("Pinheiros");
        p.timeZoneId = QStringLiteral("America/Sao_Paulo");
        p.deviceName = QStringLiteral("Recepção");
        p.adminName = QStringLiteral("Marina Costa");
        p.adminLogin = QStringLiteral("Marina");
        p.adminPassword = QStringLiteral("uma senha longa");
        return p;
    }

private slots:
    // "Is a business set up here?" that cannot be read is not "no": the
    // desktop would run the first-run set-up over an existing business.
    void testUnreadableSettingsAreNotANewDatabase()
    {
        TestStore t;
        QVERIFY(BusinessSetup(*t).initialise(profile()).ok());
        {
            BrokenTable broken(*t, QStringLiteral("settings"));
            QVERIFY(broken.isBroken());
            QCOMPARE(t->isInitialised().error().kind, Error::Kind::Storage);
            QCOMPARE(BusinessSetup(*t).initialise(profile()).error().kind, Error::Kind::Storage);
            QCOMPARE(BusinessSettings(*t).currency().error().kind, Error::Kind::Storage);
            QCOMPARE(BusinessSettings(*t).businessName().error().kind, Error::Kind::Storage);
        }
        QVERIFY(t->isInitialised().value());
        QCOMPARE(BusinessSettings(*t).businessName().value(), QStringLiteral("Salão Bela Vista"));
    }

    void testInitialiseCreatesTheBusiness()
    {
        TestStore t;
        QVERIFY(!t->isInitialised().value());
        auto done = BusinessSetup(*t).initialise(profile());
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QVERIFY(t->isInitialised().value());
        BusinessSettings settings(*t);
        QCOMPARE(settings.businessName().value(), QStringLiteral("Salão Bela Vista"));
        QCOMPARE(settings.currency()->code(), QStringLiteral("BRL"));
        const auto locations = LocationService(*t).list();
        QCOMPARE(locations.size(), 1);
        QCOMPARE(locations.first().timeZoneId, QStringLiteral("America/Sao_Paulo"));
        const auto devices = DeviceRegistry(*t).list().value();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.first().id.toString(), t->deviceId());
        QCOMPARE(devices.first().locationId, locations.first().id);
        StaffService staff(*t);
        QCOMPARE(staff.members().size(), 1);
        auto admin
            = staff.authenticate(QStringLiteral("marina"), QStringLiteral("uma senha longa"));
        QVERIFY(admin.ok());
        QCOMPARE(admin->role, Role::Admin);
        QCOMPARE(
            staff.authenticate(QStringLiteral("marina"), QStringLiteral("errada!!")).error().code,
            QStringLiteral("user.signInRefused"));
        QCOMPARE(staff.authenticate(QStringLiteral("nobody"), QStringLiteral("uma senha longa"))
                     .error()
                     .code,
                 QStringLiteral("user.signInRefused"));

        auto twice = BusinessSetup(*t).initialise(profile());
        QCOMPARE(twice.error().code, QStringLiteral("setup.alreadyDone"));
    }

    void testBadProfileChangesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::addRow("no name") << QStringLiteral("name") << QString()
                                 << QStringLiteral("setup.nameRequired");
        QTest::addRow("bad currency") << QStringLiteral("currency") << QStringLiteral("REAL")
                                      << QStringLiteral("currency.invalid");
        QTest::addRow("bad zone") << QStringLiteral("zone") << QStringLiteral("Mars/Olympus")
                                  << QStringLiteral("location.timeZoneInvalid");
        QTest::addRow("short password") << QStringLiteral("password") << QStringLiteral("123")
                                        << QStringLiteral("user.passwordTooShort");
        QTest::addRow("bad login") << QStringLiteral("login") << QStringLiteral("a b")
                                   << QStringLiteral("user.loginInvalid");
    }
    void testBadProfileChangesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
        BusinessProfile p = profile();
        if (field == QStringLiteral("name"))
            p.businessName = value;
        else if (field == QStringLiteral("currency"))
            p.currencyCode = value;
        else if (field == QStringLiteral("zone"))
            p.timeZoneId = value;
        else if (field == QStringLiteral("password"))
            p.adminPassword = value;
        else
            p.adminLogin = value;
        TestStore t;
        const QString before = StateExporter(t->database()).stateHash();
        auto done = BusinessSetup(*t).initialise(p);
        QVERIFY(!done.ok());
        QCOMPARE(done.error().code, code);
        QCOMPARE(StateExporter(t->database()).stateHash(), before);
        QVERIFY(!t->isInitialised().value());
    }

    void testLocationTimeZoneAcrossDst()
    {
        // Times are stored in UTC and shown in the location's zone. New York
        // changes offset on 2026-03-08: 09:00 local is 14:00 UTC before and
        // 13:00 UTC after.
        Location ny {
            Id::generate(), QStringLiteral("NY"), QStringLiteral("America/New_York"), {}, {}
        };
        QCOMPARE(ny.toUtc(QDate(2026, 3, 7), QTime(9, 0)),
                 QDateTime(QDate(2026, 3, 7), QTime(14, 0), Qt::UTC));
        QCOMPARE(ny.toUtc(QDate(2026, 3, 9), QTime(9, 0)),
                 QDateTime(QDate(2026, 3, 9), QTime(13, 0), Qt::UTC));
        QCOMPARE(ny.toLocal(QDateTime(QDate(2026, 3, 9), QTime(13, 0), Qt::UTC)).time(),
                 QTime(9, 0));
        Location sp {
            Id::generate(), QStringLiteral("SP"), QStringLiteral("America/Sao_Paulo"), {}, {}
        };
        QCOMPARE(sp.toUtc(QDate(2026, 7, 1), QTime(9, 0)),
                 QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestBusinessSetup)
#include "TestBusinessSetup.moc"
