// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Tender.h"
#include "common/Id.h"
#include "common/Money.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace Balcao {

// What a receipt documents.
enum class ReceiptKind {
    Sale,
    Return, // goods back, money refunded
    Exchange, // a return and a new sale settled together
};

// One line as printed. Amounts are positive; a returned line shows what it
// refunds.
struct ReceiptLine
{
    explicit ReceiptLine(const Currency &currency)
        : discount(Money::zero(currency))
        , total(Money::zero(currency))
    { }
    QString description;
    QString sku;
    qint64 quantity = 0;
    // Absent on returned lines: a partial refund is a share of the line's
    // total, not a unit price.
    std::optional<Money> unitPrice;
    Money discount; // the line's own and its share of the order's
    Money total; // what the line costs: its net, plus the tax when the tax is added
    QString taxName;
    int taxRateBp = 0;
    bool taxIncluded = true;
};

// The tax of one rate over the lines sold at it.
struct ReceiptTax
{
    explicit ReceiptTax(const Currency &currency)
        : base(Money::zero(currency))
        , amount(Money::zero(currency))
    { }
    QString name;
    int rateBp = 0;
    bool included = true;
    Money base; // the lines' nets
    Money amount;
};

// Money that moved; refunds are negative.
struct ReceiptPayment
{
    ReceiptPayment(PaymentMethod paymentMethod, Money paid)
        : method(paymentMethod)
        , amount(std::move(paid))
    { }
    PaymentMethod method;
    Money amount;
    std::optional<Money> tendered; // cash handed over
    std::optional<Money> change; // cash given back
    QString reference; // the card terminal's authorisation; a gift card's last digits
};

// A balance of the client's after this document, shown when the document
// moved it (store credit spent or refunded, a gift card spent or loaded, an
// amount left due).
struct ReceiptBalance
{
    enum class Kind { StoreCredit, GiftCard, Due };
    ReceiptBalance(Kind balanceKind, Money balance)
        : kind(balanceKind)
        , amount(std::move(balance))
    { }
    Kind kind;
    Money amount;
    QString reference; // a gift card's last digits
};

// Everything a receipt prints, as values: ReceiptBuilder makes it from the
// ledger; ReceiptLayout decides the order and the words; TextReceipt,
// EscPosReceipt and output/ReceiptPdf draw it. Amounts are Money; `at` is in
// the location's time zone; `locale` formats amounts and dates (the words
// follow the application's language, through tr()).
struct Receipt
{
    explicit Receipt(const Currency &receiptCurrency)
        : currency(receiptCurrency)
        , subtotal(Money::zero(receiptCurrency))
        , discounts(Money::zero(receiptCurrency))
        , tip(Money::zero(receiptCurrency))
        , saleTotal(Money::zero(receiptCurrency))
        , refundTotal(Money::zero(receiptCurrency))
        , refundTax(Money::zero(receiptCurrency))
        , due(Money::zero(receiptCurrency))
    { }

    ReceiptKind kind = ReceiptKind::Sale;
    bool reprint = false; // a copy: marked as such, and it never opens the drawer
    QLocale locale;

    QString businessName;
    QString taxId;
    QString locationName;
    QString locationAddress;
    QString locationPhone;

    // The sale: the one sold, the new one of an exchange, the one a return
    // gives back to (none for a return without receipt).
    Id saleId;
    Id returnId;
    Id clientId;
    // The document's number: the sale's, the return's, or the exchange's new
    // sale's.
    QString number;
    // The other document it refers to: the sale a return gives back to, the
    // return an exchange settles.
    QString relatedNumber;
    QDateTime at;
    QString cashier; // login
    QString clientName;
    QString clientEmail;

    Currency currency;
    QList<ReceiptLine> lines; // sold
    QList<ReceiptLine> returnedLines;
    Money subtotal; // unit price × quantity of the lines sold
    Money discounts; // taken off the lines sold
    QList<ReceiptTax> taxes; // of the lines sold, by rate
    Money tip;
    Money saleTotal; // what the lines sold cost, tip included
    Money refundTotal; // what the returned lines refund
    Money refundTax; // the tax inside the refund
    QList<ReceiptPayment> payments;
    Money due; // left on the client's account by this sale
    QList<ReceiptBalance> balancesAfter;
    // A BR Code for what this sale left due: a request to pay. Never one for
    // what was paid, which the client could scan and pay a second time.
    QString pixPayload;
    QString footer;

    // What the client pays (positive) or gets back (negative): the sale's
    // total, the refund, or an exchange's difference.
    Money total() const
    {
        return Money(saleTotal.minorUnits() - refundTotal.minorUnits(), currency);
    }
    Money includedTax() const { return taxOf(true); }
    Money addedTax() const { return taxOf(false); }
    // Cash went into the drawer: a receipt printer opens it.
    bool tookCash() const
    {
        for (const ReceiptPayment &p : payments) {
            if (p.method == PaymentMethod::Cash && !p.amount.isNegative() && !p.amount.isZero())
                return true;
        }
        return false;
    }

private:
    Money taxOf(bool included) const
    {
        qint64 sum = 0;
        for (const ReceiptTax &t : taxes)
            sum += t.included == included ? t.amount.minorUnits() : 0;
        return Money(sum, currency);
    }
};

} // namespace Balcao
