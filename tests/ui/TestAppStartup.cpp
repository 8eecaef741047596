// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppStartup.h"
#include "MemorySecretStore.h"
#include "StartupPrompts.h"
#include "clients/ClientService.h"
#include "security/DatabaseKeyProvider.h"
#include "security/PassphraseKey.h"
#include "settings/BusinessSettings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <deque>

using namespace Balcao;

namespace {

// Answers AppStartup's questions from a script and records what it was
// asked, so each path of the start-up is tested without a window.
class ScriptedPrompts final : public StartupPrompts
{
public:
    std::optional<FirstRunAnswers> firstRun;
    std::deque<QString> passphrases; // typed one after the other at the unlock prompt
    std::optional<QString> chosenPassphrase;
    std::optional<QString> signInAs; // a login; the password is checked with kPassword
    QString password;

    int firstRunAsked = 0;
    bool joinOffered = false;
    int passphraseAsked = 0;
    QStringList passphraseErrors;
    QString chooseReason;
    int signInAsked = 0;
    QStringList errors;

    std::optional<FirstRunAnswers> askFirstRun(const JoinBusiness &join) override
    {
        ++firstRunAsked;
        joinOffered = static_cast<bool>(join);
        return firstRun;
    }
    std::optional<QString> askPassphrase(const QString &, const PassphraseCheck &check) override
    {
        ++passphraseAsked;
        while (!passphrases.empty()) {
            const QString next = passphrases.front();
            passphrases.pop_front();
            auto checked = check(next);
            if (checked)
                return next;
            passphraseErrors << checked.error().message;
        }
        return std::nullopt; // the person gave up
    }
    std::optional<QString> choosePassphrase(const QString &, const QString &reason) override
    {
        chooseReason = reason;
        return chosenPassphrase;
    }
    std::optional<UserAccount> signIn(const StaffService &staff, const QString &) override
    {
        ++signInAsked;
        if (!signInAs)
            return std::nullopt;
        auto account = staff.authenticate(*signInAs, password);
        if (!account)
            return std::nullopt;
        return *account;
    }
    void showError(const QString &message) override { errors << message; }
};

FirstRunAnswers answers(bool sampleClients = false)
{
    FirstRunAnswers out;
    out.profile.businessName = QStringLiteral("Studio Bella");
    out.profile.currencyCode = QStringLiteral("BRL");
    out.profile.locale = QStringLiteral("pt_BR");
    out.profile.locationName = QStringLiteral("Centro");
    out.profile.timeZoneId = QStringLiteral("America/Sao_Paulo");
    out.profile.deviceName = QStringLiteral("Caixa 1");
    out.profile.adminName = QStringLiteral("Maria Lima");
    out.profile.adminLogin = QStringLiteral("maria");
    out.profile.adminPassword = QStringLiteral("s3cret-pass");
    out.sampleClients = sampleClients;
    return out;
}

const QString kPassphrase = QStringLiteral("correct horse battery");

} // namespace

class TestAppStartup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void testFirstRunKeepsTheKeyInTheKeychain();
    void testFirstRunWithSampleClients();
    void testKeychainUnavailableAsksForAPassphrase();
    void testKeychainUnavailableAndNoPassphraseWritesNothing();
    void testCancelledWizardWritesNothing();
    void testRefusedSetUpWritesNothing_data();
    void testRefusedSetUpWritesNothing();
    void testReopenAsksToSignIn();
    void testCancelledSignInGivesNoSession();
    void testWrongPassphraseIsAskedAgain();
    void testPassphraseFromFileNeedsNoPrompt();
    void testWrongPassphraseFromFileIsAnError();
    void testReadPassphraseFile_data();
    void testReadPassphraseFile();

private:
    // The first run, which sets the business up at m_path; with `passphrase`
    // the key comes from it, else the keychain keeps a new one.
    void setUpBusiness(const QString &passphrase = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    Test::MemorySecretStore m_keychain;
};

void TestAppStartup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("shop/balcao.db"));
    m_keychain = Test::MemorySecretStore();
}

void TestAppStartup::setUpBusiness(const QString &passphrase)
{
    ScriptedPrompts prompts;
    prompts.firstRun = answers();
    AppStartup startup(m_keychain, prompts);
    if (!passphrase.isEmpty())
        startup.setPassphrase(passphrase);
    QVERIFY(startup.run(m_path));
}

