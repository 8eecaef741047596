// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuePayment.h"

#include "ClientAccount.h"
#include "PaymentLedger.h"
#include "cash/ShiftService.h"
#include "clients/ClientService.h"
#include "locations/LocationService.h"
#include "storage/LocalStore.h"

namespace Balcao {

DuePayment::DuePayment(LocalStore &store)
    : m_store(store)
{ }

QList<PaymentMethod> DuePayment::acceptedMethods()
{
    return { PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Pix };
}

Result<void> DuePayment::checkTender(const Tender &t)
{
    if (!acceptedMethods().contains(t.method))
        return Error::invalid(QStringLiteral("account.methodNotAccepted"),
                              tr("What is owed is paid in cash, by card or by PIX."));
    if (t.method == PaymentMethod::Card && t.reference.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("payment.cardReferenceRequired"),
                              tr("Type the card terminal's authorisation code."));
    return {};
}

Result<DueSettlement> DuePayment::settle(const Money &owed, const QList<Tender> &tenders)
{
    if (!owed.isPositive())
        return Error::invalid(QStringLiteral("account.nothingDue"), tr("The client owes nothing."));
    // Paying part of it is fine: what is not covered stays due.
    auto settled = PaymentAllocator::settle(owed, tenders, true);
    if (!settled)
        return settled.error();
    return DueSettlement { settled->paid, settled->change, settled->due, settled->tenders };
}

Result<Money> DuePayment::owed(const Id &clientId) const
{
    return ClientAccount(m_store).due(clientId);
}

Result<DuePayment::Outcome> DuePayment::pay(const DuePaymentRequest &r)
{
    if (auto client = ClientService(m_store).find(r.clientId); !client)
        return client.error();
    if (auto location = LocationService(m_store).find(r.locationId); !location)
        return location.error();
    if (r.tenders.isEmpty())
        return Error::invalid(QStringLiteral("account.noPayment"), tr("Say how the client pays."));
    for (const Tender &t : r.tenders) {
        if (auto accepted = checkTender(t); !accepted)
            return accepted.error();
    }
    Outcome out;
    auto written = m_store.transact([&]() -> Result<void> {
        ClientAccount account(m_store);
        // Read in the transaction: another payment cannot slip in between.
        auto owedNow = owed(r.clientId);
        if (!owedNow)
            return owedNow.error();
        auto settled = settle(*owedNow, r.tenders);
        if (!settled)
            return settled.error();
        std::optional<CashShift> shift;
        if (!r.drawerId.isNull()) {
            auto open = ShiftService(m_store).openShift(r.drawerId);
            if (!open)
                return open.error();
            shift = *open;
        }
        PaymentLedger payments(m_store);
        const qint64 now = m_store.clock().nowMsecsSinceEpoch();
        for (const AppliedTender &t : std::as_const(settled->tenders)) {
            if (t.tender.method == PaymentMethod::Cash && !shift)
                return Error::conflict(QStringLiteral("sale.noOpenShift"),
                                       tr("Open the cash drawer (start a shift) before taking "
                                          "cash."));
            Payment p = Payment::fromTender(t, now);
            p.clientId = r.clientId;
            p.shiftId = shift ? shift->id : Id();
            p.locationId = r.locationId;
            p.userId = r.userId;
            auto recorded = payments.record(p);
            if (!recorded)
                return recorded.error();
            ClientAccount::Entry e;
            e.clientId = r.clientId;
            e.kind = ClientAccount::Kind::Due;
            e.amount = t.applied.negated();
            e.paymentId = recorded->id;
            e.userId = r.userId;
            e.atMsecs = now;
            if (auto entry = account.record(e); !entry)
                return entry.error();
            out.payments << *recorded;
        }
        out.paid = settled->paid;
        out.change = settled->change;
        out.stillDue = settled->stillDue;
        return {};
    });
    if (!written)
        return written.error();
    return out;
}

} // namespace Balcao
