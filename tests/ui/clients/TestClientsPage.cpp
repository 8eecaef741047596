// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeOutbox.h"
#include "TestStore.h"
#include "Translations.h"
#include "clients/ClientListModel.h"
#include "clients/ClientService.h"
#include "clients/ClientsPage.h"
#include "shell/FormMessage.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Balcao;

namespace {

// Answers the next modal message box with the button of `role`, and
// remembers its text so the test can check what was asked.
void answerNextMessageBox(QMessageBox::ButtonRole role, QString *askedText)
{
    QTimer::singleShot(0, [role, askedText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            qWarning("no message box to answer");
            return;
        }
        if (askedText)
            *askedText = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
        }
        qWarning("the message box has no button with the wanted role");
        box->reject();
    });
}

} // namespace

class TestClientsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testCtrlSCreatesTheTypedClient();
    void testEnterInAFieldSaves();
    void testSelectingAClientFillsTheFormAndSaveEdits();
    void testInvalidInputShowsTheErrorAndChangesNothing_data();
    void testInvalidInputShowsTheErrorAndChangesNothing();
    void testErrorIsTranslated();
    void testDeleteAsksThenTombstones();
    void testDeleteCancelledKeepsTheClient();
    void testSearchFiltersWhileTyping_data();
    void testSearchFiltersWhileTyping();
    void testCtrlFFocusesSearchAndCtrlNStartsANewClient();
    void testDownFromSearchGoesToTheList();
    void testTabOrderFollowsTheForm();

private:
    template<typename T> T *child(const char *name) const
    {
        auto *found = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    Id add(const QString &name, const QString &phone = {});
    ClientService clients() { return ClientService(m_store->store()); }

    std::unique_ptr<Test::TestStore> m_store;
    std::unique_ptr<ClientsPage> m_page;
};

Id TestClientsPage::add(const QString &name, const QString &phone)
{
    ClientDraft draft;
    draft.name = name;
    draft.phone = phone;
    auto created = clients().create(draft);
    if (!created)
        qFatal("%s", qPrintable(created.error().message));
    return created->id;
}

void TestClientsPage::init()
{
    installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("en")));
    m_store = std::make_unique<Test::TestStore>();
    m_store->initialiseBusiness();
    add(QStringLiteral("Ana Silva"), QStringLiteral("11 91234-5678"));
    add(QStringLiteral("Bruno Santos"), QStringLiteral("21 98765-4321"));
    add(QStringLiteral("Ana Costa"));
    m_page = std::make_unique<ClientsPage>(m_store->store());
    m_page->resize(1000, 600);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestClientsPage::cleanup()
{
    m_page.reset();
    m_store.reset();
}

void TestClientsPage::testCtrlSCreatesTheTypedClient()
{
    QSignalSpy changed(m_page.get(), &ClientsPage::clientsChanged);
    const int before = clients().count().value();
    // The page opens on an empty form with the focus in the name.
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("nameField"));
    QTest::keyClicks(child<QLineEdit>("nameField"), QStringLiteral("Maria  Souza "));
    QTest::keyClicks(child<QLineEdit>("phoneField"), QStringLiteral("(11) 99876-1234"));
    QTest::keyClicks(child<QLineEdit>("emailField"), QStringLiteral("Maria@Example.com"));
    QTest::keyClicks(child<QPlainTextEdit>("notesField"), QStringLiteral("Likes tea"));
    QTest::keyClick(child<QLineEdit>("nameField"), Qt::Key_S, Qt::ControlModifier);

    QCOMPARE(clients().count().value(), before + 1);
    const QList<Client> found = clients().list(QStringLiteral("Souza"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().name, QStringLiteral("Maria Souza"));
    QCOMPARE(found.first().phone, QStringLiteral("+5511998761234"));
    QCOMPARE(found.first().email, QStringLiteral("maria@example.com"));
    QCOMPARE(found.first().notes, QStringLiteral("Likes tea"));
    QCOMPARE(changed.count(), 1);
    // The form now edits the stored client, showing the cleaned values.
    QCOMPARE(m_page->editedClient(), found.first().id);
    QCOMPARE(child<QLineEdit>("phoneField")->text(), QStringLiteral("(11) 99876-1234"));
    QCOMPARE(child<FormMessage>("formMessage")->kind(), FormMessage::Kind::Success);
    // ... and it is selected in the list.
    const QModelIndex current = child<QTableView>("clientTable")->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(m_page->model()->clientAt(current.row()).id, found.first().id);
}

