// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncCredentials.h"

#include "security/PassphraseKey.h"
#include "security/SecretStore.h"
#include "storage/LocalStore.h"

#include <QSqlQuery>

namespace Balcao {

namespace {

const QString kServer = QStringLiteral("sync.server");
const QString kBusiness = QStringLiteral("sync.business");
const QString kToken = QStringLiteral("sync.token");

QString readMeta(LocalStore &store, const QString &key)
{
    QSqlQuery query(store.database().connection());
    query.prepare(QStringLiteral("SELECT value FROM local_meta WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool writeMeta(LocalStore &store, const QString &key, const QString &value)
{
    QSqlQuery query(store.database().connection());
    query.prepare(QStringLiteral("INSERT INTO local_meta (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

} // namespace

SyncCredentials::SyncCredentials(LocalStore &store, SecretStore &secrets)
    : m_store(store)
    , m_secrets(secrets)
{ }

QString SyncCredentials::account() const
{
    return QStringLiteral("sync-token:") + m_store.database().path();
}

bool SyncCredentials::keepsTokenInDatabase() const
{
    return PassphraseKey::hasKeyInfo(m_store.database().path());
}

Result<void> SyncCredentials::save(const Values &values)
{
    if (!keepsTokenInDatabase()) {
        if (auto stored = m_secrets.write(account(), values.token); !stored)
            return stored.error();
    }
    return m_store.transact([&]() -> Result<void> {
        bool ok = writeMeta(m_store, kServer, values.server.toString())
            && writeMeta(m_store, kBusiness, values.businessId)
            && (!keepsTokenInDatabase()
                || writeMeta(m_store, kToken, QString::fromLatin1(values.token)));
        if (!ok)
            return Error::storage(QStringLiteral("sync.credentials"),
                                  tr("Could not record the server of this terminal."));
        return {};
    });
}

Result<SyncCredentials::Values> SyncCredentials::load() const
{
    Values values;
    values.server = QUrl(readMeta(m_store, kServer));
    values.businessId = readMeta(m_store, kBusiness);
    if (values.server.isEmpty())
        return Error::notFound(
            QStringLiteral("sync.notEnrolled"),
            tr("This terminal is not connected to a server yet. Enrol it with a code from your "
               "administrator."));
    if (keepsTokenInDatabase()) {
        values.token = readMeta(m_store, kToken).toLatin1();
    } else {
        auto token = m_secrets.read(account());
        if (!token)
            return Error::security(
                QStringLiteral("sync.noToken"),
                tr("The sync token of this terminal is not in the system keychain: %1")
                    .arg(token.error().message));
        values.token = *token;
    }
    return values;
}

bool SyncCredentials::isEnrolled() const
{
    return !readMeta(m_store, kServer).isEmpty();
}

} // namespace Balcao
