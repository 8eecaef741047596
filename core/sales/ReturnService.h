// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Return.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace Balcao {

class LocalStore;

// Returns against a sale (whole or in part, never more than was sold minus
// what was already returned) or, with a manager, without a receipt at the
// lowest recent price. The refund, the stock movements and the account or
// gift card entries commit in one transaction. Over-returns that only show
// up after sync (two terminals returning the same units offline) become
// conflicts (OverReturnCheck).
class ReturnService
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ReturnService)
public:
    explicit ReturnService(LocalStore &store);

    Result<QList<ReturnableLine>> returnable(const Id &saleId) const;
    // What a return would refund, line by line, and where the money would
    // go, without writing anything. A return without receipt is previewed
    // before a manager signs for it: only createReturn needs the approval.
    Result<SaleReturn> preview(const ReturnRequest &request) const;
    Result<SaleReturn> createReturn(const ReturnRequest &request);
    Result<SaleReturn> find(const Id &returnId) const;
    // The exact number, or failing that the one return whose number ends
    // with `number` ("7" or "R00007" for "CEN-7K2Q-R00007"), as a receipt
    // number is found.
    Result<SaleReturn> findByNumber(const QString &number) const;
    Result<QList<SaleReturn>> forSale(const Id &saleId) const;

    // The refund of `quantity` more units of a line of which `alreadyReturned`
    // went back before: the difference of the line's amount pro rata, so
    // any sequence of partial returns refunds exactly the line's amount.
    static Money proRata(const Money &lineAmount, qint64 lineQuantity, qint64 alreadyReturned,
                         qint64 quantity);
    // The lowest unit price (tax included) the product sold for at the
    // location in the last `days`, or its catalog price if lower or unsold;
    // in the product's currency (sales in another one do not count).
    Result<Money> lowestRecentPrice(const Id &productId, const Id &locationId, int days) const;

private:
    struct Plan;
    enum class Approval { Required, NotYet };
    Result<Plan> plan(const ReturnRequest &request, Approval approval) const;
    Result<void> write(const ReturnRequest &request, const Plan &plan, SaleReturn &out);
    LocalStore &m_store;
};

} // namespace Balcao
