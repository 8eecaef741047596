// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlSaleOutput.h"

#include "CtlContext.h"
#include "CtlJson.h"
#include "CtlShop.h"
#include "clients/ClientService.h"
#include "common/Money.h"
#include "sales/ReturnService.h"
#include "sales/SalesJournal.h"

namespace Balcao::Ctl {

namespace {

using CtlJson::amount;

// The receipt lists tax by rate; a sale keeps each line's rate as sold, so
// the summary is rebuilt from the lines rather than from today's classes.
Result<QList<TaxSummary>> taxesOf(const QList<SaleLine> &lines)
{
    QList<TaxSummary> out;
    for (const SaleLine &line : lines) {
        if (line.tax.rateBp == 0 && line.taxAmount.isZero())
            continue;
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const TaxSummary &t) { return t.rate == line.tax; });
        if (it == out.end()) {
            const Money zero = Money::zero(line.net.currency());
            it = out.insert(out.end(), TaxSummary { line.tax, zero, zero });
        }
        if (auto added = it->base.add(line.net); !added)
            return added.error();
        if (auto added = it->tax.add(line.taxAmount); !added)
            return added.error();
    }
    return out;
}

QString discountText(const Discount &d, const Currency &currency)
{
    if (d.isNone())
        return {};
    if (d.kind == Discount::Kind::Percent)
        return CtlShop::percentText(d.value) + QLatin1Char('%');
    return Money(d.value, currency).toPlainString();
}

QString shown(const Money &money)
{
    return money.toDisplayString(QLocale());
}

QString shown(const Result<Money> &money)
{
    return money ? shown(*money) : money.error().message;
}

} // namespace

CtlSaleOutput::CtlSaleOutput(const CtlShop &shop)
    : m_shop(shop)
{ }

QString CtlSaleOutput::clientName(const Id &clientId) const
{
    if (clientId.isNull())
        return {};
    auto client = ClientService(m_shop.store()).find(clientId, true);
    return client ? client->name : QString();
}

QJsonObject CtlSaleOutput::lineJson(const SaleLine &l, qint64 returned) const
{
    return QJsonObject {
        { QStringLiteral("id"), CtlJson::id(l.id) },
        { QStringLiteral("position"), l.position + 1 },
        { QStringLiteral("kind"), saleLineKindName(l.kind) },
        { QStringLiteral("product_id"), CtlJson::id(l.productId) },
        { QStringLiteral("service_id"), CtlJson::id(l.serviceId) },
        { QStringLiteral("gift_card_id"), CtlJson::id(l.giftCardId) },
        { QStringLiteral("staff_id"), CtlJson::id(l.staffId) },
        { QStringLiteral("description"), l.description },
        { QStringLiteral("sku"), CtlJson::text(l.sku) },
        { QStringLiteral("quantity"), l.quantity },
        { QStringLiteral("unit_price"), amount(l.unitPrice) },
        { QStringLiteral("line_discount"), amount(l.lineDiscount) },
        { QStringLiteral("order_discount"), amount(l.orderDiscount) },
        { QStringLiteral("net"), amount(l.net) },
        { QStringLiteral("tax_name"), CtlJson::text(l.tax.name) },
        { QStringLiteral("tax_rate"), CtlShop::percentText(l.tax.rateBp) },
        { QStringLiteral("tax_included"), l.tax.included },
        { QStringLiteral("tax"), amount(l.taxAmount) },
        { QStringLiteral("total"), amount(l.total) },
        { QStringLiteral("returned"), returned },
    };
}

QJsonObject CtlSaleOutput::paymentJson(const Payment &p) const
{
    return QJsonObject {
        { QStringLiteral("id"), CtlJson::id(p.id) },
        { QStringLiteral("method"), paymentMethodName(p.method) },
        { QStringLiteral("amount"), amount(p.amount) },
        { QStringLiteral("tendered"), amount(p.tendered) },
        { QStringLiteral("change"), amount(p.change) },
        { QStringLiteral("reference"), CtlJson::text(p.reference) },
        { QStringLiteral("gift_card_id"), CtlJson::id(p.giftCardId) },
        { QStringLiteral("at"), p.atMsecs ? QJsonValue(m_shop.isoTime(p.atMsecs)) : QJsonValue() },
    };
}

