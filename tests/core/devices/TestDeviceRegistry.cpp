// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeApplier.h"
#include "ChangeOutbox.h"
#include "TestStore.h"
#include "devices/DeviceRegistry.h"
#include "settings/BusinessSettings.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestDeviceRegistry : public QObject
{
    Q_OBJECT

private slots:
    void testRegisterRenameRetire()
    {
        TestStore a;
        TestStore b(a.clock().nowMsecsSinceEpoch());
        QVERIFY(DeviceRegistry(*a).registerThisDevice(QStringLiteral("Caixa 1"), {}).ok());
        QVERIFY(DeviceRegistry(*b).registerThisDevice(QStringLiteral("Caixa 2"), {}).ok());
        QVERIFY(ChangeApplier(*a).apply(ChangeOutbox(*b).pending()).ok());
        QCOMPARE(DeviceRegistry(*a).list().value().size(), 2);
        const Id bId = Id::fromString(b->deviceId());
        auto renamed = DeviceRegistry(*a).rename(bId, QStringLiteral("Caixa dos fundos"));
        QVERIFY(renamed.ok());
        QCOMPARE(renamed->name, QStringLiteral("Caixa dos fundos"));
        QCOMPARE(DeviceRegistry(*a).retire(Id::fromString(a->deviceId())).error().code,
                 QStringLiteral("device.self"));
        QVERIFY(DeviceRegistry(*a).retire(bId).ok());
        QCOMPARE(DeviceRegistry(*a).list().value().size(), 1);
        QCOMPARE(DeviceRegistry(*a).retire(bId).error().code, QStringLiteral("device.notFound"));
    }

    void testSettingsRemoveFallsBackToDefault()
    {
        TestStore t;
        BusinessSettings settings(*t);
        QVERIFY(settings.setValue(BusinessSettings::kCurrency, QStringLiteral("USD")).ok());
        QCOMPARE(settings.currency()->code(), QStringLiteral("USD"));
        QVERIFY(settings.remove(BusinessSettings::kCurrency).ok());
        QCOMPARE(settings.currency()->code(), QStringLiteral("BRL"));
        QCOMPARE(ChangeOutbox(*t).pendingCount(), 2);
        QVERIFY(settings.remove(QStringLiteral("never.set")).ok());
        QCOMPARE(ChangeOutbox(*t).pendingCount(), 2); // nothing to remove, nothing logged
    }
};

QTEST_GUILESS_MAIN(TestDeviceRegistry)
#include "TestDeviceRegistry.moc"
