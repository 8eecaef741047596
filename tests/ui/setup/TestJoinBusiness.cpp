// SPDX-License-Identifier: GPL-3.0-or-later
#include "../WidgetTestHelpers.h"
#include "AppStartup.h"
#include "HttpSyncTransport.h"
#include "MemorySecretStore.h"
#include "Protocol.h"
#include "RefusingPort.h"
#include "StartupPrompts.h"
#include "SyncCredentials.h"
#include "SyncSession.h"
#include "TerminalEnrolment.h"
#include "TestTerminal.h"
#include "Translations.h"
#include "clients/ClientService.h"
#include "devices/DeviceRegistry.h"
#include "security/DatabaseKeyProvider.h"
#include "security/PassphraseKey.h"
#include "security/SignInDialog.h"
#include "settings/BusinessSettings.h"
#include "settings/BusinessSetup.h"
#include "setup/FirstRunPages.h"
#include "setup/FirstRunWizard.h"
#include "shell/AppStyle.h"
#include "shell/FormMessage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

const QString kLogin = QStringLiteral("maria");
const QString kPassword = QStringLiteral("s3cret-pass");

// Answers AppStartup with the real first-run wizard, which `drive` works
// like a person would (it ends by finishing or cancelling the wizard), and
// with a scripted sign-in and passphrase choice.
class WizardPrompts final : public StartupPrompts
{
public:
    std::function<void(FirstRunWizard &)> drive;
    std::optional<QString> chosenPassphrase;
    QString chooseReason;
    int firstRunAsked = 0;
    int signInAsked = 0;
    QStringList errors;

    std::optional<FirstRunAnswers> askFirstRun(const JoinBusiness &join) override
    {
        ++firstRunAsked;
        FirstRunWizard wizard(nullptr);
        wizard.setJoinBusiness(join);
        wizard.show();
        if (drive)
            drive(wizard);
        if (wizard.result() != QDialog::Accepted)
            return std::nullopt;
        if (wizard.joinedExistingBusiness())
            return FirstRunAnswers { {}, false, true };
        return FirstRunAnswers { wizard.profile(), wizard.addSampleClients(), false };
    }
    std::optional<QString> askPassphrase(const QString &, const PassphraseCheck &) override
    {
        return std::nullopt;
    }
    std::optional<QString> choosePassphrase(const QString &, const QString &reason) override
    {
        chooseReason = reason;
        return chosenPassphrase;
    }
    std::optional<UserAccount> signIn(const StaffService &staff, const QString &) override
    {
        ++signInAsked;
        auto account = staff.authenticate(kLogin, kPassword);
        return account ? std::optional<UserAccount>(*account) : std::nullopt;
    }
    void showError(const QString &message) override { errors << message; }
};

// A server that answers every request with one canned HTTP reply: another
// protocol version of balcaod, or something that is not balcaod at all.
class CannedHttpServer : public QTcpServer
{
public:
    explicit CannedHttpServer(QByteArray reply)
        : m_reply(std::move(reply))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_request.contains("\r\n\r\n"))
                        return;
                    socket->write(m_reply);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    static QByteArray reply(int status, const QByteArray &reason, const QByteArray &type,
                            const QByteArray &body)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type
            + "\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body;
    }

private:
    QByteArray m_reply;
    QByteArray m_request;
};

} // namespace

// A new computer joins a business that another terminal already put on a
// real in-process balcaod, from an empty path, through the wizard's widgets.
class TestJoinBusiness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testJoinFillsTheDatabaseFromTheServer();
    void testRealDialogsJoinThenSignIn();
    void testKeychainUnavailableJoinsWithAPassphrase();
    void testRefusedJoinLeavesNothing_data();
    void testRefusedJoinLeavesNothing();
    void testCancelWhileJoiningLeavesNothing_data();
    void testCancelWhileJoiningLeavesNothing();
    void testJoinPageScreenshots();

