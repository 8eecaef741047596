// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptBuilder.h"

#include "ReturnService.h"
#include "SalesJournal.h"
#include "SalesSettings.h"
#include "clients/ClientService.h"
#include "locations/LocationService.h"
#include "settings/BusinessSettings.h"
#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QSqlQuery>

namespace Balcao {

namespace {

// One value from a one-row query; an invalid QVariant when there is no row
// (a row sync has not brought yet), an error when the store cannot be read.
Result<QVariant> scalar(LocalStore &store, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(store.database().connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    auto value = firstValue(q);
    if (!value)
        return value.error();
    return value->value_or(QVariant());
}

// A gift card is named by its last digits only: the code is what spends it.
Result<QString> giftCardDigits(LocalStore &store, const Id &cardId)
{
    auto code = scalar(store, QStringLiteral("SELECT code FROM gift_cards WHERE id = ?"),
                       { cardId.toString() });
    if (!code)
        return code.error();
    const QString text = code->toString();
    return text.isEmpty() ? QString() : QStringLiteral("****") + text.right(4);
}

} // namespace

ReceiptBuilder::ReceiptBuilder(LocalStore &store)
    : m_store(store)
{ }

Result<QLocale> ReceiptBuilder::receiptLocale() const
{
    const auto name = BusinessSettings(m_store).value(BusinessSettings::kLocale);
    if (!name)
        return name.error();
    return name->isEmpty() ? QLocale() : QLocale(*name);
}

Result<Receipt> ReceiptBuilder::forSale(const Id &saleId, const Options &options) const
{
    auto sale = SalesJournal(m_store).find(saleId);
    if (!sale)
        return sale.error();
    std::optional<SaleReturn> back;
    if (!sale->exchangeReturnId.isNull()) {
        auto found = ReturnService(m_store).find(sale->exchangeReturnId);
        if (!found)
            return found.error();
        back = *found;
    }
    return build(*sale, back, options);
}

Result<Receipt> ReceiptBuilder::forReturn(const Id &returnId, const Options &options) const
{
    auto back = ReturnService(m_store).find(returnId);
    if (!back)
        return back.error();
    std::optional<Sale> sale;
    if (!back->exchangeSaleId.isNull()) {
        auto found = SalesJournal(m_store).find(back->exchangeSaleId);
        if (!found)
            return found.error();
        sale = *found;
    }
    return build(sale, *back, options);
}

Result<Receipt> ReceiptBuilder::build(const std::optional<Sale> &sale,
                                      const std::optional<SaleReturn> &back,
                                      const Options &options) const
{
    const Currency currency = sale ? sale->currency() : back->currency();
    if (auto known = Money::zero(currency).requireCurrency(); !known)
        return known.error();
    Receipt r(currency);
    r.kind = sale && back ? ReceiptKind::Exchange : sale ? ReceiptKind::Sale : ReceiptKind::Return;
    r.reprint = options.reprint;
    r.locale = options.locale;
    auto businessName = BusinessSettings(m_store).businessName();
    if (!businessName)
        return businessName.error();
    const SalesSettings settings(m_store);
    auto taxId = settings.taxId();
    if (!taxId)
        return taxId.error();
    auto footer = settings.receiptFooter();
    if (!footer)
        return footer.error();
    r.businessName = *businessName;
    r.taxId = *taxId;
    r.footer = *footer;

    if (sale) {
        // A sale or an exchange: the new sale is the document.
        if (auto header
            = addHeader(r, sale->locationId, sale->atMsecs, sale->userId, sale->clientId);
            !header)
            return header.error();
        r.saleId = sale->id;
        r.number = sale->number;
        if (auto added = addSale(r, *sale); !added)
            return added.error();
    }
    if (back) {
        r.returnId = back->id;
        if (!sale) {
            if (auto header
                = addHeader(r, back->locationId, back->atMsecs, back->userId, back->clientId);
                !header)
                return header.error();
            r.number = back->number;
            r.saleId = back->saleId;
            if (!back->saleId.isNull()) {
                auto related
                    = scalar(m_store, QStringLiteral("SELECT number FROM sales WHERE id = ?"),
                             { back->saleId.toString() });
                if (!related)
                    return related.error();
                r.relatedNumber = related->toString();
            }
        } else {
            r.relatedNumber = back->number;
        }
        if (auto added = addReturn(r, *back); !added)
            return added.error();
    }
    if (auto balances = addBalances(r, sale ? sale->atMsecs : back->atMsecs); !balances)
        return balances.error();
    addPix(r);
    return r;
}

Result<void> ReceiptBuilder::addHeader(Receipt &r, const Id &locationId, qint64 atMsecs,
                                       const Id &userId, const Id &clientId) const
{
    auto location = LocationService(m_store).find(locationId);
    if (!location && location.error().kind != Error::Kind::NotFound)
        return location.error();
    if (location) {
        r.locationName = location->name;
        r.locationAddress = location->address;
        r.locationPhone = location->phone;
    }
    // Shown in the location's zone, wherever the terminal's clock is set.
    r.at = QDateTime::fromMSecsSinceEpoch(atMsecs,
                                          location ? location->timeZone() : QTimeZone::utc());
    auto cashier = scalar(m_store, QStringLiteral("SELECT login FROM users WHERE id = ?"),
                          { userId.toString() });
    if (!cashier)
        return cashier.error();
    r.cashier = cashier->toString();
    r.clientId = clientId;
    if (!clientId.isNull()) {
        // A client deleted since still named the sale.
        auto client = ClientService(m_store).find(clientId, true);
        if (!client && client.error().kind != Error::Kind::NotFound)
            return client.error();
        if (client) {
            r.clientName = client->name;
            r.clientEmail = client->email;
        }
    }
    return {};
}

Result<void> ReceiptBuilder::addSale(Receipt &r, const Sale &sale) const
{
    const Currency &c = r.currency;
    for (const SaleLine &l : sale.lines) {
        ReceiptLine line(c);
        line.description = l.description;
        line.sku = l.sku;
        line.quantity = l.quantity;
        line.unitPrice = l.unitPrice;
        auto discount = l.lineDiscount.plus(l.orderDiscount);
        if (!discount)
            return discount.error();
        line.discount = *discount;
        line.total = l.total;
        line.taxName = l.tax.name;
        line.taxRateBp = l.tax.rateBp;
        line.taxIncluded = l.tax.included;
        r.lines << line;
        if (l.tax.rateBp <= 0 && l.taxAmount.isZero())
            continue;
        // Per rate, in the order the rates first appear.
        auto tax = std::find_if(r.taxes.begin(), r.taxes.end(), [&](const ReceiptTax &t) {
            return t.name == l.tax.name && t.rateBp == l.tax.rateBp && t.included == l.tax.included;
        });
        if (tax == r.taxes.end()) {
            ReceiptTax added(c);
            added.name = l.tax.name;
            added.rateBp = l.tax.rateBp;
            added.included = l.tax.included;
            r.taxes << added;
            tax = r.taxes.end() - 1;
        }
        if (auto added = tax->base.add(l.net); !added)
            return added;
        if (auto added = tax->amount.add(l.taxAmount); !added)
            return added;
    }
    r.subtotal = sale.gross;
    r.discounts = sale.discount;
    r.tip = sale.tip;
    r.saleTotal = sale.total;
    r.due = sale.due;
    for (const Payment &p : sale.payments) {
        // The exchange credit nets to zero against the return: the client
        // sees the difference only.
        if (p.method == PaymentMethod::Exchange)
            continue;
        ReceiptPayment payment(p.method, p.amount);
        payment.tendered = p.tendered;
        payment.change = p.change;
        payment.reference = p.reference;
        if (p.method == PaymentMethod::GiftCard) {
            auto digits = giftCardDigits(m_store, p.giftCardId);
            if (!digits)
                return digits.error();
            payment.reference = *digits;
        }
        r.payments << payment;
    }
    return {};
}

Result<void> ReceiptBuilder::addReturn(Receipt &r, const SaleReturn &back) const
{
    const Currency &c = r.currency;
    for (const ReturnLine &l : back.lines) {
        ReceiptLine line(c);
        line.description = l.description;
        line.quantity = l.quantity;
        line.total = l.refund;
        r.returnedLines << line;
    }
    r.refundTotal = back.refund;
    r.refundTax = back.tax;
    // Refunded as money, store credit, gift card or exchange credit.
    Money moved = Money::zero(c);
    for (const Payment &p : back.payments) {
        if (auto added = moved.add(p.amount.negated()); !added)
            return added;
        if (p.method == PaymentMethod::Exchange)
            continue;
        ReceiptPayment refund(p.method, p.amount);
        refund.reference = p.reference;
        if (p.method == PaymentMethod::GiftCard) {
            auto digits = giftCardDigits(m_store, p.giftCardId);
            if (!digits)
                return digits.error();
            refund.reference = *digits;
        }
        r.payments << refund;
    }
    // The rest went off what the client owed for the sale: no money moved,
    // but the receipt must add up.
    auto offDue = moved.minus(back.refund);
    if (!offDue)
        return offDue.error();
    if (offDue->isNegative())
        r.payments << ReceiptPayment(PaymentMethod::Account, *offDue);
    return {};
}

Result<void> ReceiptBuilder::addBalances(Receipt &r, qint64 atMsecs) const
{
    // Balances as they stood right after this document (a reprint a month
    // later shows the same), from the same ledgers that define them.
    const auto accountBalance = [&](const QString &kind) -> Result<Money> {
        QSqlQuery q(m_store.database().connection());
        q.prepare(
            QStringLiteral("SELECT currency, sum(amount_minor) FROM client_account_entries"
                           " WHERE client_id = ? AND kind = ? AND at <= ? GROUP BY currency"));
        q.addBindValue(r.clientId.toString());
        q.addBindValue(kind);
        q.addBindValue(atMsecs);
        return sumInCurrency(q, r.currency);
    };
    bool storeCreditMoved = false;
    QList<Id> cards;
    for (const ReceiptPayment &p : std::as_const(r.payments))
        storeCreditMoved = storeCreditMoved || p.method == PaymentMethod::StoreCredit;
    const auto collectCards = [&](const QString &sql, const Id &documentId) -> Result<void> {
        if (documentId.isNull())
            return {};
        QSqlQuery q(m_store.database().connection());
        q.prepare(sql);
        q.addBindValue(documentId.toString());
        if (auto ran = execQuery(q); !ran)
            return ran;
        while (q.next()) {
            const Id card = Id::fromString(q.value(0).toString());
            if (!card.isNull() && !cards.contains(card))
                cards << card;
        }
        return {};
    };
    // Cards spent or loaded by this sale, and cards refunded to by the return.
    if (r.kind != ReceiptKind::Return) {
        if (auto found = collectCards(QStringLiteral("SELECT gift_card_id FROM gift_card_entries"
                                                     " WHERE sale_id = ? ORDER BY at, id"),
                                      r.saleId);
            !found)
            return found;
    }
    if (auto found = collectCards(QStringLiteral("SELECT gift_card_id FROM gift_card_entries"
                                                 " WHERE return_id = ? ORDER BY at, id"),
                                  r.returnId);
        !found)
        return found;

    if (!r.clientId.isNull() && storeCreditMoved) {
        auto credit = accountBalance(QStringLiteral("credit"));
        if (!credit)
            return credit.error();
        r.balancesAfter << ReceiptBalance(ReceiptBalance::Kind::StoreCredit, *credit);
    }
    for (const Id &card : std::as_const(cards)) {
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral("SELECT currency, sum(amount_minor) FROM gift_card_entries"
                                 " WHERE gift_card_id = ? AND at <= ? GROUP BY currency"));
        q.addBindValue(card.toString());
        q.addBindValue(atMsecs);
        auto held = sumInCurrency(q, r.currency);
        if (!held)
            return held.error();
        auto digits = giftCardDigits(m_store, card);
        if (!digits)
            return digits.error();
        ReceiptBalance balance(ReceiptBalance::Kind::GiftCard, *held);
        balance.reference = *digits;
        r.balancesAfter << balance;
    }
    bool dueMoved = !r.due.isZero();
    for (const ReceiptPayment &p : std::as_const(r.payments))
        dueMoved = dueMoved || p.method == PaymentMethod::Account;
    if (!r.clientId.isNull() && dueMoved) {
        auto due = accountBalance(QStringLiteral("due"));
        if (!due)
            return due.error();
        r.balancesAfter << ReceiptBalance(ReceiptBalance::Kind::Due, *due);
    }
    return {};
}

void ReceiptBuilder::addPix(Receipt &r) const
{
    // A code for what was paid would let the client pay it again: the only
    // amount a receipt asks for is what this sale left due. Without PIX
    // settings the receipt simply has no code.
    if (r.kind != ReceiptKind::Sale || !r.due.isPositive())
        return;
    if (auto code = SalesSettings(m_store).pixCodeFor(r.due, r.number))
        r.pixPayload = code->payload();
}

} // namespace Balcao