void TestAppStartup::testFirstRunKeepsTheKeyInTheKeychain()
{
    ScriptedPrompts prompts;
    prompts.firstRun = answers();
    auto session = AppStartup(m_keychain, prompts).run(m_path);
    QVERIFY(session);
    QVERIFY(prompts.errors.isEmpty());
    QVERIFY(prompts.joinOffered); // a new computer may join a business instead (TestJoinBusiness)
    QCOMPARE(BusinessSettings(*session->store).businessName().value(),
             QStringLiteral("Studio Bella"));
    QCOMPARE(session->user.login, QStringLiteral("maria"));
    QCOMPARE(session->user.role, Role::Admin);
    QVERIFY(QFile::exists(m_path)); // the folder was created too
    QVERIFY(m_keychain.contains(DatabaseKeyProvider::accountFor(m_path)));
    QVERIFY(!PassphraseKey::hasKeyInfo(m_path));
    QCOMPARE(ClientService(*session->store).count().value(), 0);
}

void TestAppStartup::testFirstRunWithSampleClients()
{
    ScriptedPrompts prompts;
    prompts.firstRun = answers(true);
    auto session = AppStartup(m_keychain, prompts).run(m_path);
    QVERIFY(session);
    const QList<Client> clients = ClientService(*session->store).list();
    QCOMPARE(clients.size(), AppStartup::kSampleClientCount);
    // Deterministic and plausible: every one passes the same rules as typed ones.
    QSet<QString> names;
    for (const Client &client : clients) {
        names.insert(client.name);
        QVERIFY(ClientService::cleanPhone(client.phone).ok());
    }
    QCOMPARE(names.size(), clients.size());
}

void TestAppStartup::testKeychainUnavailableAsksForAPassphrase()
{
    m_keychain.setUnavailable(true);
    ScriptedPrompts prompts;
    prompts.firstRun = answers();
    prompts.chosenPassphrase = kPassphrase;
    auto session = AppStartup(m_keychain, prompts).run(m_path);
    QVERIFY2(session, qPrintable(prompts.errors.join(QLatin1Char('\n'))));
    QVERIFY(prompts.chooseReason.contains(QStringLiteral("passphrase")));
    QVERIFY(PassphraseKey::hasKeyInfo(m_path));
    QCOMPARE(m_keychain.size(), 0);
    session.reset();

    // The next start asks for that passphrase, and the keychain stays out of it.
    ScriptedPrompts again;
    again.passphrases = { kPassphrase };
    again.signInAs = QStringLiteral("maria");
    again.password = QStringLiteral("s3cret-pass");
    auto reopened = AppStartup(m_keychain, again).run(m_path);
    QVERIFY2(reopened, qPrintable(again.errors.join(QLatin1Char('\n'))));
    QCOMPARE(again.passphraseAsked, 1);
    QCOMPARE(again.firstRunAsked, 0);
}

void TestAppStartup::testKeychainUnavailableAndNoPassphraseWritesNothing()
{
    m_keychain.setUnavailable(true);
    ScriptedPrompts prompts;
    prompts.firstRun = answers();
    QVERIFY(!AppStartup(m_keychain, prompts).run(m_path));
    QVERIFY(!prompts.chooseReason.isEmpty());
    QVERIFY(!QFile::exists(m_path));
    QVERIFY(!PassphraseKey::hasKeyInfo(m_path));
}

void TestAppStartup::testCancelledWizardWritesNothing()
{
    ScriptedPrompts prompts;
    QVERIFY(!AppStartup(m_keychain, prompts).run(m_path));
    QCOMPARE(prompts.firstRunAsked, 1);
    QVERIFY(prompts.errors.isEmpty()); // a cancel is not an error
    QVERIFY(!QDir(QFileInfo(m_path).absolutePath()).exists());
    QCOMPARE(m_keychain.size(), 0);
}

void TestAppStartup::testRefusedSetUpWritesNothing_data()
{
    QTest::addColumn<bool>("withPassphrase");
    QTest::newRow("keychain") << false;
    QTest::newRow("passphrase") << true;
}

void TestAppStartup::testRefusedSetUpWritesNothing()
{
    QFETCH(bool, withPassphrase);
    ScriptedPrompts prompts;
    prompts.firstRun = answers(true);
    prompts.firstRun->profile.currencyCode
        = QStringLiteral("R$"); // refused by the core, after the key exists
    AppStartup startup(m_keychain, prompts);
    if (withPassphrase)
        startup.setPassphrase(kPassphrase);
    QVERIFY(!startup.run(m_path));
    QCOMPARE(prompts.errors.size(), 1);
    QCOMPARE(prompts.errors.first(), Currency::fromCode(QStringLiteral("R$")).error().message);
    const QStringList left
        = QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    QCOMPARE(m_keychain.size(), 0);
}

