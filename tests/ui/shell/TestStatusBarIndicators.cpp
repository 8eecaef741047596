// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeOutbox.h"
#include "TestStore.h"
#include "TestTerminal.h"
#include "Translations.h"
#include "clients/ClientService.h"
#include "shell/StatusBarIndicators.h"
#include "sync/SyncController.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Balcao;
using namespace Balcao::Test;

class TestStatusBarIndicators : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testShowsTheEncryptedDatabase();
    void testCountsPendingChanges();
    void testSignedInUser();
    void testSyncState_data();
    void testSyncState();
    void testConflictsButtonOpensThePage();
    void testPendingThenSyncedWithARealServer();
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

void TestStatusBarIndicators::testSyncState_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("pending");
    QTest::addColumn<qint64>("nextAttempt");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("expected");
    const auto idle = int(SyncStatus::State::Idle);
    const auto offline = int(SyncStatus::State::Offline);
    QTest::addRow("online, all sent")
        << idle << 0 << qint64(-1) << QString() << QStringLiteral("Online · All changes synced");
    QTest::addRow("online, one waiting") << idle << 1 << qint64(-1) << QString()
                                         << QStringLiteral("Online · 1 change waiting to sync");
    QTest::addRow("syncing") << int(SyncStatus::State::Syncing) << 3 << qint64(-1) << QString()
                             << QStringLiteral("Syncing… · 3 changes waiting to sync");
    QTest::addRow("offline, retry rounded up")
        << offline << 2 << qint64(4100) << QStringLiteral("unreachable")
        << QStringLiteral("Offline · retrying in 5 s · 2 changes waiting to sync");
    QTest::addRow("offline, one second")
        << offline << 0 << qint64(1000) << QString()
        << QStringLiteral("Offline · retrying in 1 s · All changes synced");
    QTest::addRow("refused") << int(SyncStatus::State::Rejected) << 1 << qint64(2000)
                             << QStringLiteral("This terminal was removed.")
                             << QStringLiteral(
                                    "Sync refused: This terminal was removed. · 1 change "
                                    "waiting to sync");
}

void TestStatusBarIndicators::testSyncState()
{
    QFETCH(int, state);
    QFETCH(int, pending);
    QFETCH(qint64, nextAttempt);
    QFETCH(QString, error);
    QFETCH(QString, expected);
    Test::TestStore store;
    StatusBarIndicators indicators(store.store());
    SyncStatus status;
    status.state = static_cast<SyncStatus::State>(state);
    status.pendingChanges = pending;
    status.nextAttemptInMsecs = nextAttempt;
    status.lastError = error;
    indicators.setSyncStatus(status);
    QCOMPARE(indicators.syncText(), expected);
    QCOMPARE(indicators.conflictsText(), QString());

    indicators.setNotConnected();
    QVERIFY(indicators.syncText().startsWith(QStringLiteral("Not connected to a server · ")));
}

void TestStatusBarIndicators::testConflictsButtonOpensThePage()
{
    Test::TestStore store;
    StatusBarIndicators indicators(store.store());
    indicators.show();
    SyncStatus status;
    status.openConflicts = 2;
    status.lastSuccess = QDateTime::currentDateTime();
    indicators.setSyncStatus(status);
    QCOMPARE(indicators.conflictsText(), QStringLiteral("2 conflicts to resolve"));
    QVERIFY(indicators.syncText().contains(
        QStringLiteral("Last sync %1")
            .arg(QLocale().toString(status.lastSuccess.time(), QLocale::ShortFormat))));
    QSignalSpy clicked(&indicators, &StatusBarIndicators::conflictsClicked);
    QTest::mouseClick(indicators.findChild<QToolButton *>(QStringLiteral("openConflicts")),
                      Qt::LeftButton);
    QCOMPARE(clicked.size(), 1);
}

void TestStatusBarIndicators::testPendingThenSyncedWithARealServer()
{
    SyncedTerminal s(SyncedTerminal::Entry::Joined);
    QVERIFY(s.ok());
    auto &[server, business, t] = s;
    StatusBarIndicators indicators(*t.store);
    SyncController sync(*t.store, t.secrets, t.storeOpener());
    // The wiring MainWindow does.
    connect(&sync, &SyncController::statusChanged, &indicators,
            &StatusBarIndicators::setSyncStatus);
    connect(&sync, &SyncController::localChangeCommitted, &indicators,
            &StatusBarIndicators::refresh);
    QVERIFY(sync.start());
    QTRY_VERIFY_WITH_TIMEOUT(indicators.syncText().startsWith(
                                 QStringLiteral("Online · All changes synced · Last sync ")),
                             30000);

    // A save shows as waiting at once, then as sent after the engine's round.
    QVERIFY(ClientService(*t.store).create(ClientDraft { QStringLiteral("Ana"), {}, {}, {} }).ok());
    const int pending = ChangeOutbox(*t.store).pendingCount();
    QVERIFY(pending > 0);
    QVERIFY2(
        indicators.syncText().contains(QStringLiteral("%1 change%2 waiting to sync")
                                           .arg(pending)
                                           .arg(pending == 1 ? QString() : QStringLiteral("s"))),
        qPrintable(indicators.syncText()));
    QTRY_VERIFY_WITH_TIMEOUT(
        indicators.syncText().startsWith(QStringLiteral("Online · All changes synced")), 30000);
    QCOMPARE(ChangeOutbox(*t.store).pendingCount(), 0);
    sync.stop();
}

QTEST_MAIN(TestStatusBarIndicators)
#include "TestStatusBarIndicators.moc"
