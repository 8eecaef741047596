// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Receipt.h"
#include "Return.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace Balcao {

class LocalStore;

// Makes the Receipt of a committed sale or return from the ledger, the
// location, the business settings and the client's balances. A sale that is
// half of an exchange (or its return) gives the exchange's receipt, so both
// ids print the same document.
class ReceiptBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ReceiptBuilder)
public:
    struct Options
    {
        QLocale locale; // amounts and dates; see receiptLocale()
        bool reprint = false;
    };

    explicit ReceiptBuilder(LocalStore &store);

    Result<Receipt> forSale(const Id &saleId, const Options &options) const;
    Result<Receipt> forReturn(const Id &returnId, const Options &options) const;

    // The business's language (business.locale) when set, else the system's:
    // a receipt speaks to the business's clients, whoever runs the terminal.
    Result<QLocale> receiptLocale() const;

private:
    Result<Receipt> build(const std::optional<Sale> &sale, const std::optional<SaleReturn> &back,
                          const Options &options) const;
    Result<void> addHeader(Receipt &receipt, const Id &locationId, qint64 atMsecs, const Id &userId,
                           const Id &clientId) const;
    Result<void> addSale(Receipt &receipt, const Sale &sale) const;
    Result<void> addReturn(Receipt &receipt, const SaleReturn &back) const;
    // A balance that cannot be read stops the receipt: it would print zero.
    Result<void> addBalances(Receipt &receipt, qint64 atMsecs) const;
    void addPix(Receipt &receipt) const;
    LocalStore &m_store;
};

} // namespace Balcao