private:
    QString serverUrl() const { return m_server->url().toString(); }
    // The wizard's first page: "Join an existing business instead", Next.
    static void chooseJoin(FirstRunWizard &wizard);
    static void fillJoinPage(FirstRunWizard &wizard, const QString &server, const QString &code);
    static void finish(FirstRunWizard &wizard);
    // On the server's (fake) clock: a terminal whose clock is far ahead of
    // the server's has its changes refused.
    AppStartup makeStartup(StartupPrompts &prompts)
    {
        AppStartup startup(m_keychain, prompts);
        startup.setClock(&m_server->clock());
        return startup;
    }
    // Nothing of the database is left: no file, no folder, no keychain entry.
    void verifyNothingLeft();

    std::unique_ptr<ServerFixture> m_server;
    QString m_business;
    std::unique_ptr<TestTerminal> m_origin;
    QStringList m_originClients;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    MemorySecretStore m_keychain;
};

void TestJoinBusiness::initTestCase()
{
    QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("en"))));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
}

void TestJoinBusiness::init()
{
    // The origin: a business with an administrator and clients, already on
    // the server.
    m_server = std::make_unique<ServerFixture>(QStringLiteral("sqlite"));
    QVERIFY(m_server->ok());
    m_business = m_server->createBusiness();
    m_origin = std::make_unique<TestTerminal>();
    BusinessProfile profile;
    profile.businessName = QStringLiteral("Studio Bella");
    profile.locationName = QStringLiteral("Centro");
    profile.deviceName = QStringLiteral("Caixa 1");
    profile.adminName = QStringLiteral("Maria Lima");
    profile.adminLogin = kLogin;
    profile.adminPassword = kPassword;
    QVERIFY(BusinessSetup(*m_origin->store).initialise(profile));
    m_originClients = { QStringLiteral("Ana Costa"), QStringLiteral("Bruno Santos") };
    for (const QString &name : std::as_const(m_originClients))
        QVERIFY(ClientService(*m_origin->store).create(ClientDraft { name, {}, {}, {} }));
    QVERIFY(m_origin->join(*m_server, m_business, QStringLiteral("Caixa 1")));
    QVERIFY(m_origin->sync());

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("shop/balcao.db"));
    m_keychain = MemorySecretStore();
}

void TestJoinBusiness::cleanup()
{
    m_origin.reset();
    m_server.reset();
    m_dir.reset();
}

void TestJoinBusiness::chooseJoin(FirstRunWizard &wizard)
{
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::BusinessPageId));
    auto *join = wizard.findChild<QCheckBox *>(QStringLiteral("joinBusinessChoice"));
    QVERIFY(join && join->isVisible());
    QTest::mouseClick(join, Qt::LeftButton, {}, QPoint(5, join->height() / 2));
    QVERIFY(join->isChecked());
    // No business name needed: it comes from the server.
    QVERIFY(!wizard.findChild<QLineEdit *>(QStringLiteral("businessNameField"))->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::JoinPageId));
    QCOMPARE(wizard.button(QWizard::FinishButton)->text(), QStringLiteral("&Join business"));
}

void TestJoinBusiness::fillJoinPage(FirstRunWizard &wizard, const QString &server,
                                    const QString &code)
{
    auto *serverField = wizard.findChild<QLineEdit *>(QStringLiteral("serverField"));
    auto *codeField = wizard.findChild<QLineEdit *>(QStringLiteral("codeField"));
    auto *nameField = wizard.findChild<QLineEdit *>(QStringLiteral("deviceNameField"));
    serverField->clear();
    QTest::keyClicks(serverField, server);
    codeField->clear();
    QTest::keyClicks(codeField, code);
    nameField->clear();
    QTest::keyClicks(nameField, QStringLiteral("Caixa 2"));
}

