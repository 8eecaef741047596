// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppStartup.h"

#include "StartupPrompts.h"
#include "security/DatabaseKeyProvider.h"
#include "security/PassphraseKey.h"
#include "security/SecretStore.h"
#include "settings/BusinessSettings.h"
#include "settings/BusinessSetup.h"
#include "settings/DemoSalon.h"
#include "shell/BusyCursor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>

namespace Balcao {

AppStartup::AppStartup(SecretStore &secrets, StartupPrompts &prompts)
    : m_secrets(secrets)
    , m_prompts(prompts)
{ }

QString AppStartup::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("balcao.db"));
}

Result<QString> AppStartup::readPassphraseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("startup.passphraseFileUnreadable"),
                              tr("Could not read the passphrase file %1: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    // Only the line break an editor or `echo` adds is dropped: spaces can be
    // part of a passphrase.
    QString passphrase = QString::fromUtf8(file.readLine());
    while (passphrase.endsWith(QLatin1Char('\n')) || passphrase.endsWith(QLatin1Char('\r')))
        passphrase.chop(1);
    if (passphrase.isEmpty())
        return Error::invalid(
            QStringLiteral("startup.passphraseFileEmpty"),
            tr("The passphrase file %1 is empty.").arg(QDir::toNativeSeparators(path)));
    return passphrase;
}

LocalStore::Options AppStartup::storeOptions(Database::OpenMode mode) const
{
    LocalStore::Options options;
    options.mode = mode;
    options.clock = m_clock;
    return options;
}

std::optional<Session> AppStartup::run(const QString &databasePath)
{
    const QString path = QFileInfo(databasePath).absoluteFilePath();
    return QFileInfo::exists(path) ? open(path) : create(path);
}

std::optional<Session> AppStartup::create(const QString &path)
{
    // Everything is asked before anything is written: a cancelled wizard
    // leaves no file behind. Joining is the exception, run from inside the
    // wizard because its progress and errors belong on the wizard's page;
    // it removes what it made unless it succeeds.
    std::optional<TerminalJoin::Joined> joined;
    std::optional<FirstRunAnswers> answers = m_prompts.askFirstRun(
        [&](const JoinAnswers &join, const TerminalEnrolment::Progress &progress) -> Result<void> {
            auto done = joinBusiness(path, join, progress);
            if (!done)
                return done.error();
            joined = std::move(*done);
            return {};
        });
    if (joined)
        return finishOpening(std::move(joined->store), joined->key);
    if (!answers || answers->joined)
        return std::nullopt;

    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_prompts.showError(
            tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(folder)));
        return std::nullopt;
    }

    DatabaseKeyProvider keys(m_secrets);
    bool keyInKeychain = !m_passphrase.has_value();
    Result<DatabaseKey> key = [&] {
        BusyCursor busy;
        return keys.createKey(path, m_passphrase);
    }();
    if (!key && key.error().code == QLatin1String("key.keychainUnavailable") && !m_passphrase) {
        keyInKeychain = false;
        std::optional<QString> chosen = m_prompts.choosePassphrase(path, key.error().message);
        if (!chosen)
            return std::nullopt;
        BusyCursor busy;
        key = keys.createKey(path, *chosen);
    }
    if (!key) {
        discardNewDatabase(path, false);
        m_prompts.showError(key.error().message);
        return std::nullopt;
    }

    auto opened = LocalStore::open(path, *key, storeOptions(Database::OpenMode::CreateIfMissing));
    if (!opened) {
        discardNewDatabase(path, keyInKeychain);
        m_prompts.showError(opened.error().message);
        return std::nullopt;
    }
    std::unique_ptr<LocalStore> store = std::move(*opened);
    if (auto done = setUpBusiness(*store, *answers); !done) {
        store.reset();
        discardNewDatabase(path, keyInKeychain);
        m_prompts.showError(done.error().message);
        return std::nullopt;
    }

    // The person who just chose the admin password is the one at the keyboard.
    auto admin = StaffService(*store).authenticate(answers->profile.adminLogin,
                                                   answers->profile.adminPassword);
    return Session { std::move(store), admin ? *admin : UserAccount {}, *key };
}

Result<TerminalJoin::Joined> AppStartup::joinBusiness(const QString &path,
                                                      const JoinAnswers &answers,
                                                      const TerminalEnrolment::Progress &progress)
{
    auto server = TerminalEnrolment::parseServer(answers.server);
    if (!server)
        return server.error();
    const QString folder = QFileInfo(path).absolutePath();
    const bool newFolder = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder))
        return Error::storage(
            QStringLiteral("startup.folder"),
            tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(folder)));

    TerminalJoin::Request request;
    request.databasePath = path;
    request.passphrase = m_passphrase;
    request.server = *server;
    request.code = answers.code;
    // The server needs a name to list the terminal under.
    request.deviceName = answers.deviceName.trimmed().isEmpty() ? QSysInfo::machineHostName()
                                                                : answers.deviceName.trimmed();
    request.storeOptions = storeOptions(Database::OpenMode::CreateIfMissing);
    request.onFailure = TerminalJoin::OnFailure::Remove;
    TerminalJoin join(m_secrets);
    join.setProgress(progress);
    auto joined = join.join(request);
    if (!joined && joined.error().code == QLatin1String("key.keychainUnavailable")
        && !m_passphrase) {
        if (std::optional<QString> chosen
            = m_prompts.choosePassphrase(path, joined.error().message)) {
            request.passphrase = *chosen;
            joined = join.join(request);
        } else {
            joined = Error::conflict(TerminalEnrolment::kCancelled,
                                     tr("No passphrase was chosen, so nothing was created."));
        }
    }
    if (!joined && newFolder)
        QDir().rmdir(folder); // only when empty: the folder was made for this database
    return joined;
}

