// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TerminalEnrolment.h"
#include "security/DatabaseKey.h"
#include "storage/LocalStore.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>
#include <optional>

namespace Balcao {

class SecretStore;

// A new terminal of an existing business, made on a path with no database
// yet: creates the encrypted database (a random key in the keychain, or one
// derived from a passphrase), enrols it with the one-time code and fills it
// from the server's current state. `balcaoctl enroll` onto a new path and
// the app's "Join an existing business" both come here.
class TerminalJoin
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::TerminalJoin)
public:
    // What becomes of the new database when the join fails or is cancelled.
    enum class OnFailure {
        // Removed while the server has not accepted the code; once it has,
        // the database stays, enrolled, and the next sync round finishes it
        // (balcaoctl, where "balcaoctl sync" is the obvious next step).
        KeepOnceEnrolled,
        // Always removed, with its key and sync token: the app never opens a
        // business that is only half there. A code the server accepted is
        // used up, so a retry needs a new one.
        Remove,
    };

    struct Request
    {
        QString databasePath;
        std::optional<QString> passphrase; // none: a random key in the keychain
        QUrl server;
        QString code;
        QString deviceName;
        LocalStore::Options storeOptions;
        OnFailure onFailure = OnFailure::Remove;
    };

    struct Joined
    {
        std::unique_ptr<LocalStore> store;
        DatabaseKey key;
        TerminalEnrolment::Outcome outcome;
    };

    explicit TerminalJoin(SecretStore &secrets);
    void setProgress(TerminalEnrolment::Progress progress) { m_progress = std::move(progress); }

    // A keychain that does not answer gives "key.keychainUnavailable" before
    // anything is written: ask for a passphrase and call again with it.
    Result<Joined> join(const Request &request);

private:
    SecretStore &m_secrets;
    TerminalEnrolment::Progress m_progress;
};

} // namespace Balcao
