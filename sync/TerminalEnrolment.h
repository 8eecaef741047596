// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncSession.h"

#include <QCoreApplication>
#include <QUrl>

#include <functional>

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

    enum class Step {
        Enrolling, // trading the code for a token
        Receiving, // the business's current state, page by page
        CatchingUp, // sending this terminal's changes, receiving the latest
    };
    // Told before each exchange with the server, with the rows received so
    // far; answering false stops the enrolment there ("sync.cancelled"). The
    // exchange under way is not interrupted: the stop comes when it ends.
    using Progress = std::function<bool(Step step, int rowsReceived)>;
    static inline const QString kCancelled = QStringLiteral("sync.cancelled");

    // "https://host:port" → a URL, or a clear error.
    static Result<QUrl> parseServer(const QString &text);

    TerminalEnrolment(LocalStore &store, SecretStore &secrets);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // `freshStore`: the store holds no business yet and takes the server's.
    Result<Outcome> enrol(const QUrl &server, const QString &code, const QString &deviceName,
                          bool freshStore);

private:
    static Error explainRefusal(const Error &error, const QUrl &server);

    LocalStore &m_store;
    SecretStore &m_secrets;
    Progress m_progress;
};

} // namespace Balcao