QJsonArray CtlSaleOutput::taxesJson(const QList<TaxSummary> &taxes) const
{
    QJsonArray out;
    for (const TaxSummary &t : taxes)
        out.append(QJsonObject { { QStringLiteral("name"), t.rate.name },
                                 { QStringLiteral("rate"), CtlShop::percentText(t.rate.rateBp) },
                                 { QStringLiteral("included"), t.rate.included },
                                 { QStringLiteral("base"), amount(t.base) },
                                 { QStringLiteral("tax"), amount(t.tax) } });
    return out;
}

Result<CtlSaleOutput::Returned> CtlSaleOutput::returnedOf(const Sale &sale) const
{
    auto units = SalesJournal(m_shop.store()).returnedQuantities(sale.id);
    if (!units)
        return units.error();
    auto returns = ReturnService(m_shop.store()).forSale(sale.id);
    if (!returns)
        return returns.error();
    return Returned { *units, *returns };
}

int CtlSaleOutput::report(CtlContext &ctx, const Sale &sale) const
{
    auto returned = returnedOf(sale);
    if (!returned)
        return ctx.fail(returned.error());
    ctx.report(saleJson(sale, *returned), saleText(sale, *returned));
    return 0;
}

int CtlSaleOutput::report(CtlContext &ctx, const SaleReturn &r) const
{
    auto json = returnJson(r);
    if (!json)
        return ctx.fail(json.error());
    ctx.report(*json, returnText(r));
    return 0;
}

QJsonObject CtlSaleOutput::saleJson(const Sale &s, const Returned &returned) const
{
    QJsonArray lines;
    for (const SaleLine &l : s.lines)
        lines.append(lineJson(l, returned.units.value(l.id.toString())));
    QJsonArray payments;
    for (const Payment &p : s.payments)
        payments.append(paymentJson(p));
    QJsonArray returns;
    QList<Money> refunds;
    for (const SaleReturn &r : returned.returns) {
        refunds << r.refund;
        returns.append(
            QJsonObject { { QStringLiteral("id"), r.id.toString() },
                          { QStringLiteral("number"), r.number },
                          { QStringLiteral("at"), m_shop.isoTime(r.atMsecs) },
                          { QStringLiteral("refund"), amount(r.refund) },
                          { QStringLiteral("refund_method"), refundMethodName(r.refundMethod) } });
    }
    const auto taxes = taxesOf(s.lines);
    return QJsonObject {
        { QStringLiteral("id"), s.id.toString() },
        { QStringLiteral("number"), s.number },
        { QStringLiteral("at"), m_shop.isoTime(s.atMsecs) },
        { QStringLiteral("location_id"), CtlJson::id(s.locationId) },
        { QStringLiteral("device_id"), CtlJson::id(s.deviceId) },
        { QStringLiteral("shift_id"), CtlJson::id(s.shiftId) },
        { QStringLiteral("client_id"), CtlJson::id(s.clientId) },
        { QStringLiteral("client"), CtlJson::text(clientName(s.clientId)) },
        { QStringLiteral("user_id"), CtlJson::id(s.userId) },
        { QStringLiteral("approved_by"), CtlJson::id(s.approvedBy) },
        { QStringLiteral("appointment_id"), CtlJson::id(s.appointmentId) },
        { QStringLiteral("exchange_return_id"), CtlJson::id(s.exchangeReturnId) },
        { QStringLiteral("currency"), s.currency().code() },
        { QStringLiteral("order_discount"),
          CtlJson::text(discountText(s.orderDiscount, s.currency())) },
        { QStringLiteral("tax_rounding"), taxRoundingName(s.taxRounding) },
        { QStringLiteral("gross"), amount(s.gross) },
        { QStringLiteral("discount"), amount(s.discount) },
        { QStringLiteral("tax"), amount(s.tax) },
        { QStringLiteral("tip"), amount(s.tip) },
        { QStringLiteral("tip_staff_id"), CtlJson::id(s.tipStaffId) },
        { QStringLiteral("total"), amount(s.total) },
        { QStringLiteral("paid"), amount(s.paid()) },
        { QStringLiteral("change"), amount(s.change()) },
        { QStringLiteral("due"), amount(s.due) },
        { QStringLiteral("refunded"), amount(Money::sum(refunds, s.currency())) },
        { QStringLiteral("notes"), CtlJson::text(s.notes) },
        { QStringLiteral("lines"), lines },
        { QStringLiteral("taxes"), taxes ? taxesJson(*taxes) : QJsonValue() },
        { QStringLiteral("payments"), payments },
        { QStringLiteral("returns"), returns },
    };
}

