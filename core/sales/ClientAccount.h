// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Id.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QList>

namespace Balcao {

class LocalStore;

// A client's two balances, each the sum of ledger entries: store credit
// (what the business owes them, from returns) and the amount due (what they
// owe, from sales paid in part). Entries are written by checkout and returns
// in their transactions; nothing here is a stored total. Balances are in the
// business's currency; an entry in another one is an error, not a term of
// the sum.
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
        Money amount; // + adds to the balance, − takes from it
        Id saleId;
        Id returnId;
        Id paymentId;
        QString note;
        Id userId;
        qint64 atMsecs = 0;
    };

    explicit ClientAccount(LocalStore &store);

    // A storage error is an error, never a balance of zero.
    Result<Money> storeCredit(const Id &clientId) const;
    Result<Money> due(const Id &clientId) const;
    // What the client still owes for one sale (a refund of that sale pays
    // it first).
    Result<Money> dueForSale(const Id &saleId) const;
    // Newest first.
    Result<QList<Entry>> entries(const Id &clientId, int limit) const;

    // Appends an entry in the caller's transaction.
    Result<Entry> record(Entry entry);

private:
    Result<Money> balance(const QString &where, const QVariantList &values) const;
    LocalStore &m_store;
};

} // namespace Balcao
