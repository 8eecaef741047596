// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QString>

namespace Balcao {

class LocalStore;

// This terminal's own values in the local_meta table: kept in the encrypted
// database with everything else, but never synced, because they describe
// this machine (its receipt printer, its sync cursor), not the business. A
// test's temporary store has its own, so tests never touch a user's real
// settings.
class LocalMeta
{
public:
    explicit LocalMeta(LocalStore &store);

    QString value(const QString &key, const QString &fallback = {}) const;
    Result<void> setValue(const QString &key, const QString &value);
    Result<void> remove(const QString &key);

private:
    LocalStore &m_store;
};

} // namespace Balcao