Result<void> AppStartup::setUpBusiness(LocalStore &store, const FirstRunAnswers &answers)
{
    BusyCursor busy;
    // One transaction: the business and its sample data exist together or
    // not at all.
    return store.transact([&]() -> Result<void> {
        if (auto setUp = BusinessSetup(store).initialise(answers.profile); !setUp)
            return setUp.error();
        if (answers.sampleClients) {
            if (auto seeded = DemoSalon::seed(store); !seeded)
                return seeded.error();
        }
        return {};
    });
}

std::optional<Session> AppStartup::open(const QString &path)
{
    DatabaseKeyProvider keys(m_secrets);
    std::unique_ptr<LocalStore> store;
    DatabaseKey storeKey;
    const auto tryOpen = [&](const std::optional<QString> &passphrase) -> Result<void> {
        auto candidates = keys.candidateKeys(path, passphrase);
        if (!candidates)
            return candidates.error();
        // One key at a time (as openWithAnyKey does) to learn which one
        // opened it: the sync thread opens its own connection with it.
        std::optional<Error> firstError;
        for (const DatabaseKey &candidate : *candidates) {
            auto opened = LocalStore::openWithAnyKey(path, { candidate },
                                                     storeOptions(Database::OpenMode::MustExist));
            if (opened) {
                store = std::move(*opened);
                storeKey = candidate;
                return {};
            }
            if (opened.error().code != QLatin1String("database.wrongKey"))
                return opened.error();
            if (!firstError)
                firstError = opened.error();
        }
        if (firstError)
            return *firstError;
        return LocalStore::openWithAnyKey(path, {}, storeOptions(Database::OpenMode::MustExist))
            .error();
    };

    Result<void> opened = [&] {
        BusyCursor busy;
        return tryOpen(m_passphrase);
    }();
    if (!opened && opened.error().code == QLatin1String("key.passphraseRequired")
        && !m_passphrase) {
        if (!m_prompts.askPassphrase(
                path, [&](const QString &passphrase) { return tryOpen(passphrase); }))
            return std::nullopt;
    } else if (!opened) {
        m_prompts.showError(opened.error().message);
        return std::nullopt;
    }
    if (!store)
        return std::nullopt;
    return finishOpening(std::move(store), std::move(storeKey));
}

std::optional<Session> AppStartup::finishOpening(std::unique_ptr<LocalStore> store, DatabaseKey key)
{
    // A database made without a business (an interrupted `balcaoctl init`,
    // or a join of a business nobody has set up yet): finish the set-up
    // instead of refusing to start.
    const auto initialised = store->isInitialised();
    if (!initialised) {
        m_prompts.showError(initialised.error().message);
        return std::nullopt;
    }
    if (!*initialised) {
        std::optional<FirstRunAnswers> answers = m_prompts.askFirstRun({});
        if (!answers || answers->joined)
            return std::nullopt;
        if (auto done = setUpBusiness(*store, *answers); !done) {
            m_prompts.showError(done.error().message);
            return std::nullopt;
        }
    }
    return signIn(std::move(store), std::move(key));
}

std::optional<Session> AppStartup::signIn(std::unique_ptr<LocalStore> store, DatabaseKey key)
{
    const StaffService staff(*store);
    // Only a business with no user at all opens without signing in: a store
    // that cannot say who its users are must not open unlocked.
    const auto users = staff.users();
    if (!users) {
        m_prompts.showError(users.error().message);
        return std::nullopt;
    }
    if (users->isEmpty())
        return Session { std::move(store), UserAccount {}, std::move(key) };
    const auto business = BusinessSettings(*store).businessName();
    if (!business) {
        m_prompts.showError(business.error().message);
        return std::nullopt;
    }
    std::optional<UserAccount> user = m_prompts.signIn(staff, *business);
    if (!user)
        return std::nullopt;
    return Session { std::move(store), *user, std::move(key) };
}

void AppStartup::discardNewDatabase(const QString &path, bool keyInKeychain)
{
    // Only the keychain entry this run made is removed: asking a keychain
    // that just failed again would only add another wait.
    if (keyInKeychain)
        (void)m_secrets.remove(DatabaseKeyProvider::accountFor(path));
    QFile::remove(PassphraseKey::keyInfoPath(path));
    for (const QString &suffix :
         { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

} // namespace Balcao
