// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Id.h"

#include <QCoreApplication>
#include <QList>

namespace Balcao {

class LocalStore;

// A client's two balances, each the sum of ledger entries: store credit
// (what the business owes them, from returns) and the amount due (what they
// owe, from sales paid in part). Entries are written by checkout and returns
// in their transactions; nothing here is a stored total.
class ClientAccount
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ClientAccount)
public:
    enum class Kind { StoreCredit, Due };

    struct Entry
    {
        Id id;
        Id clientId;
        Kind kind = Kind::StoreCredit;
        qint64 amountMinor = 0; // + adds to the balance, − takes from it
        QString currency;
        Id saleId;
        Id returnId;
        Id paymentId;
        QString note;
        Id userId;
        qint64 atMsecs = 0;
    };

    explicit ClientAccount(LocalStore &store);

    // A storage error is an error, never a balance of zero.
    Result<qint64> storeCredit(const Id &clientId) const;
    Result<qint64> due(const Id &clientId) const;
    // What the client still owes for one sale (a refund of that sale pays
    // it first).
    Result<qint64> dueForSale(const Id &saleId) const;
    // Newest first.
    Result<QList<Entry>> entries(const Id &clientId, int limit) const;

    // Appends an entry in the caller's transaction.
    Result<Entry> record(Entry entry);

private:
    Result<qint64> balance(const Id &clientId, Kind kind) const;
    LocalStore &m_store;
};

} // namespace Balcao