void TestJoinBusiness::finish(FirstRunWizard &wizard)
{
    QAbstractButton *finishButton = wizard.button(QWizard::FinishButton);
    QVERIFY(finishButton->isEnabled());
    QTest::mouseClick(finishButton, Qt::LeftButton);
}

void TestJoinBusiness::verifyNothingLeft()
{
    QVERIFY(!QFile::exists(m_path));
    QVERIFY(!PassphraseKey::hasKeyInfo(m_path));
    QVERIFY2(!QFileInfo::exists(QFileInfo(m_path).absolutePath()),
             "the folder made for the database is left");
    QCOMPARE(m_keychain.size(), 0);
}

void TestJoinBusiness::testJoinFillsTheDatabaseFromTheServer()
{
    WizardPrompts prompts;
    const QString code = m_server->enrolmentCode(m_business);
    bool sawProgress = false;
    prompts.drive = [&](FirstRunWizard &wizard) {
        chooseJoin(wizard);
        fillJoinPage(wizard, serverUrl(), code);
        // The page shows what it is doing while the join waits on the server
        // (this timer runs in the join's own event loops).
        auto *progress = wizard.findChild<QProgressBar *>(QStringLiteral("joinProgress"));
        QTimer watcher;
        connect(&watcher, &QTimer::timeout, progress,
                [&, progress] { sawProgress = sawProgress || progress->isVisible(); });
        watcher.start(0);
        finish(wizard);
        QCOMPARE(wizard.page(FirstRunWizard::JoinPageId)->findChild<FormMessage *>()->text(),
                 QString());
    };
    auto session = makeStartup(prompts).run(m_path);
    QVERIFY2(session, qPrintable(prompts.errors.join(QLatin1Char('\n'))));
    QVERIFY(sawProgress);
    QCOMPARE(prompts.firstRunAsked, 1); // the business came from the server: no set-up
    QCOMPARE(prompts.signInAsked, 1); // with the origin's own administrator
    QCOMPARE(session->user.login, kLogin);

    // The origin's business and clients, in an encrypted file of this
    // computer whose key is in the keychain.
    QCOMPARE(BusinessSettings(*session->store).businessName().value(),
             QStringLiteral("Studio Bella"));
    QStringList names;
    for (const Client &client : ClientService(*session->store).list())
        names << client.name;
    names.sort();
    QCOMPARE(names, m_originClients);
    QVERIFY(QFile::exists(m_path));
    QVERIFY(m_keychain.contains(DatabaseKeyProvider::accountFor(m_path)));
    QVERIFY(!PassphraseKey::hasKeyInfo(m_path));
    QStringList devices;
    for (const Device &device : DeviceRegistry(*session->store).list().value())
        devices << device.name;
    QVERIFY2(devices.contains(QStringLiteral("Caixa 2")), qPrintable(devices.join(u',')));

    // Enrolled: its token is kept and it syncs with the origin from now on.
    auto credentials = SyncCredentials(*session->store, m_keychain).load();
    QVERIFY(credentials.ok());
    QCOMPARE(credentials->businessId, m_business);
    QVERIFY(
        ClientService(*session->store).create(ClientDraft { QStringLiteral("Carla"), {}, {}, {} }));
    HttpSyncTransport transport(credentials->server, credentials->token, Protocol::schemaVersion());
    QVERIFY(SyncSession(*session->store, transport).run().ok());
    QVERIFY(m_origin->sync());
    QCOMPARE(ClientService(*m_origin->store).list().size(), 3);
}

