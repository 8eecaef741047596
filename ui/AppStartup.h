// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/DemoSalon.h"

#include "TerminalJoin.h"
#include "common/Error.h"
#include "security/DatabaseKey.h"
#include "setup/JoinAnswers.h"
#include "staff/StaffService.h"
#include "storage/LocalStore.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace Balcao {

class SecretStore;
class StartupPrompts;
struct FirstRunAnswers;

// An open business: the unlocked store and who signed in (a null account
// when the database has no users, e.g. one made by `balcaoctl init`).
// The key stays in memory only, for the sync thread's own connection.
struct Session
{
    std::unique_ptr<LocalStore> store;
    UserAccount user;
    DatabaseKey key;
};

// From a database path to an open, signed-in session.
// - No file yet: the first-run wizard, then a new key in the keychain (or,
//   when the keychain does not answer, from a passphrase the person
//   chooses), then the business is set up in one transaction. Any failure
//   removes what was created, so a retry starts clean.
// - Or, from the same wizard, joining an existing business: TerminalJoin
//   makes the database the same way, enrols it and fills it from the
//   server; a failed or cancelled join removes everything it made. Then
//   sign-in, as for an existing file.
// - A file: its key from the keychain, or its passphrase (asked until right
//   or cancelled); then sign-in when the business has users.
// A failure is shown through the prompts and gives an empty optional; so
// does a cancel.
class AppStartup
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::AppStartup)
public:
    static constexpr int kSampleClientCount = DemoSalon::kClients;

    AppStartup(SecretStore &secrets, StartupPrompts &prompts);

    // A passphrase known up front (`--passphrase-file`, for runs with nobody
    // at the keyboard): new databases use it instead of the keychain, and
    // existing ones are opened with it without asking.
    void setPassphrase(std::optional<QString> passphrase) { m_passphrase = std::move(passphrase); }
    void setClock(const Clock *clock) { m_clock = clock; }

    std::optional<Session> run(const QString &databasePath);

    // The first line of a file, without its line break; an error when the
    // file cannot be read or holds no passphrase.
    static Result<QString> readPassphraseFile(const QString &path);
    // Where the database lives when no --db is given.
    static QString defaultDatabasePath();

private:
    std::optional<Session> create(const QString &path);
    Result<TerminalJoin::Joined> joinBusiness(const QString &path, const JoinAnswers &answers,
                                              const TerminalEnrolment::Progress &progress);
    std::optional<Session> open(const QString &path);
    std::optional<Session> finishOpening(std::unique_ptr<LocalStore> store, DatabaseKey key);
    Result<void> setUpBusiness(LocalStore &store, const FirstRunAnswers &answers);
    std::optional<Session> signIn(std::unique_ptr<LocalStore> store, DatabaseKey key);
    void discardNewDatabase(const QString &path, bool keyInKeychain);
    LocalStore::Options storeOptions(Database::OpenMode mode) const;

    SecretStore &m_secrets;
    StartupPrompts &m_prompts;
    std::optional<QString> m_passphrase;
    const Clock *m_clock = nullptr;
};

} // namespace Balcao
