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
    giveBack.exchangeCreditMinor = 0;
    auto refund = returns.preview(giveBack);
    if (!refund)
        return refund.error();
    auto currency = Currency::fromCode(refund->currency);
    if (!currency)
        return currency.error();
    Money newItems = Money::zero(*currency);
    if (!request.takeNew.cart.lines.isEmpty()) {
        auto rounding = SalesSettings(m_store).taxRounding();
        if (!rounding)
            return rounding.error();
        auto totals = PriceCalculator::compute(request.takeNew.cart, *rounding);
        if (!totals)
            return totals.error();
        newItems = Money(totals->total, *currency);
    }
    const Money refunded(refund->refundMinor, *currency);
    // The refund pays the new items first; the preview then says where
    // whatever is left goes.
    const Money credit = RefundPlanner::exchangeCredit(refunded, newItems);
    if (!credit.isZero()) {
        giveBack.exchangeCreditMinor = credit.minorUnits();
        refund = returns.preview(giveBack);
        if (!refund)
            return refund.error();
    }
    return ExchangeSettlement { *refund, newItems, credit,
                                Money(newItems.minorUnits() - refunded.minorUnits(), *currency) };
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
    giveBack.exchangeCreditMinor = settlement->credit.minorUnits();
    takeNew.exchangeReturnId = giveBack.returnId;
    if (!settlement->credit.isZero())
        takeNew.tenders.prepend(
            Tender { PaymentMethod::Exchange, settlement->credit.minorUnits(), {}, {} });
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
    out.differenceMinor = out.sale.totalMinor - out.returned.refundMinor;
    return out;
}

} // namespace Balcao
