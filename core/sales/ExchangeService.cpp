// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeService.h"

#include "RefundPlanner.h"
#include "ReturnService.h"
#include "SalesSettings.h"
#include "storage/LocalStore.h"

namespace Balcao {

ExchangeService::ExchangeService(LocalStore &store)
    : m_store(store)
{ }

Result<ExchangeSettlement> ExchangeService::preview(const ExchangeRequest &request) const
{
    ReturnService returns(m_store);
    ReturnRequest giveBack = request.giveBack;
    giveBack.exchangeCredit.reset();
    auto refund = returns.preview(giveBack);
    if (!refund)
        return refund.error();
    Money newItems = Money::zero(refund->currency());
    if (!request.takeNew.cart.lines.isEmpty()) {
        auto rounding = SalesSettings(m_store).taxRounding();
        if (!rounding)
            return rounding.error();
        auto totals = PriceCalculator::compute(request.takeNew.cart, *rounding);
        if (!totals)
            return totals.error();
        newItems = totals->total;
    }
    const Money refunded = refund->refund;
    // The refund pays the new items first; the preview then says where
    // whatever is left goes.
    auto credit = RefundPlanner::exchangeCredit(refunded, newItems);
    if (!credit)
        return credit.error();
    if (!credit->isZero()) {
        giveBack.exchangeCredit = *credit;
        refund = returns.preview(giveBack);
        if (!refund)
            return refund.error();
    }
    auto difference = newItems.minus(refunded);
    if (!difference)
        return difference.error();
    return ExchangeSettlement { *refund, newItems, *credit, *difference };
}

Result<Exchange> ExchangeService::exchange(const ExchangeRequest &request)
{
    if (request.giveBack.saleId.isNull() && request.giveBack.approvedBy.isNull())
        return Error::security(QStringLiteral("return.noReceiptNeedsApproval"),
                               tr("A return without receipt needs a manager's approval."));
    auto settlement = preview(request);
    if (!settlement)
        return settlement.error();

    ReturnRequest giveBack = request.giveBack;
    CheckoutRequest takeNew = request.takeNew;
    giveBack.returnId = Id::generate(m_store.clock());
    takeNew.saleId = Id::generate(m_store.clock());
    giveBack.exchangeSaleId = takeNew.saleId;
    giveBack.exchangeCredit = settlement->credit;
    takeNew.exchangeReturnId = giveBack.returnId;
    if (!settlement->credit.isZero())
        takeNew.tenders.prepend(Tender { PaymentMethod::Exchange, settlement->credit, {}, {} });
    if (takeNew.cart.clientId.isNull())
        takeNew.cart.clientId = settlement->returned.clientId;

    ReturnService returns(m_store);
    Exchange out;
    auto written = m_store.transact([&]() -> Result<void> {
        auto returned = returns.createReturn(giveBack);
        if (!returned)
            return returned.error();
        out.returned = *returned;
        auto sold = CheckoutService(m_store).checkout(takeNew);
        if (!sold)
            return sold.error();
        out.sale = *sold;
        return {};
    });
    if (!written)
        return written.error();
    auto difference = out.sale.total.minus(out.returned.refund);
    if (!difference)
        return difference.error();
    out.difference = *difference;
    return out;
}

} // namespace Balcao
