// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Balcao {

class LocalStore;

// This terminal's own values in the local_meta table: kept in the encrypted
// database with everything else, but never synced, because they describe
// this machine (its device id, its clock, its sync cursor and server, its
// cash drawer, its receipt printer), not the business. A test's temporary
// store has its own, so tests never touch a user's real settings.
//
// The only code that reads or writes the table. A read that fails is an
// error, never "no value": a terminal that cannot read its cursor must not
// pull from the start, nor one that cannot read its server think it was
// never enrolled.
class LocalMeta
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::LocalMeta)
public:
    explicit LocalMeta(LocalStore &store);

    // The value kept under `key`, or nullopt when there is none.
    Result<std::optional<QString>> read(const QString &key) const;
    // The value kept under `key`, or `fallback` when there is none.
    Result<QString> valueOr(const QString &key, const QString &fallback = {}) const;
    Result<void> setValue(const QString &key, const QString &value);
    // Keeps the larger of `number` and the integer kept under `key`: for
    // values that must only grow, such as the highest clock stamp observed.
    Result<void> raise(const QString &key, qint64 number);
    Result<void> remove(const QString &key);

private:
    LocalStore &m_store;
};

} // namespace Balcao
