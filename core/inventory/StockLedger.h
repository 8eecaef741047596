// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StockMovement.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QList>

namespace Balcao {

class LocalStore;

// Stock on hand is the sum of a product's movements at a location: never a
// stored number that two terminals could overwrite. Every movement is a
// ledger fact written through the ChangeWriter, so sync unions them by id.
class StockLedger
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::StockLedger)
public:
    static constexpr qint64 kMaxQuantity = 1000000;
    static constexpr int kMaxReasonLength = 500;

    explicit StockLedger(LocalStore &store);

    // Appends one movement in the caller's transaction (checkout, returns)
    // or its own. The id and time are filled in when empty.
    Result<StockMovement> record(StockMovement movement);

    // Goods in: a positive quantity, optionally with lot, expiry and cost (in
    // minor units of the product's currency: see StockMovement::unitCostMinor).
    Result<StockMovement> receive(const Id &productId, const Id &locationId, qint64 quantity,
                                  const QString &reason = {}, const QString &lot = {},
                                  const QDate &expiresOn = {},
                                  std::optional<qint64> unitCostMinor = {}, const Id &userId = {});
    // A count: writes the difference between `counted` and what the ledger
    // says, so the next sum equals the count. No movement when they agree.
    Result<std::optional<StockMovement>> adjustTo(const Id &productId, const Id &locationId,
                                                  qint64 counted, const QString &reason,
                                                  const Id &userId = {});
    // Taken out of stock as damaged, expired or lost.
    Result<StockMovement> writeOff(const Id &productId, const Id &locationId, qint64 quantity,
                                   const QString &reason, const Id &userId = {});

    // A storage error is an error, never an empty shelf.
    Result<qint64> onHand(const Id &productId, const Id &locationId) const;
    // Per location id (text), for a product's page.
    Result<QHash<QString, qint64>> onHandByLocation(const Id &productId) const;
    // Newest first.
    Result<QList<StockMovement>> movements(const Id &productId, const Id &locationId,
                                           int limit) const;

private:
    Result<void> checkProductAndLocation(const Id &productId, const Id &locationId) const;
    LocalStore &m_store;
};

} // namespace Balcao
