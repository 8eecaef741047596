// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseKeyProvider.h"

#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>

namespace Balcao {

namespace {

Error keychainUnavailable(const Error &cause)
{
    return Error::security(
        QStringLiteral("key.keychainUnavailable"),
        QCoreApplication::translate("Balcao::DatabaseKeyProvider",
                                    "%1 Use a passphrase to protect the database instead.")
            .arg(cause.message));
}

} // namespace

DatabaseKeyProvider::DatabaseKeyProvider(SecretStore &secrets)
    : m_secrets(secrets)
{ }

QString DatabaseKeyProvider::accountFor(const QString &databasePath)
{
    return QStringLiteral("database-key:") + QFileInfo(databasePath).absoluteFilePath();
}

QString DatabaseKeyProvider::pendingAccountFor(const QString &databasePath)
{
    return accountFor(databasePath) + QStringLiteral(".pending");
}

QString DatabaseKeyProvider::pendingKeyInfoPath(const QString &databasePath)
{
    return PassphraseKey::keyInfoPath(databasePath) + QStringLiteral(".pending");
}

Result<DatabaseKey> DatabaseKeyProvider::createKey(const QString &databasePath,
                                                   const std::optional<QString> &passphrase)
{
    if (passphrase) {
        if (auto strong = PassphraseKey::checkStrength(*passphrase); !strong)
            return strong.error();
        const auto parameters = PassphraseKey::freshParameters();
        auto key = PassphraseKey::derive(*passphrase, parameters);
        if (!key)
            return key.error();
        if (auto written
            = PassphraseKey::writeParameters(PassphraseKey::keyInfoPath(databasePath), parameters);
            !written)
            return written.error();
        return key;
    }
    DatabaseKey key = DatabaseKey::generate();
    if (key.isNull())
        return Error::security(QStringLiteral("key.noEntropy"),
                               tr("The system could not provide random numbers for a key."));
    if (auto stored = m_secrets.write(accountFor(databasePath), key.bytes()); !stored)
        return keychainUnavailable(stored.error());
    return key;
}

Result<QList<DatabaseKey>>
DatabaseKeyProvider::candidateKeys(const QString &databasePath,
                                   const std::optional<QString> &passphrase)
{
    QList<DatabaseKey> keys;
    if (usesPassphrase(databasePath) || QFile::exists(pendingKeyInfoPath(databasePath))) {
        if (!passphrase)
            return Error::security(
                QStringLiteral("key.passphraseRequired"),
                tr("This database is protected by a passphrase. Enter it to open the database."));
        for (const QString &info : QStringList { PassphraseKey::keyInfoPath(databasePath),
                                                 pendingKeyInfoPath(databasePath) }) {
            if (!QFile::exists(info))
                continue;
            auto parameters = PassphraseKey::readParameters(info);
            if (!parameters)
                return parameters.error();
            auto key = PassphraseKey::derive(*passphrase, *parameters);
            if (!key)
                return key.error();
            keys << *key;
        }
    }
    // Keychain keys: the normal case, and after a re-key from a passphrase to
    // the keychain that was interrupted, the pending one.
    const bool keychainMode = !usesPassphrase(databasePath);
    for (const QString &account :
         QStringList { accountFor(databasePath), pendingAccountFor(databasePath) }) {
        auto secret = m_secrets.read(account);
        if (secret)
            keys << DatabaseKey::fromBytes(*secret);
        else if (keychainMode && secret.error().kind != Error::Kind::NotFound)
            return keychainUnavailable(secret.error());
    }
    if (keys.isEmpty())
        return Error::security(
            QStringLiteral("key.notInKeychain"),
            tr("The system keychain holds no key for this database. It may have been created "
               "by another user or on another computer."));
    return keys;
}

Result<DatabaseKey> DatabaseKeyProvider::unlockKey(const QString &databasePath,
                                                   const std::optional<QString> &passphrase)
{
    auto keys = candidateKeys(databasePath, passphrase);
    if (!keys)
        return keys.error();
    return keys->first();
}

Result<DatabaseKey> DatabaseKeyProvider::rekey(Database &database,
                                               const std::optional<QString> &newPassphrase)
{
    const QString path = database.path();
    DatabaseKey newKey;
    if (newPassphrase) {
        if (auto strong = PassphraseKey::checkStrength(*newPassphrase); !strong)
            return strong.error();
        const auto parameters = PassphraseKey::freshParameters();
        auto derived = PassphraseKey::derive(*newPassphrase, parameters);
        if (!derived)
            return derived.error();
        newKey = *derived;
        if (auto written = PassphraseKey::writeParameters(pendingKeyInfoPath(path), parameters);
            !written)
            return written.error();
    } else {
        newKey = DatabaseKey::generate();
        if (auto stored = m_secrets.write(pendingAccountFor(path), newKey.bytes()); !stored)
            return keychainUnavailable(stored.error());
    }

    if (auto changed = database.rekey(newKey); !changed) {
        QFile::remove(pendingKeyInfoPath(path));
        (void)m_secrets.remove(pendingAccountFor(path));
        return changed.error();
    }

    // The file now uses the new key: promote it, then drop the old material.
    if (newPassphrase) {
        QFile::remove(PassphraseKey::keyInfoPath(path));
        if (!QFile::rename(pendingKeyInfoPath(path), PassphraseKey::keyInfoPath(path)))
            return Error::storage(
                QStringLiteral("key.promoteFailed"),
                tr("The database was re-keyed but its key info could not be renamed; it is kept as "
                   "%1.")
                    .arg(pendingKeyInfoPath(path)));
        (void)m_secrets.remove(accountFor(path));
    } else {
        if (auto stored = m_secrets.write(accountFor(path), newKey.bytes()); !stored)
            return keychainUnavailable(stored.error());
        (void)m_secrets.remove(pendingAccountFor(path));
        QFile::remove(PassphraseKey::keyInfoPath(path));
    }
    return newKey;
}

void DatabaseKeyProvider::forget(const QString &databasePath)
{
    (void)m_secrets.remove(accountFor(databasePath));
    (void)m_secrets.remove(pendingAccountFor(databasePath));
    QFile::remove(PassphraseKey::keyInfoPath(databasePath));
    QFile::remove(pendingKeyInfoPath(databasePath));
}

} // namespace Balcao
