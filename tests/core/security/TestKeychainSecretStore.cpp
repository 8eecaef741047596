// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/KeychainSecretStore.h"

#include <QTest>
#include <QUuid>

using namespace Balcao;

// Against the real Secret Service: scripts/test runs the suite inside
// dbus-run-session with an unlocked gnome-keyring-daemon.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run through scripts/test, which starts one with a keyring");
    }

    void testWriteReadRemove()
    {
        KeychainSecretStore store(QStringLiteral("BalcaoTest"));
        const QString account
            = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray secret("\x00\x01\xfe\xff binary secret", 20);
        auto written = store.write(account, secret);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        auto read = store.read(account);
        QVERIFY(read.ok());
        QCOMPARE(*read, secret);
        QVERIFY(store.remove(account).ok());
        auto gone = store.read(account);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