// The same through DialogPrompts, the app's own: the modal wizard and the
// sign-in dialog, answered from a timer as they come up.
void TestJoinBusiness::testRealDialogsJoinThenSignIn()
{
    const QString code = m_server->enrolmentCode(m_business);
    QTimer driver;
    bool acting = false;
    bool submitted = false;
    int signInShown = 0;
    connect(&driver, &QTimer::timeout, this, [&] {
        if (acting) // the join's own event loops run this timer too
            return;
        acting = true;
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *wizard = qobject_cast<FirstRunWizard *>(modal)) {
            if (wizard->currentId() == FirstRunWizard::BusinessPageId)
                chooseJoin(*wizard);
            if (wizard->currentId() == FirstRunWizard::JoinPageId && !submitted) {
                submitted = true;
                fillJoinPage(*wizard, serverUrl(), code);
                finish(*wizard);
                if (wizard->isVisible()) { // refused: give up rather than hang
                    qWarning("join refused: %s",
                             qPrintable(wizard->page(FirstRunWizard::JoinPageId)
                                            ->findChild<FormMessage *>()
                                            ->text()));
                    wizard->reject();
                }
            }
        } else if (auto *signIn = qobject_cast<SignInDialog *>(modal)) {
            ++signInShown;
            QTest::keyClicks(signIn->findChild<QLineEdit *>(QStringLiteral("loginField")), kLogin);
            auto *password = signIn->findChild<QLineEdit *>(QStringLiteral("passwordField"));
            QTest::keyClicks(password, kPassword);
            QTest::keyClick(password, Qt::Key_Return);
        } else if (modal) {
            qWarning("unexpected dialog %s", qPrintable(modal->objectName()));
            modal->close();
        }
        acting = false;
    });
    driver.start(20);
    DialogPrompts prompts(nullptr);
    auto session = makeStartup(prompts).run(m_path);
    driver.stop();
    QVERIFY(session);
    QVERIFY(submitted);
    QCOMPARE(signInShown, 1);
    QCOMPARE(session->user.login, kLogin);
    QCOMPARE(ClientService(*session->store).list().size(), m_originClients.size());
}

void TestJoinBusiness::testKeychainUnavailableJoinsWithAPassphrase()
{
    m_keychain.setUnavailable(true);
    WizardPrompts prompts;
    prompts.chosenPassphrase = QStringLiteral("correct horse battery");
    const QString code = m_server->enrolmentCode(m_business);
    prompts.drive = [&](FirstRunWizard &wizard) {
        chooseJoin(wizard);
        fillJoinPage(wizard, serverUrl(), code);
        finish(wizard);
    };
    auto session = makeStartup(prompts).run(m_path);
    QVERIFY2(session, qPrintable(prompts.errors.join(QLatin1Char('\n'))));
    QVERIFY(prompts.chooseReason.contains(QStringLiteral("passphrase")));
    QVERIFY(PassphraseKey::hasKeyInfo(m_path));
    QCOMPARE(m_keychain.size(), 0);
    // The token is kept inside the encrypted database instead.
    QVERIFY(SyncCredentials(*session->store, m_keychain).load().ok());
    QCOMPARE(ClientService(*session->store).list().size(), m_originClients.size());
}

