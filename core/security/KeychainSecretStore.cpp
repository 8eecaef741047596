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
std::optional<JobOutcome> runJob(QKeychain::Job *job, int timeoutMsecs)
{
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
    return *outcome;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMsecs)
    : m_service(std::move(service))
    , m_timeoutMsecs(timeoutMsecs)
{ }

Result<QByteArray> KeychainSecretStore::read(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(account);
    const std::optional<JobOutcome> done = runJob(job, m_timeoutMsecs);
    if (!done)
        return Error::security(QStringLiteral("keychain.timeout"),
                               tr("The system keychain did not answer."));
    if (done->error == QKeychain::EntryNotFound)
        return Error::notFound(QStringLiteral("keychain.notFound"),
                               tr("The system keychain has no key for this database."));
    if (done->error != QKeychain::NoError)
        return Error::security(
            QStringLiteral("keychain.unavailable"),
            tr("The system keychain is not available: %1").arg(done->errorString));
    return done->data;
}

Result<void> KeychainSecretStore::write(const QString &account, const QByteArray &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setBinaryData(secret);
    const std::optional<JobOutcome> done = runJob(job, m_timeoutMsecs);
    if (!done)
        return Error::security(QStringLiteral("keychain.timeout"),
                               tr("The system keychain did not answer."));
    if (done->error != QKeychain::NoError)
        return Error::security(
            QStringLiteral("keychain.unavailable"),
            tr("The system keychain is not available: %1").arg(done->errorString));
    return {};
}

Result<void> KeychainSecretStore::remove(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(account);
    const std::optional<JobOutcome> done = runJob(job, m_timeoutMsecs);
    if (!done)
        return Error::security(QStringLiteral("keychain.timeout"),
                               tr("The system keychain did not answer."));
    if (done->error != QKeychain::NoError && done->error != QKeychain::EntryNotFound)
        return Error::security(
            QStringLiteral("keychain.unavailable"),
            tr("The system keychain is not available: %1").arg(done->errorString));
    return {};
}

} // namespace Balcao
