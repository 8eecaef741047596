// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QUrl>

namespace Balcao {

class LocalStore;
class SecretStore;

// Where this terminal syncs to and the token it uses. The token goes to the
// OS keychain; a database protected by a passphrase (a machine with no
// keychain) keeps it inside the encrypted database instead. Never in plain
// text on disk either way.
class SyncCredentials
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::SyncCredentials)
public:
    SyncCredentials(LocalStore &store, SecretStore &secrets);

    struct Values
    {
        QUrl server;
        QByteArray token;
        QString businessId;
    };
    Result<void> save(const Values &values);
    // NotFound when this terminal was never enrolled.
    Result<Values> load() const;
    // An error when the store cannot tell.
    Result<bool> isEnrolled() const;

private:
    QString account() const;
    bool keepsTokenInDatabase() const;
    LocalStore &m_store;
    SecretStore &m_secrets;
};

} // namespace Balcao