void TestClientsPage::testEnterInAFieldSaves()
{
    QTest::keyClicks(child<QLineEdit>("nameField"), QStringLiteral("Carla Dias"));
    QTest::keyClick(child<QLineEdit>("nameField"), Qt::Key_Return);
    QCOMPARE(clients().list(QStringLiteral("Carla")).size(), 1);
}

void TestClientsPage::testSelectingAClientFillsTheFormAndSaveEdits()
{
    auto *table = child<QTableView>("clientTable");
    const int row = m_page->model()->rowOf(clients().list(QStringLiteral("Bruno")).first().id);
    QVERIFY(row >= 0);
    const QRect rect = table->visualRect(m_page->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(child<QLineEdit>("nameField")->text(), QStringLiteral("Bruno Santos"));
    // The phone as people write it in the business's region; saving it as
    // shown changes nothing (it is the same number).
    QCOMPARE(child<QLineEdit>("phoneField")->text(), QStringLiteral("(21) 98765-4321"));
    QVERIFY(child<QPushButton>("deleteButton")->isEnabled());
    const qint64 pending = ChangeOutbox(m_store->store()).pendingCount();
    QTest::keyClick(child<QLineEdit>("phoneField"), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(clients().list(QStringLiteral("Bruno")).first().phone,
             QStringLiteral("+5521987654321"));
    QCOMPARE(ChangeOutbox(m_store->store()).pendingCount(), pending);

    auto *phone = child<QLineEdit>("phoneField");
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("+55 21 3333-4444"));
    QTest::keyClick(phone, Qt::Key_S, Qt::ControlModifier);
    const Client bruno = clients().list(QStringLiteral("Bruno")).first();
    QCOMPARE(bruno.phone, QStringLiteral("+552133334444"));
    QCOMPARE(clients().count().value(), 3);
}

void TestClientsPage::testInvalidInputShowsTheErrorAndChangesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("expectedError");
    QTest::addColumn<QString>("focused");
    QTest::newRow("e-mail without @")
        << QStringLiteral("Maria") << QString() << QStringLiteral("maria.example.com")
        << ClientService::cleanEmail(QStringLiteral("maria.example.com")).error().message
        << QStringLiteral("emailField");
    QTest::newRow("e-mail without domain")
        << QStringLiteral("Maria") << QString() << QStringLiteral("maria@example")
        << ClientService::cleanEmail(QStringLiteral("maria@example")).error().message
        << QStringLiteral("emailField");
    QTest::newRow("letters in phone")
        << QStringLiteral("Maria") << QStringLiteral("11 9abc-1234") << QString()
        << ClientService::cleanPhone(QStringLiteral("11 9abc-1234")).error().message
        << QStringLiteral("phoneField");
    QTest::newRow("phone too short")
        << QStringLiteral("Maria") << QStringLiteral("1234") << QString()
        << ClientService::cleanPhone(QStringLiteral("1234")).error().message
        << QStringLiteral("phoneField");
    QTest::newRow("no name") << QStringLiteral("   ") << QStringLiteral("11 91234-0000")
                             << QString()
                             << ClientService::cleanName(QStringLiteral("   ")).error().message
                             << QStringLiteral("nameField");
}

void TestClientsPage::testInvalidInputShowsTheErrorAndChangesNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, phone);
    QFETCH(QString, email);
    QFETCH(QString, expectedError);
    QFETCH(QString, focused);
    QVERIFY(!expectedError.isEmpty());
    const int before = clients().count().value();
    const int pending = ChangeOutbox(m_store->store()).pendingCount();
    QSignalSpy changed(m_page.get(), &ClientsPage::clientsChanged);

    QTest::keyClicks(child<QLineEdit>("nameField"), name);
    QTest::keyClicks(child<QLineEdit>("phoneField"), phone);
    QTest::keyClicks(child<QLineEdit>("emailField"), email);
    QTest::keyClick(child<QLineEdit>("nameField"), Qt::Key_S, Qt::ControlModifier);

    auto *message = child<FormMessage>("formMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), FormMessage::Kind::Error);
    QCOMPARE(message->text(), expectedError);
    QCOMPARE(QApplication::focusWidget()->objectName(), focused);
    QCOMPARE(clients().count().value(), before);
    QCOMPARE(ChangeOutbox(m_store->store()).pendingCount(), pending);
    QCOMPARE(changed.count(), 0);
    // What was typed is still there to be corrected.
    QCOMPARE(child<QLineEdit>("emailField")->text(), email);
    QVERIFY(m_page->editedClient().isNull());
}