void TestJoinBusiness::testRefusedJoinLeavesNothing_data()
{
    QTest::addColumn<QString>("server"); // %1: the real server's port; "refused", "canned"
    QTest::addColumn<QString>("code"); // "used", "good" or a code as typed
    QTest::addColumn<QByteArray>("canned"); // the reply of a server that is not this balcaod
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("focus");
    QTest::addRow("not an address")
        << QStringLiteral("sync example") << QStringLiteral("good") << QByteArray()
        << QStringLiteral("\"sync example\" is not a server address such as "
                          "https://sync.example.com:8420.")
        << QStringLiteral("serverField");
    QTest::addRow("nobody listening")
        << QStringLiteral("refused") << QStringLiteral("good") << QByteArray()
        << QStringLiteral("Check the address and this computer's network connection.")
        << QStringLiteral("serverField");
    QTest::addRow("unknown code")
        << QStringLiteral("http://127.0.0.1:%1") << QStringLiteral("AAAAA-BBBBB-CCCCC-DDDDD")
        << QByteArray()
        << QStringLiteral("This enrolment code is unknown, already used or expired. Ask your "
                          "administrator for a new one.")
        << QStringLiteral("codeField");
    QTest::addRow("used code")
        << QStringLiteral("http://127.0.0.1:%1") << QStringLiteral("used") << QByteArray()
        << QStringLiteral("This enrolment code is unknown, already used or expired. Ask your "
                          "administrator for a new one.")
        << QStringLiteral("codeField");
    const QByteArray otherProtocol = CannedHttpServer::reply(
        426, "Upgrade Required", "application/json",
        R"({"error":{"code":"protocol.unsupportedVersion","message":"This terminal speaks sync )"
        R"(protocol 1 but the server speaks 2. Update Balcão on this terminal."}})");
    QTest::addRow("another protocol version")
        << QStringLiteral("canned") << QStringLiteral("good") << otherProtocol
        << QStringLiteral("This terminal and the server run versions of Balcão that cannot sync "
                          "with each other. The server says: This terminal speaks sync protocol "
                          "1 but the server speaks 2. Update Balcão on this terminal.")
        << QStringLiteral("codeField");
    QTest::addRow("not a Balcão server")
        << QStringLiteral("canned") << QStringLiteral("good")
        << CannedHttpServer::reply(404, "Not Found", "text/html", "<h1>Not here</h1>")
        << QStringLiteral("Check the address with your administrator.")
        << QStringLiteral("serverField");
}

void TestJoinBusiness::testRefusedJoinLeavesNothing()
{
    QFETCH(QString, server);
    QFETCH(QString, code);
    QFETCH(QByteArray, canned);
    QFETCH(QString, message);
    QFETCH(QString, focus);
    CannedHttpServer cannedServer(canned);
    RefusingPort refusing; // nobody listens there, and it stays so until the end
    if (server == QStringLiteral("refused")) {
        QVERIFY(refusing.ok());
        server = QStringLiteral("http://127.0.0.1:%1").arg(refusing.port());
    } else if (server == QStringLiteral("canned")) {
        QVERIFY(cannedServer.listen(QHostAddress::LocalHost));
        server = QStringLiteral("http://127.0.0.1:%1").arg(cannedServer.serverPort());
    } else if (server.contains(QStringLiteral("%1"))) {
        server = server.arg(m_server->port());
    }
    if (code == QStringLiteral("good")) {
        code = m_server->enrolmentCode(m_business);
    } else if (code == QStringLiteral("used")) {
        code = m_server->enrolmentCode(m_business);
        TestTerminal first; // another computer took it
        QVERIFY(TerminalEnrolment(*first.store, first.secrets)
                    .enrol(m_server->url(), code, QStringLiteral("Caixa 9"), false)
                    .ok());
    }

    WizardPrompts prompts;
    prompts.drive = [&](FirstRunWizard &wizard) {
        chooseJoin(wizard);
        fillJoinPage(wizard, server, code);
        finish(wizard);
        // Refused: the wizard stays on the page with the reason under the
        // form, ready for a correction; nothing was made.
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::JoinPageId));
        auto *shown = wizard.page(FirstRunWizard::JoinPageId)->findChild<FormMessage *>();
        QCOMPARE(shown->kind(), FormMessage::Kind::Error);
        QVERIFY2(shown->text().endsWith(message), qPrintable(shown->text()));
        QVERIFY(wizard.focusWidget());
        QCOMPARE(wizard.focusWidget()->objectName(), focus);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
        verifyNothingLeft();
        wizard.reject(); // the person gives up
    };
    QVERIFY(!makeStartup(prompts).run(m_path));
    QVERIFY(prompts.errors.isEmpty()); // shown on the page, not again in a box
    QCOMPARE(prompts.signInAsked, 0);
    verifyNothingLeft();
}

void TestJoinBusiness::testCancelWhileJoiningLeavesNothing_data()
{
    QTest::addColumn<bool>("escape");
    QTest::addRow("Cancel button") << false;
    QTest::addRow("Esc") << true;
}

