// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Id.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QDate>

namespace Balcao {

class LocalStore;

struct GiftCard
{
    Id id;
    QString code;
    Currency currency; // what it is loaded and spent in
    qint64 issuedAtMsecs = 0;
    QDate expiresOn; // invalid: never
};

// Gift cards are sold as a sale line and spent as a payment. The balance is
// the sum of the card's entries (loads +, redemptions −). A card's id is
// derived from its code, so two terminals selling the same card offline
// write one card.
class GiftCards
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::GiftCards)
public:
    static constexpr int kMinCodeLength = 4;
    static constexpr int kMaxCodeLength = 32;

    explicit GiftCards(LocalStore &store);

    static Result<QString> normalizedCode(const QString &text);
    static Id cardId(const QString &normalizedCode);

    Result<GiftCard> findByCode(const QString &code) const;
    // In the card's currency. A storage error is an error, never a balance
    // of zero.
    Result<Money> balance(const GiftCard &card) const;

    // In the caller's transaction: the card, created when new.
    Result<GiftCard> ensure(const QString &code, const Currency &currency);
    // + loads the card, − spends from it.
    Result<void> addEntry(const Id &cardId, const Money &amount, const Id &saleId,
                          const Id &returnId, const Id &paymentId);

private:
    LocalStore &m_store;
};

} // namespace Balcao
