// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeService.h"

#include "ReturnService.h"
#include "SalesSettings.h"
#include "storage/LocalStore.h"

namespace Balcao {

ExchangeService::ExchangeService(LocalStore &store)
    : m_store(store)
{ }

Result<Exchange> ExchangeService::exchange(const ExchangeRequest &request)
{
    if (request.giveBack.saleId.isNull() && request.giveBack.approvedBy.isNull())
        return Error::security(QStringLiteral("return.noReceiptNeedsApproval"),
                               tr("A return without receipt needs a manager's approval."));
    ReturnService returns(m_store);
    auto preview = returns.preview(request.giveBack);
    if (!preview)
        return preview.error();
    auto totals
        = PriceCalculator::compute(request.takeNew.cart, SalesSettings(m_store).taxRounding());
    if (!totals)
        return totals.error();
    const qint64 credit = std::min(preview->refundMinor, totals->total);

    ReturnRequest giveBack = request.giveBack;
    CheckoutRequest takeNew = request.takeNew;
    giveBack.returnId = Id::generate(m_store.clock());
    takeNew.saleId = Id::generate(m_store.clock());
    giveBack.exchangeSaleId = takeNew.saleId;
    giveBack.exchangeCreditMinor = credit;
    takeNew.exchangeReturnId = giveBack.returnId;
    if (credit > 0)
        takeNew.tenders.prepend(Tender { PaymentMethod::Exchange, credit, {}, {} });
    if (takeNew.cart.clientId.isNull())
        takeNew.cart.clientId = preview->clientId;

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
