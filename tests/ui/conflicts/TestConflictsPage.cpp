// SPDX-License-Identifier: GPL-3.0-or-later
#include "../WidgetTestHelpers.h"
#include "TestTerminal.h"
#include "Translations.h"
#include "clients/ClientService.h"
#include "conflicts/ConflictInbox.h"
#include "conflicts/ConflictsPage.h"
#include "shell/AppStyle.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

// Answers the next modal message box as a person would, by clicking the
// button of a role or pressing a key, and keeps what the box showed. Its
// timer dies with it, so a box that never comes is noticed, not answered
// in a later test.
class MessageBoxAnswerer : public QObject
{
public:
    enum class Answer { Confirm, CancelButton, EscapeKey, EnterKey };

    explicit MessageBoxAnswerer(Answer answer)
    {
        QTimer::singleShot(0, this, [this, answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            shown = true;
            title = box->windowTitle();
            text = box->text() + QLatin1Char('\n') + box->informativeText();
            defaultIsCancel = box->defaultButton() == box->button(QMessageBox::Cancel);
            escapeIsCancel = box->escapeButton() == box->button(QMessageBox::Cancel);
            switch (answer) {
            case Answer::EscapeKey:
                QTest::keyClick(box, Qt::Key_Escape);
                break;
            case Answer::EnterKey:
                QTest::keyClick(box, Qt::Key_Return);
                break;
            case Answer::CancelButton:
                QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
                break;
            case Answer::Confirm:
                for (QAbstractButton *button : box->buttons()) {
                    if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
                        confirmText = button->text();
                        QTest::mouseClick(button, Qt::LeftButton);
                    }
                }
                break;
            }
            if (box->isVisible()) // the answer did not close it: do not hang the test
                box->reject();
        });
    }

    bool shown = false;
    bool defaultIsCancel = false;
    bool escapeIsCancel = false;
    QString title;
    QString text;
    QString confirmText;
};

} // namespace

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
    // The phone as the core stores it (and the conflict's facts carry it).
    static QString conflictPhone(TestTerminal &terminal)
    {
        const QList<Conflict> open = ConflictInbox(*terminal.store).open();
        return open.isEmpty() ? QString()
                              : open.first().facts.value(QStringLiteral("phone")).toString();
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
        TestTerminal a;
        TestTerminal b;
        QVERIFY(makeDuplicatePhoneConflict(server, a, b));

        ConflictsPage page(*a.store);
        page.show();
        QCOMPARE(page.count(), 1);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("editorTitle"))->text(),
                 QStringLiteral("2 clients with the phone %1").arg(conflictPhone(a)));
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
            // The same page after a live switch to Portuguese, as the
            // Language menu does it.
            QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("pt_BR"))));
            QLocale::setDefault(QLocale(QStringLiteral("pt_BR")));
            // The rebuilt buttons and re-wrapped labels are laid out.
            QVERIFY(waitForLayoutsSettled(page));
            QCOMPARE(page.findChild<QLabel *>(QStringLiteral("pageTitle"))->text(),
                     QStringLiteral("Conflitos"));
            QVERIFY(buttonNamed(page, QStringLiteral("Manter os dois")));
            QVERIFY(page.grab().save(dir + QStringLiteral("/conflicts-page-pt_BR.png")));
            QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("en"))));
            QLocale::setDefault(QLocale(QStringLiteral("en_US")));
            QVERIFY(waitForLayoutsSettled(page));
        }

        QSignalSpy resolved(&page, &ConflictsPage::conflictResolved);
        QSignalSpy counted(&page, &ConflictsPage::countChanged);
        a.store.clock().advance(1000);
        QPushButton *choice = buttonNamed(page, button);
        QVERIFY(choice);
        MessageBoxAnswerer answerer(MessageBoxAnswerer::Answer::Confirm);
        QTest::mouseClick(choice, Qt::LeftButton);
        // Only a resolution that deletes asks first.
        QCOMPARE(answerer.shown, button.startsWith(QStringLiteral("Keep only")));
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
        for (TestTerminal *terminal : { &a, &b }) {
            QStringList names;
            for (const Client &client : ClientService(*terminal->store).list())
                names << client.name;
            names.sort();
            QCOMPARE(names, namesLeft);
        }
    }

    // "Keep only" deletes the others: it names them (with their phone) and
    // waits for a yes; Cancel, Esc and Enter all leave everything as it was.
    void testKeepOnlyCancelledChangesNothing_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addRow("Cancel button") << int(MessageBoxAnswerer::Answer::CancelButton);
        QTest::addRow("Esc") << int(MessageBoxAnswerer::Answer::EscapeKey);
        QTest::addRow("Enter (the default)") << int(MessageBoxAnswerer::Answer::EnterKey);
    }

    void testKeepOnlyCancelledChangesNothing()
    {
        QFETCH(int, answer);
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        TestTerminal a;
        TestTerminal b;
        QVERIFY(makeDuplicatePhoneConflict(server, a, b));
        ConflictsPage page(*a.store);
        page.show();
        QSignalSpy resolved(&page, &ConflictsPage::conflictResolved);

        MessageBoxAnswerer answerer { MessageBoxAnswerer::Answer(answer) };
        QTest::mouseClick(buttonNamed(page, QStringLiteral("Keep only Ana")), Qt::LeftButton);
        QVERIFY(answerer.shown);
        QVERIFY(answerer.defaultIsCancel);
        QVERIFY(answerer.escapeIsCancel);
        QCOMPARE(answerer.title, QStringLiteral("Keep only Ana"));
        const QString named = QStringLiteral("Ana S, phone %1").arg(conflictPhone(a));
        QVERIFY2(answerer.text.contains(named), qPrintable(answerer.text));

        QCOMPARE(resolved.size(), 0);
        QCOMPARE(page.count(), 1);
        QCOMPARE(ConflictInbox(*a.store).open().size(), 1);
        QStringList names;
        for (const Client &client : ClientService(*a.store).list())
            names << client.name;
        names.sort();
        QCOMPARE(names, (QStringList { QStringLiteral("Ana"), QStringLiteral("Ana S") }));
        QCOMPARE(page.findChildren<QPushButton *>(QStringLiteral("resolution")).size(), 3);
    }

    void testKeepOnlyConfirmedTombstonesTheOther()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        TestTerminal a;
        TestTerminal b;
        QVERIFY(makeDuplicatePhoneConflict(server, a, b));
        Id anaS;
        for (const Client &client : ClientService(*a.store).list()) {
            if (client.name == QStringLiteral("Ana S"))
                anaS = client.id;
        }
        QVERIFY(!anaS.isNull());
        ConflictsPage page(*a.store);
        page.show();
        a.store.clock().advance(1000);

        MessageBoxAnswerer answerer(MessageBoxAnswerer::Answer::Confirm);
        QTest::mouseClick(buttonNamed(page, QStringLiteral("Keep only Ana")), Qt::LeftButton);
        QVERIFY(answerer.shown);
        QCOMPARE(answerer.confirmText, QStringLiteral("Delete 1 client"));
        QVERIFY(!answerer.text.contains(QStringLiteral("Ana, phone")));

        QCOMPARE(page.count(), 0);
        QVERIFY(ConflictInbox(*a.store).open().isEmpty());
        QCOMPARE(ClientService(*a.store).find(anaS).error().kind, Error::Kind::NotFound);
        auto tombstone = ClientService(*a.store).find(anaS, true);
        QVERIFY(tombstone.ok());
        QVERIFY(tombstone->deleted);
    }

    void testRefreshShowsConflictsThatArriveLater()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        TestTerminal a;
        TestTerminal b;
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