QString CtlSaleOutput::lineText(const SaleLine &l) const
{
    QString text = tr("%1. %2  %3 × %4  %5")
                       .arg(l.position + 1)
                       .arg(l.description)
                       .arg(l.quantity)
                       .arg(shown(l.unitPrice), shown(l.total));
    const auto off = l.lineDiscount.plus(l.orderDiscount);
    if (!off || !off->isZero())
        text += tr("  (discount %1)").arg(shown(off));
    return text;
}

QString CtlSaleOutput::paymentText(const Payment &p) const
{
    QString text = QStringLiteral("%1 %2").arg(paymentMethodDisplayName(p.method), shown(p.amount));
    if (p.change && p.change->isPositive())
        text += tr(" (handed %1, change %2)")
                    .arg(shown(p.tendered.value_or(Money::zero(p.amount.currency()))),
                         shown(*p.change));
    if (!p.reference.isEmpty())
        text += QStringLiteral(" [%1]").arg(p.reference);
    return text;
}

QStringList CtlSaleOutput::saleText(const Sale &s, const Returned &returned) const
{
    QStringList out;
    const QString client = clientName(s.clientId);
    out << (client.isEmpty()
                ? tr("Sale %1  %2").arg(s.number, m_shop.localTime(s.atMsecs))
                : tr("Sale %1  %2  %3").arg(s.number, m_shop.localTime(s.atMsecs), client));
    for (const SaleLine &l : s.lines)
        out << QStringLiteral("  ") + lineText(l);
    out << tr("Total %1 (discounts %2, tax %3, tip %4)")
               .arg(shown(s.total), shown(s.discount), shown(s.tax), shown(s.tip));
    for (const Payment &p : s.payments)
        out << QStringLiteral("  ") + paymentText(p);
    if (s.due.isPositive())
        out << tr("Left due on the client's account: %1").arg(shown(s.due));
    for (const SaleReturn &r : returned.returns)
        out << tr("Return %1  %2  refunded %3")
                   .arg(r.number, m_shop.localTime(r.atMsecs), shown(r.refund));
    return out;
}

