// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <optional>

namespace Balcao {

namespace {

// What a finished job reported, copied out of it.
struct JobOutcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

// QtKeychain is asynchronous; key handling happens before any window exists
// (and in the CLI), so wait for the job in a local event loop with a bound.
// The job lives on the heap and deletes itself when it finishes: after a
// timeout the backend (libsecret, D-Bus) still calls back into it later, and
// a job destroyed at the end of this function would crash the app then.
// Never with the insecure fallback (plain QSettings). An error when the
// keychain does not answer, or answers with an error other than `tolerated`
// (which the caller reads in the outcome).
Result<JobOutcome> runJob(QKeychain::Job *job, const QString &account, int timeoutMsecs,
                          QKeychain::Error tolerated = QKeychain::NoError)
{
    job->setInsecureFallback(false);
    job->setKey(account);
    QEventLoop loop;
    auto outcome = std::make_shared<std::optional<JobOutcome>>();
    QObject::connect(job, &QKeychain::Job::finished, &loop, [outcome, &loop](QKeychain::Job *done) {
        auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done);
        *outcome = JobOutcome { done->error(), done->errorString(),
                                read ? read->binaryData() : QByteArray() };
        loop.quit();
    });
    QTimer::singleShot(timeoutMsecs, &loop, &QEventLoop::quit);
    job->setAutoDelete(true);
    job->start();
    if (!outcome->has_value())
        loop.exec();
    if (!outcome->has_value())
        return Error::security(QStringLiteral("keychain.timeout"),
                               KeychainSecretStore::tr("The system keychain did not answer."));
    const JobOutcome &done = **outcome;
    if (done.error != QKeychain::NoError && done.error != tolerated)
        return Error::security(QStringLiteral("keychain.unavailable"),
                               KeychainSecretStore::tr("The system keychain is not available: %1")
                                   .arg(done.errorString));
    return done;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMsecs)
    : m_service(std::move(service))
    , m_timeoutMsecs(timeoutMsecs)
{ }

Result<QByteArray> KeychainSecretStore::read(const QString &account)
{
    auto done = runJob(new QKeychain::ReadPasswordJob(m_service), account, m_timeoutMsecs,
                       QKeychain::EntryNotFound);
    if (!done)
        return done.error();
    if (done->error == QKeychain::EntryNotFound)
        return Error::notFound(QStringLiteral("keychain.notFound"),
                               tr("The system keychain has no key for this database."));
    return done->data;
}

Result<void> KeychainSecretStore::write(const QString &account, const QByteArray &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(secret);
    if (auto done = runJob(job, account, m_timeoutMsecs); !done)
        return done.error();
    return {};
}

Result<void> KeychainSecretStore::remove(const QString &account)
{
    // Removing what is not there leaves the keychain as asked.
    if (auto done = runJob(new QKeychain::DeletePasswordJob(m_service), account, m_timeoutMsecs,
                           QKeychain::EntryNotFound);
        !done)
        return done.error();
    return {};
}

} // namespace Balcao
