// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseKey.h"
#include "PassphraseKey.h"
#include "SecretStore.h"

#include <optional>

namespace Balcao {

class Database;

// Decides where the key of a database comes from. A database whose
// "<file>.keyinfo" exists is unlocked with a passphrase; any other one with a
// random key kept in the secret store (the OS keychain) under an account
// named after the file's absolute path.
class DatabaseKeyProvider
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::DatabaseKeyProvider)
public:
    explicit DatabaseKeyProvider(SecretStore &secrets);

    static QString accountFor(const QString &databasePath);
    static bool usesPassphrase(const QString &databasePath)
    {
        return PassphraseKey::hasKeyInfo(databasePath);
    }

    // For a new database: with a passphrase, derive the key and write the
    // key info; without, generate a random key and keep it in the keychain.
    // A keychain error comes back as "key.keychainUnavailable": ask the user
    // for a passphrase and call again.
    Result<DatabaseKey> createKey(const QString &databasePath,
                                  const std::optional<QString> &passphrase);
    // For an existing database. Error "key.passphraseRequired" when the
    // database uses a passphrase and none was given.
    Result<DatabaseKey> unlockKey(const QString &databasePath,
                                  const std::optional<QString> &passphrase);
    // All candidate keys in the order to try (a re-key interrupted by a crash
    // leaves a pending key that may be the one the file now uses).
    Result<QList<DatabaseKey>> candidateKeys(const QString &databasePath,
                                             const std::optional<QString> &passphrase);

    // Re-encrypts an open database: to a passphrase when given, else to a new
    // random key in the keychain. Crash-safe: the new key material is stored
    // as "pending" before the file changes and promoted after.
    Result<DatabaseKey> rekey(Database &database, const std::optional<QString> &newPassphrase);

    // Forgets the keychain entries and key info of a database that is gone.
    void forget(const QString &databasePath);

private:
    static QString pendingAccountFor(const QString &databasePath);
    static QString pendingKeyInfoPath(const QString &databasePath);
    SecretStore &m_secrets;
};

} // namespace Balcao