Result<QJsonObject> CtlSaleOutput::returnJson(const SaleReturn &r) const
{
    std::optional<Sale> sale;
    if (!r.saleId.isNull()) {
        // A sale sync has not brought yet leaves the positions empty.
        auto found = SalesJournal(m_shop.store()).find(r.saleId);
        if (!found && found.error().kind != Error::Kind::NotFound)
            return found.error();
        if (found)
            sale = *found;
    }
    QJsonArray lines;
    for (const ReturnLine &l : r.lines) {
        QJsonValue position;
        if (sale) {
            for (const SaleLine &s : sale->lines) {
                if (s.id == l.saleLineId)
                    position = s.position + 1;
            }
        }
        lines.append(QJsonObject {
            { QStringLiteral("id"), l.id.toString() },
            { QStringLiteral("sale_line_id"), CtlJson::id(l.saleLineId) },
            { QStringLiteral("position"), position },
            { QStringLiteral("product_id"), CtlJson::id(l.productId) },
            { QStringLiteral("description"), l.description },
            { QStringLiteral("quantity"), l.quantity },
            { QStringLiteral("refund"), amount(l.refund) },
            { QStringLiteral("tax"), amount(l.tax) },
            { QStringLiteral("disposition"), returnDispositionName(l.disposition) },
            { QStringLiteral("reason"), CtlJson::text(l.reason) },
        });
    }
    QJsonArray payments;
    for (const Payment &p : r.payments)
        payments.append(paymentJson(p));
    return QJsonObject {
        { QStringLiteral("id"), r.id.toString() },
        { QStringLiteral("number"), r.number },
        { QStringLiteral("at"), m_shop.isoTime(r.atMsecs) },
        { QStringLiteral("sale_id"), CtlJson::id(r.saleId) },
        { QStringLiteral("sale_number"), sale ? QJsonValue(sale->number) : QJsonValue() },
        { QStringLiteral("location_id"), CtlJson::id(r.locationId) },
        { QStringLiteral("shift_id"), CtlJson::id(r.shiftId) },
        { QStringLiteral("client_id"), CtlJson::id(r.clientId) },
        { QStringLiteral("user_id"), CtlJson::id(r.userId) },
        { QStringLiteral("approved_by"), CtlJson::id(r.approvedBy) },
        { QStringLiteral("exchange_sale_id"), CtlJson::id(r.exchangeSaleId) },
        { QStringLiteral("currency"), r.currency().code() },
        { QStringLiteral("refund"), amount(r.refund) },
        { QStringLiteral("tax"), amount(r.tax) },
        { QStringLiteral("refund_method"), refundMethodName(r.refundMethod) },
        { QStringLiteral("reason"), CtlJson::text(r.reason) },
        { QStringLiteral("lines"), lines },
        { QStringLiteral("payments"), payments },
    };
}

QStringList CtlSaleOutput::returnText(const SaleReturn &r) const
{
    QStringList out;
    out << tr("Return %1  %2  refund %3")
               .arg(r.number, m_shop.localTime(r.atMsecs), shown(r.refund));
    for (const ReturnLine &l : r.lines)
        out << tr("  %1 × %2  %3%4")
                   .arg(l.quantity)
                   .arg(l.description, shown(l.refund),
                        l.disposition == ReturnDisposition::Damaged ? tr("  (damaged)")
                                                                    : QString());
    for (const Payment &p : r.payments)
        out << QStringLiteral("  ") + paymentText(p);
    return out;
}

QList<SaleLine> CtlSaleOutput::linesOf(const Cart &cart, const CartTotals &totals)
{
    QList<SaleLine> out;
    for (int i = 0; i < cart.lines.size() && i < totals.lines.size(); ++i) {
        const CartLine &c = cart.lines.at(i);
        const LineAmounts &a = totals.lines.at(i);
        SaleLine l;
        l.position = i;
        l.kind = c.kind;
        l.productId = c.productId;
        l.serviceId = c.serviceId;
        l.staffId = c.staffId;
        l.description = c.description;
        l.sku = c.sku;
        l.quantity = c.quantity;
        l.unitPrice = c.unitPrice;
        l.lineDiscount = a.lineDiscount;
        l.orderDiscount = a.orderDiscount;
        l.net = a.net;
        l.tax = c.tax;
        l.taxAmount = a.tax;
        l.total = a.total;
        out << l;
    }
    return out;
}

QList<Payment> CtlSaleOutput::paymentsOf(const Settlement &settlement)
{
    QList<Payment> out;
    for (const AppliedTender &t : settlement.tenders) {
        Payment p;
        p.method = t.tender.method;
        p.amount = t.applied;
        p.reference = t.tender.method == PaymentMethod::GiftCard ? t.tender.giftCardCode
                                                                 : t.tender.reference;
        if (t.tender.method == PaymentMethod::Cash) {
            p.tendered = t.tender.amount;
            p.change = t.change;
        }
        out << p;
    }
    return out;
}

