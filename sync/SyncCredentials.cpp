// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncCredentials.h"

#include "security/PassphraseKey.h"
#include "security/SecretStore.h"
#include "storage/LocalMeta.h"
#include "storage/LocalStore.h"

namespace Balcao {

namespace {

const QString kServer = QStringLiteral("sync.server");
const QString kBusiness = QStringLiteral("sync.business");
const QString kToken = QStringLiteral("sync.token");

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
        LocalMeta meta(m_store);
        Result<void> written = meta.setValue(kServer, values.server.toString());
        if (written)
            written = meta.setValue(kBusiness, values.businessId);
        if (written && keepsTokenInDatabase())
            written = meta.setValue(kToken, QString::fromLatin1(values.token));
        if (!written)
            return Error::storage(QStringLiteral("sync.credentials"),
                                  tr("Could not record the server of this terminal: %1")
                                      .arg(written.error().message));
        return {};
    });
}

Result<SyncCredentials::Values> SyncCredentials::load() const
{
    const LocalMeta meta(m_store);
    auto server = meta.valueOr(kServer);
    if (!server)
        return server.error();
    auto business = meta.valueOr(kBusiness);
    if (!business)
        return business.error();
    Values values;
    values.server = QUrl(*server);
    values.businessId = *business;
    if (values.server.isEmpty())
        return Error::notFound(
            QStringLiteral("sync.notEnrolled"),
            tr("This terminal is not connected to a server yet. Enrol it with a code from your "
               "administrator."));
    if (keepsTokenInDatabase()) {
        auto token = meta.valueOr(kToken);
        if (!token)
            return token.error();
        values.token = token->toLatin1();
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

Result<bool> SyncCredentials::isEnrolled() const
{
    auto server = LocalMeta(m_store).valueOr(kServer);
    if (!server)
        return server.error();
    return !server->isEmpty();
}

} // namespace Balcao
