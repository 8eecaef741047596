// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Client.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QStringList>

namespace Balcao {

class LocalStore;

// Folds a duplicate client into the one that stays (the survivor), in one
// transaction of ordinary synced changes:
// - every appointment and reminder of the duplicate is rewritten to point at
//   the survivor, so history, metrics and messages follow;
// - the survivor's empty fields (phone, e-mail, notes, birthday,
//   communication preference) take the duplicate's values, tags are united
//   and VIP is kept if either was; marketing consent is never changed by a
//   merge (only the client gives or withdraws it);
// - the duplicate becomes a tombstone with merged_into = survivor;
// - an audit fact "client.merged" records what moved.
class ClientMerger
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ClientMerger)
public:
    struct Outcome
    {
        Client survivor; // as it is after the merge
        int appointmentsMoved = 0;
        int remindersMoved = 0;
        QStringList fieldsFilled; // column names taken from the duplicate
    };

    explicit ClientMerger(LocalStore &store);
    Result<Outcome> merge(const Id &duplicateId, const Id &survivorId, const Id &userId = {});

private:
    Result<int> repoint(const QString &table, const Id &from, const Id &to);
    LocalStore &m_store;
};

} // namespace Balcao
