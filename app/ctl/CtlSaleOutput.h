// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/CheckoutService.h"
#include "sales/Return.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Balcao::Ctl {

class CtlContext;
class CtlShop;

// How sales, returns and their payments look on the command line: the JSON
// shapes docs/cli.md promises to scripts, and a receipt-like text for people.
// Amounts in JSON are strings in major units ("45.90") next to the document's
// currency, so no script ever meets a binary fraction; line positions count
// from 1, as on the receipt.
class CtlSaleOutput
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Ctl::CtlSaleOutput)
public:
    explicit CtlSaleOutput(const CtlShop &shop);

    // What was returned of a sale so far, read once for its JSON and text.
    struct Returned
    {
        QHash<QString, qint64> units; // by sale line id
        QList<SaleReturn> returns;
    };
    Result<Returned> returnedOf(const Sale &sale) const;
    // The sale with what was returned of it so far.
    QJsonObject saleJson(const Sale &sale, const Returned &returned) const;
    QStringList saleText(const Sale &sale, const Returned &returned) const;
    // With the sale's line positions, which are read.
    Result<QJsonObject> returnJson(const SaleReturn &r) const;
    QStringList returnText(const SaleReturn &r) const;
    // What `sale review` says before anything is written; `settled` is the
    // payments as they would apply, or why they would not.
    QJsonObject reviewJson(const Cart &cart, const CheckoutReview &review, const Id &approvedBy,
                           const Result<Settlement> &settled) const;
    QStringList reviewText(const Cart &cart, const CheckoutReview &review,
                           const Result<Settlement> &settled) const;
    // Prints the sale (with what was returned of it so far) or the return,
    // as JSON with --json, as text otherwise; gives the exit code.
    int report(CtlContext &ctx, const Sale &sale) const;
    int report(CtlContext &ctx, const SaleReturn &r) const;
    // One payment (or refund), as in a sale's "payments".
    QJsonObject paymentJson(const Payment &p) const;
    QString paymentText(const Payment &p) const;

private:
    QJsonObject lineJson(const SaleLine &line, qint64 returned) const;
    QJsonArray taxesJson(const QList<TaxSummary> &taxes) const;
    QString lineText(const SaleLine &line) const;
    QString clientName(const Id &clientId) const;
    static QList<SaleLine> linesOf(const Cart &cart, const CartTotals &totals);
    static QList<Payment> paymentsOf(const Settlement &settlement);
    const CtlShop &m_shop;
};

} // namespace Balcao::Ctl
