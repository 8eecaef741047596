// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncSession.h"

#include <QCoreApplication>
#include <QUrl>

namespace Balcao {

class LocalStore;
class SecretStore;

// Joins this terminal to a business on a server, for the CLI and the app
// alike: enrol under the terminal's own device id, keep the token, and
// either fill an empty store from the server's state (a new terminal) or
// send what an existing one has.
class TerminalEnrolment
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::TerminalEnrolment)
public:
    struct Outcome
    {
        QString businessId;
        int bootstrappedRows = 0;
        SyncSession::Report report;
    };

    // "https://host:port" → a URL, or a clear error.
    static Result<QUrl> parseServer(const QString &text);

    TerminalEnrolment(LocalStore &store, SecretStore &secrets);
    // `freshStore`: the store holds no business yet and takes the server's.
    Result<Outcome> enrol(const QUrl &server, const QString &code, const QString &deviceName,
                          bool freshStore);

private:
    LocalStore &m_store;
    SecretStore &m_secrets;
};

} // namespace Balcao
