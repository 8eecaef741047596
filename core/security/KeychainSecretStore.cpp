// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

namespace Balcao {

namespace {

// QtKeychain is asynchronous; key handling happens before any window exists
// (and in the CLI), so wait for the job in a local event loop with a bound.
bool runJob(QKeychain::Job &job, int timeoutMsecs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMsecs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMsecs)
    : m_service(std::move(service))
    , m_timeoutMsecs(timeoutMsecs)
{
}

Result<QByteArray> KeychainSecretStore::read(const QString &account)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(account);
    if (!runJob(job, m_timeoutMsecs))
        return Error::security(QStringLiteral("keychain.timeout"), tr("The system keychain did not answer."));
    if (job.error() == QKeychain::EntryNotFound)
        return Error::notFound(QStringLiteral("keychain.notFound"), tr("The system keychain has no key for this database."));
    if (job.error() != QKeychain::NoError)
        return Error::security(QStringLiteral("keychain.unavailable"),
                               tr("The system keychain is not available: %1").arg(job.errorString()));
    return job.binaryData();
}

Result<void> KeychainSecretStore::write(const QString &account, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(account);
    job.setBinaryData(secret);
    if (!runJob(job, m_timeoutMsecs))
        return Error::security(QStringLiteral("keychain.timeout"), tr("The system keychain did not answer."));
    if (job.error() != QKeychain::NoError)
        return Error::security(QStringLiteral("keychain.unavailable"),
                               tr("The system keychain is not available: %1").arg(job.errorString()));
    return {};
}

Result<void> KeychainSecretStore::remove(const QString &account)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(account);
    if (!runJob(job, m_timeoutMsecs))
        return Error::security(QStringLiteral("keychain.timeout"), tr("The system keychain did not answer."));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Error::security(QStringLiteral("keychain.unavailable"),
                               tr("The system keychain is not available: %1").arg(job.errorString()));
    return {};
}

} // namespace Balcao