// Cancel pressed while the server is answering the enrolment: the join stops
// before the next request, and what it made (an enrolled database, its key
// and token) is removed. The wizard stays, to try again or give up.
void TestJoinBusiness::testCancelWhileJoiningLeavesNothing()
{
    QFETCH(bool, escape);
    WizardPrompts prompts;
    const QString code = m_server->enrolmentCode(m_business);
    bool cancelled = false;
    prompts.drive = [&](FirstRunWizard &wizard) {
        chooseJoin(wizard);
        fillJoinPage(wizard, serverUrl(), code);
        // Runs in the join's first wait on the network, once the page is busy.
        QTimer watcher;
        connect(&watcher, &QTimer::timeout, &wizard, [&] {
            if (cancelled
                || !wizard.findChild<QProgressBar *>(QStringLiteral("joinProgress"))->isVisible())
                return;
            QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
            QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
            QAbstractButton *cancel = wizard.button(QWizard::CancelButton);
            QVERIFY(cancel->isEnabled());
            if (escape)
                QTest::keyClick(&wizard, Qt::Key_Escape);
            else
                QTest::mouseClick(cancel, Qt::LeftButton);
            cancelled = true;
            QVERIFY(wizard.isVisible()); // the join is stopped, not the wizard
        });
        watcher.start(0);
        finish(wizard);
        watcher.stop();
        QVERIFY(cancelled);
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::JoinPageId));
        auto *shown = wizard.page(FirstRunWizard::JoinPageId)->findChild<FormMessage *>();
        QCOMPARE(shown->text(), QStringLiteral("Cancelled. Nothing was kept on this computer."));
        QVERIFY(!wizard.findChild<QProgressBar *>(QStringLiteral("joinProgress"))->isVisible());
        verifyNothingLeft();
        // Idle again: Cancel now closes the wizard.
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(!wizard.isVisible());
    };
    QVERIFY(!makeStartup(prompts).run(m_path));
    QVERIFY(prompts.errors.isEmpty());
    verifyNothingLeft(); // the key and the sync token included
    // The cancel came while the server was taking the code, so the join had
    // an enrolled database to remove, and the code is used up.
    TestTerminal later;
    QCOMPARE(TerminalEnrolment(*later.store, later.secrets)
                 .enrol(m_server->url(), code, QStringLiteral("Caixa 3"), false)
                 .error()
                 .code,
             QStringLiteral("enrol.invalidCode"));
}

// For docs/screenshots: BALCAO_SCREENSHOT_DIR=docs/screenshots.
void TestJoinBusiness::testJoinPageScreenshots()
{
    const QString dir = qEnvironmentVariable("BALCAO_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("BALCAO_SCREENSHOT_DIR is not set");
    applyAppStyle(*qApp); // as the app looks
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("pt_BR") }) {
        QVERIFY(installTranslations(*qApp, QLocale(language)));
        FirstRunWizard wizard(nullptr);
        wizard.setJoinBusiness([](const JoinAnswers &, const TerminalEnrolment::Progress &) {
            return Result<void>();
        });
        wizard.show();
        auto *join = wizard.findChild<QCheckBox *>(QStringLiteral("joinBusinessChoice"));
        QTest::mouseClick(join, Qt::LeftButton, {}, QPoint(5, join->height() / 2));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::JoinPageId));
        fillJoinPage(wizard, QStringLiteral("https://sync.studiobella.com.br:8420"),
                     QStringLiteral("K7QPM-2XWRT-9HDNF-4VBLC"));
        QVERIFY(waitForLayoutsSettled(wizard));
        QVERIFY(wizard.grab().save(dir + QStringLiteral("/first-run-join-%1.png").arg(language)));
    }
    QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("en"))));
}

QTEST_MAIN(TestJoinBusiness)
#include "TestJoinBusiness.moc"
