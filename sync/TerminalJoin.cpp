// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalJoin.h"

#include "SyncCredentials.h"
#include "security/DatabaseKeyProvider.h"
#include "security/PassphraseKey.h"
#include "security/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace Balcao {

namespace {

// Passes everything to the real secret store and remembers what was written,
// so that a join that is undone removes exactly its own entries (the key and
// the sync token), whatever they are called, and never asks a keychain that
// refused the first write again.
class RecordingSecretStore final : public SecretStore
{
public:
    explicit RecordingSecretStore(SecretStore &inner)
        : m_inner(inner)
    { }

    Result<QByteArray> read(const QString &account) override { return m_inner.read(account); }
    Result<void> write(const QString &account, const QByteArray &secret) override
    {
        auto written = m_inner.write(account, secret);
        if (written)
            m_written.insert(account);
        return written;
    }
    Result<void> remove(const QString &account) override
    {
        m_written.remove(account);
        return m_inner.remove(account);
    }

    void removeWritten()
    {
        for (const QString &account : std::as_const(m_written))
            (void)m_inner.remove(account);
        m_written.clear();
    }

private:
    SecretStore &m_inner;
    QSet<QString> m_written;
};

void removeDatabaseFiles(const QString &path)
{
    QFile::remove(PassphraseKey::keyInfoPath(path));
    for (const QString &suffix :
         { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

} // namespace

TerminalJoin::TerminalJoin(SecretStore &secrets)
    : m_secrets(secrets)
{ }

Result<TerminalJoin::Joined> TerminalJoin::join(const Request &request)
{
    const QString &path = request.databasePath;
    // Everything that can be checked before a file exists is checked first,
    // so that these refusals leave nothing behind.
    if (QFile::exists(path))
        return Error::conflict(QStringLiteral("join.exists"),
                               tr("%1 already exists; joining a business makes a new database.")
                                   .arg(QDir::toNativeSeparators(path)));
    if (request.code.trimmed().isEmpty())
        return Error::invalid(
            QStringLiteral("sync.noCode"),
            TerminalEnrolment::tr("Enter the enrolment code from your administrator."));

    RecordingSecretStore secrets(m_secrets);
    auto key = DatabaseKeyProvider(secrets).createKey(path, request.passphrase);
    if (!key) {
        // A passphrase key may have written its key info before failing.
        removeDatabaseFiles(path);
        return key.error();
    }
    LocalStore::Options options = request.storeOptions;
    options.mode = Database::OpenMode::CreateIfMissing;
    auto opened = LocalStore::open(path, *key, options);
    if (!opened) {
        secrets.removeWritten();
        removeDatabaseFiles(path);
        return opened.error();
    }
    std::unique_ptr<LocalStore> store = std::move(*opened);

    TerminalEnrolment enrolment(*store, secrets);
    enrolment.setProgress(m_progress);
    auto enrolled = enrolment.enrol(request.server, request.code, request.deviceName,
                                    /*freshStore*/ true);
    if (!enrolled) {
        // A store that cannot say whether it was enrolled is kept: removing
        // it could lose a terminal that was.
        const Result<bool> enrolledOnce = SyncCredentials(*store, secrets).isEnrolled();
        const bool keep
            = request.onFailure == OnFailure::KeepOnceEnrolled && (!enrolledOnce || *enrolledOnce);
        if (!keep) {
            store.reset(); // closed before its files go
            secrets.removeWritten();
            removeDatabaseFiles(path);
        }
        return enrolled.error();
    }
    return Joined { std::move(store), *key, *enrolled };
}

} // namespace Balcao
