// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sync/SyncedTerminal.h"
#include "Translations.h"
#include "conflicts/ConflictsPage.h"
#include "shell/AppStyle.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// The inbox page against a real in-process server: a duplicate phone made on
// two terminals, resolved by clicking, cleared on both.
class TestConflictsPage : public QObject
{
    Q_OBJECT

private:
    static QPushButton *buttonNamed(ConflictsPage &page, const QString &text)
    {
        const auto buttons = page.findChildren<QPushButton *>(QStringLiteral("resolution"));
        for (QPushButton *button : buttons) {
            if (button->text() == text)
                return button;
        }
        return nullptr;
    }
    static QStringList buttonTexts(ConflictsPage &page)
    {
        QStringList texts;
        for (QPushButton *button : page.findChildren<QPushButton *>(QStringLiteral("resolution")))
            texts << button->text();
        texts.sort();
        return texts;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("en"))));
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    }

    void testEmpty()
    {
        TestStore store;
        ConflictsPage page(*store);
        page.show();
        QCOMPARE(page.count(), 0);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("conflictsEmpty"))->isVisible());
        QVERIFY(page.findChildren<QPushButton *>(QStringLiteral("resolution")).isEmpty());
    }

    void testResolveByClicking_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QStringList>("namesLeft");
        QTest::addRow("keep both")
            << QStringLiteral("Keep both")
            << QStringList { QStringLiteral("Ana"), QStringLiteral("Ana S") };
        QTest::addRow("keep only Ana")
            << QStringLiteral("Keep only Ana") << QStringList { QStringLiteral("Ana") };
        QTest::addRow("keep only Ana S")
            << QStringLiteral("Keep only Ana S") << QStringList { QStringLiteral("Ana S") };
    }

    void testResolveByClicking()
    {
        QFETCH(QString, button);
        QFETCH(QStringList, namesLeft);
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        SyncedTerminal a;
        SyncedTerminal b;
        QVERIFY(makeDuplicatePhoneConflict(server, a, b));

        ConflictsPage page(*a.store);
        page.show();
        QCOMPARE(page.count(), 1);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("editorTitle"))->text(),
                 QStringLiteral("2 clients with the phone 11987654321"));
        const QString details = page.findChild<QLabel *>(QStringLiteral("conflictDetails"))->text();
        QVERIFY2(details.startsWith(QStringLiteral("Ana and Ana S have the same phone number")),
                 qPrintable(details));
        QCOMPARE(buttonTexts(page),
                 (QStringList { QStringLiteral("Keep both"), QStringLiteral("Keep only Ana"),
                                QStringLiteral("Keep only Ana S") }));
        // For docs/screenshots: BALCAO_SCREENSHOT_DIR=docs/screenshots.
        if (const QString dir = qEnvironmentVariable("BALCAO_SCREENSHOT_DIR"); !dir.isEmpty()) {
            applyAppStyle(*qApp); // as the app looks
            page.resize(980, 460);
            QVERIFY(page.grab().save(dir + QStringLiteral("/conflicts-page-en.png")));
        }

        QSignalSpy resolved(&page, &ConflictsPage::conflictResolved);
        QSignalSpy counted(&page, &ConflictsPage::countChanged);
        a.store.clock().advance(1000);
        QPushButton *choice = buttonNamed(page, button);
        QVERIFY(choice);
        QTest::mouseClick(choice, Qt::LeftButton);
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.first().first().toInt(), 0);
        QCOMPARE(page.count(), 0);
        QVERIFY(ConflictInbox(*a.store).open().isEmpty());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("conflictsEmpty"))->isVisible());

        // The resolution is ordinary synced changes: the other terminal's
        // inbox empties too, with the same clients left.
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QVERIFY(ConflictInbox(*b.store).open().isEmpty());
        for (SyncedTerminal *terminal : { &a, &b }) {
            QStringList names;
            for (const Client &client : ClientService(*terminal->store).list())
                names << client.name;
            names.sort();
            QCOMPARE(names, namesLeft);
        }
    }

    void testRefreshShowsConflictsThatArriveLater()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        SyncedTerminal a;
        SyncedTerminal b;
        ConflictsPage page(*a.store);
        QSignalSpy counted(&page, &ConflictsPage::countChanged);
        QCOMPARE(page.count(), 0);
        QVERIFY(makeDuplicatePhoneConflict(server, a, b));
        page.refresh(); // what the main window does when a sync round ends
        QCOMPARE(page.count(), 1);
        QCOMPARE(counted.last().first().toInt(), 1);
    }
};

QTEST_MAIN(TestConflictsPage)
#include "TestConflictsPage.moc"
