// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/SecretStore.h"

#include <QHash>

namespace Balcao::Test {

// An in-memory keychain; setUnavailable(true) makes it fail like a keychain
// with no service behind it.
class MemorySecretStore final : public SecretStore
{
public:
    Result<QByteArray> read(const QString &account) override;
    Result<void> write(const QString &account, const QByteArray &secret) override;
    Result<void> remove(const QString &account) override;

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    bool contains(const QString &account) const { return m_secrets.contains(account); }
    int size() const { return static_cast<int>(m_secrets.size()); }

private:
    QHash<QString, QByteArray> m_secrets;
    bool m_unavailable = false;
};

} // namespace Balcao::Test