void TestClientsPage::testErrorIsTranslated()
{
    QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("pt_BR"))));
    QTest::keyClicks(child<QLineEdit>("nameField"), QStringLiteral("Maria"));
    QTest::keyClicks(child<QLineEdit>("emailField"), QStringLiteral("maria.example.com"));
    QTest::keyClick(child<QLineEdit>("nameField"), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(child<FormMessage>("formMessage")->text(),
             QStringLiteral("\"maria.example.com\" não é um endereço de e-mail."));
    installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("en")));
}

void TestClientsPage::testDeleteAsksThenTombstones()
{
    const Id bruno = clients().list(QStringLiteral("Bruno")).first().id;
    auto *table = child<QTableView>("clientTable");
    table->setFocus();
    table->setCurrentIndex(m_page->model()->index(m_page->model()->rowOf(bruno), 0));
    QCOMPARE(m_page->editedClient(), bruno);
    QSignalSpy changed(m_page.get(), &ClientsPage::clientsChanged);

    QString asked;
    answerNextMessageBox(QMessageBox::DestructiveRole, &asked);
    QTest::keyClick(table, Qt::Key_Delete);

    QVERIFY2(asked.contains(QStringLiteral("Bruno Santos")), qPrintable(asked));
    QCOMPARE(clients().find(bruno).error().kind, Error::Kind::NotFound);
    auto tombstone = clients().find(bruno, true);
    QVERIFY(tombstone.ok());
    QVERIFY(tombstone->deleted);
    QCOMPARE(m_page->model()->rowOf(bruno), -1);
    QCOMPARE(m_page->model()->rowCount(), 2);
    QVERIFY(m_page->editedClient().isNull());
    QCOMPARE(changed.count(), 1);
}

void TestClientsPage::testDeleteCancelledKeepsTheClient()
{
    const Id ana = clients().list(QStringLiteral("Silva")).first().id;
    auto *table = child<QTableView>("clientTable");
    table->setCurrentIndex(m_page->model()->index(m_page->model()->rowOf(ana), 0));
    answerNextMessageBox(QMessageBox::RejectRole, nullptr);
    QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
    QVERIFY(clients().find(ana).ok());
    QCOMPARE(m_page->model()->rowCount(), 3);
    QCOMPARE(m_page->editedClient(), ana);
}

void TestClientsPage::testSearchFiltersWhileTyping_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("first letters")
        << QStringLiteral("ana")
        << QStringList { QStringLiteral("Ana Costa"), QStringLiteral("Ana Silva") };
    QTest::newRow("narrowing") << QStringLiteral("ana s")
                               << QStringList { QStringLiteral("Ana Silva") };
    QTest::newRow("phone digits") << QStringLiteral("98765")
                                  << QStringList { QStringLiteral("Bruno Santos") };
    QTest::newRow("nobody") << QStringLiteral("xyz") << QStringList {};
}

void TestClientsPage::testSearchFiltersWhileTyping()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, names);
    QTest::keyClick(m_page.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = child<QLineEdit>("searchField");
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, typed);
    // No Enter: the list follows the typing by itself.
    const auto shown = [this] {
        QStringList out;
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            out << m_page->model()->clientAt(row).name;
        return out;
    };
    QTRY_COMPARE(shown(), names);
    QTRY_COMPARE(m_page->model()->search(), typed);
    // Clearing the search lists everyone again.
    search->clear();
    QTRY_COMPARE(m_page->model()->rowCount(), 3);
}

void TestClientsPage::testCtrlFFocusesSearchAndCtrlNStartsANewClient()
{
    auto *table = child<QTableView>("clientTable");
    table->setCurrentIndex(m_page->model()->index(0, 0));
    QVERIFY(!m_page->editedClient().isNull());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("searchField"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_page->editedClient().isNull());
    QCOMPARE(child<QLineEdit>("nameField")->text(), QString());
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("nameField"));
    QVERIFY(!child<QPushButton>("deleteButton")->isEnabled());
}

void TestClientsPage::testDownFromSearchGoesToTheList()
{
    auto *search = child<QLineEdit>("searchField");
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Down);
    auto *table = child<QTableView>("clientTable");
    QCOMPARE(QApplication::focusWidget(), table);
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(child<QLineEdit>("nameField")->text(), m_page->model()->clientAt(0).name);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("nameField"));
}

void TestClientsPage::testTabOrderFollowsTheForm()
{
    const QStringList expected
        = { QStringLiteral("nameField"), QStringLiteral("phoneField"), QStringLiteral("emailField"),
            QStringLiteral("notesField"), QStringLiteral("saveButton") };
    child<QLineEdit>("nameField")->setFocus();
    QStringList visited { QApplication::focusWidget()->objectName() };
    for (int i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(visited, expected);
}

QTEST_MAIN(TestClientsPage)
#include "TestClientsPage.moc"
