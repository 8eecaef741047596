// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sale.h"
#include "common/Error.h"

namespace Balcao {

class LocalStore;

// Appends payments (and refunds, as negative amounts) to the ledger: the one
// place checkout, returns and account payments write money that moved.
class PaymentLedger
{
public:
    explicit PaymentLedger(LocalStore &store);
    // In the caller's transaction; fills in the id, time, device and location
    // when empty.
    Result<Payment> record(Payment payment);
    Result<QList<Payment>> forSale(const Id &saleId) const;
    Result<QList<Payment>> forReturn(const Id &returnId) const;

private:
    Result<QList<Payment>> query(const QString &column, const Id &id) const;
    LocalStore &m_store;
};

// The next number of this terminal for sales or returns: the sequence is
// one more than the highest this device has written, so it is derived from
// the ledger itself and survives restarts without a counter of its own.
struct DocumentNumber
{
    qint64 sequence = 0;
    QString number;
};
Result<DocumentNumber> nextDocumentNumber(LocalStore &store, const Id &locationId, bool forReturn);

} // namespace Balcao
