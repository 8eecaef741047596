// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

namespace Balcao {

// Where secrets (database keys, device tokens) live. The real one is the OS
// keychain; tests use an in-memory one so they never touch the user's.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // Error::Kind::NotFound when there is no such entry; any other error means
    // the store itself did not answer.
    virtual Result<QByteArray> read(const QString &account) = 0;
    virtual Result<void> write(const QString &account, const QByteArray &secret) = 0;
    virtual Result<void> remove(const QString &account) = 0;
};

} // namespace Balcao