QJsonObject CtlSaleOutput::reviewJson(const Cart &cart, const CheckoutReview &review,
                                      const Id &approvedBy, const Result<Settlement> &settled) const
{
    const Currency &currency = cart.currency;
    const CartTotals &t = review.totals;
    QJsonArray lines;
    for (const SaleLine &l : linesOf(cart, t)) {
        QJsonObject line = lineJson(l, 0);
        line.remove(QStringLiteral("returned"));
        lines.append(line);
    }
    QJsonArray shortages;
    for (const CheckoutReview::Shortage &s : review.shortages)
        shortages.append(QJsonObject { { QStringLiteral("position"), s.line + 1 },
                                       { QStringLiteral("description"), s.description },
                                       { QStringLiteral("on_hand"), s.onHand },
                                       { QStringLiteral("wanted"), s.wanted } });
    QJsonValue payments;
    QJsonValue paymentError;
    QJsonValue change;
    QJsonValue due;
    if (settled) {
        QJsonArray applied;
        for (const Payment &p : paymentsOf(*settled))
            applied.append(paymentJson(p));
        payments = applied;
        change = amount(settled->change);
        due = amount(settled->due);
    } else {
        paymentError = QJsonObject { { QStringLiteral("code"), settled.error().code },
                                     { QStringLiteral("message"), settled.error().message } };
    }
    return QJsonObject {
        { QStringLiteral("currency"), currency.code() },
        { QStringLiteral("client_id"), CtlJson::id(cart.clientId) },
        { QStringLiteral("appointment_id"), CtlJson::id(cart.appointmentId) },
        { QStringLiteral("lines"), lines },
        { QStringLiteral("gross"), amount(t.gross) },
        { QStringLiteral("discount"), amount(t.discount) },
        { QStringLiteral("tax_included"), amount(t.taxIncluded) },
        { QStringLiteral("tax_added"), amount(t.taxAdded) },
        { QStringLiteral("tax"), amount(t.tax) },
        { QStringLiteral("tip"), amount(t.tip) },
        { QStringLiteral("total"), amount(t.total) },
        { QStringLiteral("taxes"), taxesJson(t.taxes) },
        { QStringLiteral("largest_discount"), CtlShop::percentText(review.largestDiscountBp) },
        { QStringLiteral("discount_limit"), CtlShop::percentText(review.discountLimitBp) },
        { QStringLiteral("needs_approval"), review.needsApproval },
        { QStringLiteral("approved_by"), CtlJson::id(approvedBy) },
        { QStringLiteral("shortages"), shortages },
        // Zero when the cart has no client, as scripts have always read it.
        { QStringLiteral("client_store_credit"),
          amount(review.clientStoreCredit.value_or(Money::zero(currency))) },
        { QStringLiteral("client_due"), amount(review.clientDue.value_or(Money::zero(currency))) },
        { QStringLiteral("payments"), payments },
        { QStringLiteral("change"), change },
        { QStringLiteral("due"), due },
        { QStringLiteral("payment_error"), paymentError },
    };
}

QStringList CtlSaleOutput::reviewText(const Cart &cart, const CheckoutReview &review,
                                      const Result<Settlement> &settled) const
{
    QStringList out;
    for (const SaleLine &l : linesOf(cart, review.totals))
        out << QStringLiteral("  ") + lineText(l);
    const CartTotals &t = review.totals;
    out << tr("Total %1 (discounts %2, tax %3, tip %4)")
               .arg(shown(t.total), shown(t.discount), shown(t.tax), shown(t.tip));
    if (review.needsApproval)
        out << tr("A manager must approve a discount of %1 % (the limit is %2 %).")
                   .arg(CtlShop::percentText(review.largestDiscountBp),
                        CtlShop::percentText(review.discountLimitBp));
    for (const CheckoutReview::Shortage &s : review.shortages)
        out << tr("Not enough in stock: %1 (%2 on hand, %3 wanted).")
                   .arg(s.description)
                   .arg(s.onHand)
                   .arg(s.wanted);
    if (!settled) {
        out << settled.error().message;
    } else {
        for (const Payment &p : paymentsOf(*settled))
            out << QStringLiteral("  ") + paymentText(p);
        if (settled->due.isPositive())
            out << tr("Left due on the client's account: %1").arg(shown(settled->due));
    }
    return out;
}

} // namespace Balcao::Ctl
