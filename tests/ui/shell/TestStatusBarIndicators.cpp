// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeOutbox.h"
#include "TestStore.h"
#include "Translations.h"
#include "clients/ClientService.h"
#include "shell/StatusBarIndicators.h"

#include <QLabel>
#include <QTest>

using namespace Balcao;

class TestStatusBarIndicators : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testShowsTheEncryptedDatabase();
    void testCountsPendingChanges();
    void testSignedInUser();
};

void TestStatusBarIndicators::initTestCase()
{
    // The English catalogue holds the plural forms ("1 change", "2 changes").
    QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("en"))));
}

void TestStatusBarIndicators::testShowsTheEncryptedDatabase()
{
    Test::TestStore store;
    StatusBarIndicators indicators(store.store());
    const QString text = indicators.databaseText();
    QVERIFY2(text.startsWith(QStringLiteral("balcao.db · Encrypted (SQLCipher 4.")),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("community")), qPrintable(text));
}

void TestStatusBarIndicators::testCountsPendingChanges()
{
    Test::TestStore store;
    store.initialiseBusiness();
    StatusBarIndicators indicators(store.store());
    const int before = ChangeOutbox(store.store()).pendingCount();
    QVERIFY(before > 0); // setting up the business is itself a set of changes
    QCOMPARE(indicators.syncText(),
             QStringLiteral("Not connected to a server · %1 changes waiting to sync").arg(before));

    ClientDraft draft;
    draft.name = QStringLiteral("Ana");
    QVERIFY(ClientService(store.store()).create(draft).ok());
    const int after = ChangeOutbox(store.store()).pendingCount();
    QVERIFY(after > before);
    // Counted when asked, not live: the owner calls refresh() after a change.
    QVERIFY(indicators.syncText().contains(QString::number(before)));
    indicators.refresh();
    QCOMPARE(indicators.syncText(),
             QStringLiteral("Not connected to a server · %1 changes waiting to sync").arg(after));
}

void TestStatusBarIndicators::testSignedInUser()
{
    Test::TestStore store;
    StatusBarIndicators indicators(store.store());
    auto *label = indicators.findChild<QLabel *>(QStringLiteral("signedInUser"));
    QVERIFY(label->isHidden());
    indicators.setSignedInUser(QStringLiteral("maria"));
    QVERIFY(!label->isHidden());
    QCOMPARE(label->text(), QStringLiteral("Signed in as maria"));
}

QTEST_MAIN(TestStatusBarIndicators)
#include "TestStatusBarIndicators.moc"
