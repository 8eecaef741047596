// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemorySecretStore.h"

namespace Balcao::Test {

namespace {
Error unavailable()
{
    return Error::security(QStringLiteral("keychain.unavailable"),
                           QStringLiteral("No keychain service (test)."));
}
} // namespace

Result<QByteArray> MemorySecretStore::read(const QString &account)
{
    if (m_unavailable)
        return unavailable();
    if (!m_secrets.contains(account))
        return Error::notFound(QStringLiteral("keychain.notFound"),
                               QStringLiteral("No such entry (test)."));
    return m_secrets.value(account);
}

Result<void> MemorySecretStore::write(const QString &account, const QByteArray &secret)
{
    if (m_unavailable)
        return unavailable();
    m_secrets.insert(account, secret);
    return {};
}

Result<void> MemorySecretStore::remove(const QString &account)
{
    if (m_unavailable)
        return unavailable();
    m_secrets.remove(account);
    return {};
}

} // namespace Balcao::Test
