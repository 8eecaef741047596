// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "SyncEngine.h"
#include "TestStore.h"
#include "clients/ClientListModel.h"
#include "clients/ClientService.h"
#include "clients/ClientsPage.h"
#include "shell/LanguageSwitcher.h"
#include "shell/NavigationBar.h"
#include "shell/StatusBarIndicators.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testShowsTheBusinessAndTheClientsPage();
    void testLanguageSwitchRetranslatesLive_data();
    void testLanguageSwitchRetranslatesLive();
    void testLanguageMenuSwitchesAndIsRemembered();
    void testSavingAClientUpdatesTheStatusBar();
    void testSyncThatBroughtChangesReloadsTheClientsList();

private:
    QString navigationText(NavigationBar::Area area) const;
    QStringList menuTitles() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<Test::TestStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_settings->clear();
    m_languages = std::make_unique<LanguageSwitcher>(*m_settings);
    QVERIFY(m_languages->switchTo(QStringLiteral("en"), false));
    m_store = std::make_unique<Test::TestStore>();
    m_store->initialiseBusiness(QStringLiteral("Studio Bella"));
    UserAccount user;
    user.login = QStringLiteral("maria");
    m_window = std::make_unique<MainWindow>(m_store->store(), *m_languages, user);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_languages->switchTo(QStringLiteral("en"), false);
    m_languages.reset();
    m_settings.reset();
}

QString TestMainWindow::navigationText(NavigationBar::Area area) const
{
    QListWidget *list = m_window->navigation()->list();
    return list->item(static_cast<int>(area))->text();
}

QStringList TestMainWindow::menuTitles() const
{
    QStringList titles;
    for (QAction *action : m_window->menuBar()->actions())
        titles << action->text();
    return titles;
}

void TestMainWindow::testShowsTheBusinessAndTheClientsPage()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Studio Bella – Balcão"));
    QCOMPARE(m_window->navigation()->current(), NavigationBar::Area::Clients);
    QVERIFY(m_window->clientsPage()->isVisible());
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("navigationBusiness"))->text(),
             QStringLiteral("Studio Bella"));
    QCOMPARE(menuTitles(),
             (QStringList { QStringLiteral("&File"), QStringLiteral("&Language"),
                            QStringLiteral("&Help") }));
    QVERIFY(m_window->indicators()->databaseText().contains(QStringLiteral("Encrypted")));
}

void TestMainWindow::testLanguageSwitchRetranslatesLive_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("portuguese");
    QTest::newRow("page title") << QStringLiteral("pageTitle") << QStringLiteral("Clients")
                                << QStringLiteral("Clientes");
    QTest::newRow("editor title") << QStringLiteral("editorTitle") << QStringLiteral("New client")
                                  << QStringLiteral("Novo cliente");
    QTest::newRow("signed-in user")
        << QStringLiteral("signedInUser") << QStringLiteral("Signed in as maria")
        << QStringLiteral("Conectado como maria");
}

void TestMainWindow::testLanguageSwitchRetranslatesLive()
{
    QFETCH(QString, objectName);
    QFETCH(QString, english);
    QFETCH(QString, portuguese);
    // The clients page first: the conflicts page has titles of the same names.
    auto *label = m_window->clientsPage()->findChild<QLabel *>(objectName);
    if (!label)
        label = m_window->findChild<QLabel *>(objectName);
    QVERIFY(label);
    QCOMPARE(label->text(), english);
    QCOMPARE(navigationText(NavigationBar::Area::Clients), QStringLiteral("Clients"));

    QVERIFY(m_languages->switchTo(QStringLiteral("pt_BR")));
    QTRY_COMPARE(label->text(), portuguese);
    QTRY_COMPARE(navigationText(NavigationBar::Area::Clients), QStringLiteral("Clientes"));
    QCOMPARE(navigationText(NavigationBar::Area::Agenda), QStringLiteral("Agenda"));
    QCOMPARE(navigationText(NavigationBar::Area::Inventory), QStringLiteral("Estoque"));
    QCOMPARE(menuTitles(),
             (QStringList { QStringLiteral("&Arquivo"), QStringLiteral("&Idioma"),
                            QStringLiteral("Aj&uda") }));
    QVERIFY(m_window->indicators()->databaseText().contains(QStringLiteral("Criptografado")));
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("searchField"))->placeholderText(),
             QStringLiteral("Buscar por nome, telefone ou e-mail (Ctrl+F)"));
    // Numbers follow the language too.
    QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));

    QVERIFY(m_languages->switchTo(QStringLiteral("en")));
    QTRY_COMPARE(label->text(), english);
    QTRY_COMPARE(navigationText(NavigationBar::Area::Clients), QStringLiteral("Clients"));
}

void TestMainWindow::testLanguageMenuSwitchesAndIsRemembered()
{
    QMenu *menu = m_window->findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QStringList entries;
    QAction *portuguese = nullptr;
    for (QAction *action : menu->actions()) {
        entries << action->text();
        QCOMPARE(action->isChecked(), action->data().toString() == QLatin1String("en"));
        if (action->data().toString() == QLatin1String("pt_BR"))
            portuguese = action;
    }
    QCOMPARE(entries,
             (QStringList { QStringLiteral("English"), QStringLiteral("Português (Brasil)") }));
    QVERIFY(portuguese);
    portuguese->trigger();
    QTRY_COMPARE(navigationText(NavigationBar::Area::Clients), QStringLiteral("Clientes"));
    QVERIFY(portuguese->isChecked());
    QCOMPARE(m_settings->value(LanguageSwitcher::kSettingsKey).toString(), QStringLiteral("pt_BR"));
    // The next start picks the remembered language.
    QCOMPARE(LanguageSwitcher(*m_settings).preferred(), QStringLiteral("pt_BR"));
}

void TestMainWindow::testSavingAClientUpdatesTheStatusBar()
{
    const QString before = m_window->indicators()->syncText();
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("nameField"));
    QTest::keyClicks(name, QStringLiteral("Ana Lima"));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(m_window->indicators()->syncText() != before);
}

void TestMainWindow::testSyncThatBroughtChangesReloadsTheClientsList()
{
    const int before = m_window->clientsPage()->model()->rowCount();
    // A client arriving through sync is written by another connection: the
    // page did not make it and does not know.
    QVERIFY(ClientService(m_store->store())
                .create(ClientDraft { QStringLiteral("From the other terminal"), {}, {}, {} })
                .ok());
    SyncStatus quiet;
    quiet.lastApplied = 0;
    m_window->showSyncStatus(quiet);
    QCOMPARE(m_window->clientsPage()->model()->rowCount(), before);
    SyncStatus brought;
    brought.lastApplied = 1;
    m_window->showSyncStatus(brought);
    QCOMPARE(m_window->clientsPage()->model()->rowCount(), before + 1);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
