// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QCoreApplication>

namespace Balcao {

// The operating system's keychain through QtKeychain (Secret Service on
// Linux, Keychain on macOS, Credential Manager on Windows). Its insecure
// plain-text fallback stays off: a keychain error is reported, never papered
// over.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::KeychainSecretStore)
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Balcao"),
                                 int timeoutMsecs = 15000);

    Result<QByteArray> read(const QString &account) override;
    Result<void> write(const QString &account, const QByteArray &secret) override;
    Result<void> remove(const QString &account) override;

private:
    QString m_service;
    int m_timeoutMsecs;
};

} // namespace Balcao