void TestAppStartup::testReopenAsksToSignIn()
{
    setUpBusiness();
    ScriptedPrompts prompts;
    prompts.signInAs = QStringLiteral("maria");
    prompts.password = QStringLiteral("s3cret-pass");
    auto session = AppStartup(m_keychain, prompts).run(m_path);
    QVERIFY(session);
    QCOMPARE(prompts.firstRunAsked, 0);
    QCOMPARE(prompts.passphraseAsked, 0); // the keychain had the key
    QCOMPARE(prompts.signInAsked, 1);
    QCOMPARE(session->user.login, QStringLiteral("maria"));
}

void TestAppStartup::testCancelledSignInGivesNoSession()
{
    setUpBusiness();
    ScriptedPrompts prompts;
    QVERIFY(!AppStartup(m_keychain, prompts).run(m_path));
    QCOMPARE(prompts.signInAsked, 1);
}

void TestAppStartup::testWrongPassphraseIsAskedAgain()
{
    setUpBusiness(kPassphrase);
    ScriptedPrompts prompts;
    prompts.passphrases = { QStringLiteral("wrong passphrase"), kPassphrase };
    prompts.signInAs = QStringLiteral("maria");
    prompts.password = QStringLiteral("s3cret-pass");
    auto session = AppStartup(m_keychain, prompts).run(m_path);
    QVERIFY(session);
    QCOMPARE(prompts.passphraseErrors.size(), 1);
    QVERIFY2(prompts.passphraseErrors.first().contains(QStringLiteral("does not open")),
             qPrintable(prompts.passphraseErrors.first()));
    QVERIFY(prompts.errors.isEmpty());
}

void TestAppStartup::testPassphraseFromFileNeedsNoPrompt()
{
    setUpBusiness(kPassphrase);
    QCOMPARE(m_keychain.size(), 0);
    ScriptedPrompts prompts;
    prompts.signInAs = QStringLiteral("maria");
    prompts.password = QStringLiteral("s3cret-pass");
    AppStartup startup(m_keychain, prompts);
    startup.setPassphrase(kPassphrase);
    QVERIFY(startup.run(m_path));
    QCOMPARE(prompts.passphraseAsked, 0);
}

void TestAppStartup::testWrongPassphraseFromFileIsAnError()
{
    setUpBusiness(kPassphrase);
    ScriptedPrompts prompts;
    AppStartup startup(m_keychain, prompts);
    startup.setPassphrase(QStringLiteral("not the passphrase"));
    QVERIFY(!startup.run(m_path));
    QCOMPARE(prompts.passphraseAsked, 0); // nobody to ask in an unattended run
    QCOMPARE(prompts.errors.size(), 1);
    QVERIFY(QFile::exists(m_path));
}

void TestAppStartup::testReadPassphraseFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // empty: an error
    QTest::newRow("line break dropped")
        << QByteArray("correct horse\n") << QStringLiteral("correct horse");
    QTest::newRow("CRLF dropped") << QByteArray("correct horse\r\n")
                                  << QStringLiteral("correct horse");
    QTest::newRow("spaces kept") << QByteArray(" correct horse \n")
                                 << QStringLiteral(" correct horse ");
    QTest::newRow("only the first line")
        << QByteArray("first\nsecond\n") << QStringLiteral("first");
    QTest::newRow("UTF-8") << QByteArray("senha secreta çãé\n")
                           << QStringLiteral("senha secreta çãé");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("just a line break") << QByteArray("\n") << QString();
}

void TestAppStartup::testReadPassphraseFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir->filePath(QStringLiteral("passphrase"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    auto read = AppStartup::readPassphraseFile(path);
    if (expected.isEmpty()) {
        QVERIFY(!read);
        QCOMPARE(read.error().code, QStringLiteral("startup.passphraseFileEmpty"));
    } else {
        QVERIFY(read);
        QCOMPARE(*read, expected);
    }
    QCOMPARE(
        AppStartup::readPassphraseFile(m_dir->filePath(QStringLiteral("missing"))).error().code,
        QStringLiteral("startup.passphraseFileUnreadable"));
}

QTEST_MAIN(TestAppStartup)
#include "TestAppStartup.moc"
