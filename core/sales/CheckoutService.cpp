// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckoutService.h"

#include "AppointmentCharge.h"
#include "ClientAccount.h"
#include "GiftCards.h"
#include "PaymentLedger.h"
#include "SalesJournal.h"
#include "SalesSettings.h"
#include "audit/AuditTrail.h"
#include "cash/ShiftService.h"
#include "catalog/ProductCatalog.h"
#include "clients/ClientService.h"
#include "common/Money.h"
#include "inventory/StockLedger.h"
#include "locations/LocationService.h"
#include "scheduling/AppointmentBook.h"
#include "settings/BusinessSettings.h"
#include "staff/StaffService.h"
#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace Balcao {

namespace {

QString discountText(const Discount &d)
{
    if (d.isNone())
        return {};
    return (d.kind == Discount::Kind::Percent ? QStringLiteral("percent:")
                                              : QStringLiteral("amount:"))
        + QString::number(d.value);
}

} // namespace

struct CheckoutService::Prepared
{
    TaxRounding taxRounding = TaxRounding::PerLine; // the settings, read once
    qint64 discountLimitBp = 0;
    CartTotals totals;
    Settlement settlement;
    std::optional<CashShift> shift;
    QHash<QString, GiftCard> giftCards; // by code, for tenders
};

CheckoutService::CheckoutService(LocalStore &store)
    : m_store(store)
{ }

Result<CheckoutReview> CheckoutService::review(const Cart &cart, const Id &locationId) const
{
    const SalesSettings settings(m_store);
    CheckoutReview review;
    auto limit = settings.discountLimitBp();
    if (!limit)
        return limit.error();
    review.discountLimitBp = *limit;
    review.totals = CartTotals::empty(cart.currency);
    // Every sale starts as an empty cart: nothing to total yet (checkout
    // refuses it), but the client's balances are worth showing already.
    if (!cart.lines.isEmpty()) {
        auto rounding = settings.taxRounding();
        if (!rounding)
            return rounding.error();
        auto totals = PriceCalculator::compute(cart, *rounding);
        if (!totals)
            return totals.error();
        review.totals = *totals;
        review.largestDiscountBp = PriceCalculator::largestDiscountBp(*totals);
    }
    review.needsApproval = review.largestDiscountBp > review.discountLimitBp;
    // Quantities of one product on several lines count together.
    QHash<QString, qint64> wanted;
    StockLedger stock(m_store);
    const ProductCatalog catalog(m_store);
    for (int i = 0; i < cart.lines.size(); ++i) {
        const CartLine &line = cart.lines.at(i);
        if (line.kind != SaleLineKind::Product)
            continue;
        auto tracked = catalog.tracksStock(line.productId);
        if (!tracked)
            return tracked.error();
        if (!*tracked)
            continue;
        const qint64 total = (wanted[line.productId.toString()] += line.quantity);
        auto onHand = stock.onHand(line.productId, locationId);
        if (!onHand)
            return onHand.error();
        if (total > *onHand)
            review.shortages << CheckoutReview::Shortage { i, line.description, *onHand, total };
    }
    if (!cart.clientId.isNull()) {
        const ClientAccount account(m_store);
        auto credit = account.storeCredit(cart.clientId);
        if (!credit)
            return credit.error();
        auto due = account.due(cart.clientId);
        if (!due)
            return due.error();
        review.clientStoreCredit = *credit;
        review.clientDue = *due;
    }
    return review;
}

Result<CheckoutService::Prepared> CheckoutService::prepare(const CheckoutRequest &r) const
{
    Prepared p;
    if (auto location = LocationService(m_store).find(r.locationId); !location)
        return location.error();
    auto currency = BusinessSettings(m_store).currency();
    if (!currency)
        return currency.error();
    if (r.cart.currency != *currency)
        return Error::invalid(
            QStringLiteral("sale.otherCurrency"),
            tr("The business sells in %1, not %2.").arg(currency->code(), r.cart.currency.code()));
    if (!r.cart.clientId.isNull()) {
        if (auto client = ClientService(m_store).find(r.cart.clientId); !client)
            return client.error();
    }
    // A visit is charged once, and only while it holds its time.
    if (!r.cart.appointmentId.isNull()) {
        if (auto chargeable = AppointmentCharge(m_store).check(r.cart.appointmentId); !chargeable)
            return chargeable.error();
    }
    if (r.cart.notes.size() > 2000)
        return Error::invalid(QStringLiteral("sale.notesTooLong"),
                              tr("The notes are too long (at most 2000 characters)."));
    const SalesSettings settings(m_store);
    auto rounding = settings.taxRounding();
    if (!rounding)
        return rounding.error();
    auto limit = settings.discountLimitBp();
    if (!limit)
        return limit.error();
    p.taxRounding = *rounding;
    p.discountLimitBp = *limit;
    auto totals = PriceCalculator::compute(r.cart, p.taxRounding);
    if (!totals)
        return totals.error();
    p.totals = *totals;
    const qint64 largest = PriceCalculator::largestDiscountBp(p.totals);
    if (largest > p.discountLimitBp) {
        const QString what = tr("a discount of %1 % (the limit is %2 %)")
                                 .arg(QLocale().toString(largest / 100.0, 'f', 2),
                                      QLocale().toString(p.discountLimitBp / 100.0, 'f', 2));
        if (r.approvedBy.isNull())
            return Error::security(QStringLiteral("sale.discountNeedsApproval"),
                                   tr("A manager must approve %1.").arg(what));
        if (auto approver = StaffService(m_store).approver(r.approvedBy, what); !approver)
            return approver.error();
    }

    auto settled = PaymentAllocator::settle(p.totals.total, r.tenders, r.leaveRestDue);
    if (!settled)
        return settled.error();
    p.settlement = *settled;
    if (p.settlement.due.isPositive() && r.cart.clientId.isNull())
        return Error::invalid(QStringLiteral("sale.dueNeedsClient"),
                              tr("Choose the client before leaving %1 on their account.")
                                  .arg(p.settlement.due.toDisplayString()));

    if (!r.drawerId.isNull()) {
        auto open = ShiftService(m_store).openShift(r.drawerId);
        if (!open)
            return open.error();
        p.shift = *open;
    }
    // Every settled amount is in the cart's currency (settle made it so).
    Money storeCredit = Money::zero(r.cart.currency);
    QHash<QString, Money> giftCardSpend;
    for (const AppliedTender &t : std::as_const(p.settlement.tenders)) {
        switch (t.tender.method) {
        case PaymentMethod::Cash:
            if (!p.shift)
                return Error::conflict(QStringLiteral("sale.noOpenShift"),
                                       tr("Open the cash drawer (start a shift) before taking "
                                          "cash."));
            break;
        case PaymentMethod::Card:
            if (t.tender.reference.trimmed().isEmpty())
                return Error::invalid(QStringLiteral("payment.cardReferenceRequired"),
                                      tr("Type the card terminal's authorisation code."));
            break;
        case PaymentMethod::StoreCredit:
            if (r.cart.clientId.isNull())
                return Error::invalid(QStringLiteral("payment.creditNeedsClient"),
                                      tr("Choose the client whose store credit pays."));
            if (auto added = storeCredit.add(t.applied); !added)
                return added.error();
            break;
        case PaymentMethod::GiftCard: {
            auto card = GiftCards(m_store).findByCode(t.tender.giftCardCode);
            if (!card)
                return card.error();
            if (card->currency != r.cart.currency)
                return Error::invalid(
                    QStringLiteral("giftCard.otherCurrency"),
                    tr("The gift card %1 is in %2.").arg(card->code, card->currency.code()));
            if (card->expiresOn.isValid()
                && card->expiresOn
                    < QDateTime::fromMSecsSinceEpoch(m_store.clock().nowMsecsSinceEpoch()).date())
                return Error::invalid(QStringLiteral("giftCard.expired"),
                                      tr("The gift card %1 has expired.").arg(card->code));
            p.giftCards.insert(card->code, *card);
            auto spent = giftCardSpend.value(card->code, Money::zero(r.cart.currency));
            if (auto added = spent.add(t.applied); !added)
                return added.error();
            giftCardSpend.insert(card->code, spent);
            break;
        }
        case PaymentMethod::Exchange:
            if (r.exchangeReturnId.isNull())
                return Error::invalid(QStringLiteral("payment.exchangeOutsideExchange"),
                                      tr("Exchange credit only pays the new sale of an "
                                         "exchange."));
            break;
        case PaymentMethod::Pix:
        case PaymentMethod::Account:
            break;
        }
    }
    if (storeCredit.isPositive()) {
        auto available = ClientAccount(m_store).storeCredit(r.cart.clientId);
        if (!available)
            return available.error();
        auto more = storeCredit.compare(*available);
        if (!more)
            return more.error();
        if (*more > 0)
            return Error::invalid(
                QStringLiteral("payment.notEnoughCredit"),
                tr("The client has %1 of store credit.").arg(available->toDisplayString()));
    }
    for (auto it = giftCardSpend.cbegin(); it != giftCardSpend.cend(); ++it) {
        const GiftCard &card = p.giftCards.value(it.key());
        auto balance = GiftCards(m_store).balance(card);
        if (!balance)
            return balance.error();
        auto more = it.value().compare(*balance);
        if (!more)
            return more.error();
        if (*more > 0)
            return Error::invalid(
                QStringLiteral("payment.notEnoughOnGiftCard"),
                tr("The gift card %1 holds %2.").arg(card.code, balance->toDisplayString()));
    }
    return p;
}

Result<Sale> CheckoutService::checkout(const CheckoutRequest &request)
{
    auto prepared = prepare(request);
    if (!prepared)
        return prepared.error();
    Sale sale;
    auto written
        = m_store.transact([&]() -> Result<void> { return write(request, *prepared, sale); });
    if (!written)
        return written.error();
    return sale;
}

Result<void> CheckoutService::write(const CheckoutRequest &r, Prepared &p, Sale &sale)
{
    const Cart &cart = r.cart;
    auto number = nextDocumentNumber(m_store, r.locationId, false);
    if (!number)
        return number.error();
    const qint64 now = m_store.clock().nowMsecsSinceEpoch();
    sale.id = r.saleId.isNull() ? Id::generate(m_store.clock()) : r.saleId;
    sale.number = number->number;
    sale.sequence = number->sequence;
    sale.locationId = r.locationId;
    sale.deviceId = Id::fromString(m_store.deviceId());
    sale.shiftId = p.shift ? p.shift->id : Id();
    sale.clientId = cart.clientId;
    sale.userId = r.userId;
    sale.approvedBy = r.approvedBy;
    sale.appointmentId = cart.appointmentId;
    sale.atMsecs = now;
    sale.gross = p.totals.gross;
    sale.discount = p.totals.discount;
    sale.tax = p.totals.tax;
    sale.tip = p.totals.tip;
    sale.tipStaffId = cart.tipStaffId;
    sale.total = p.totals.total;
    sale.orderDiscount = cart.orderDiscount;
    sale.taxRounding = p.taxRounding;
    sale.notes = cart.notes.trimmed();
    sale.exchangeReturnId = r.exchangeReturnId;
    sale.due = p.settlement.due;

    ChangeWriter &writer = m_store.writer();
    if (auto w = writer.appendLedger(
            QStringLiteral("sales"), sale.id,
            { { QStringLiteral("number"), sale.number },
              { QStringLiteral("sequence"), sale.sequence },
              { QStringLiteral("location_id"), sale.locationId.toString() },
              { QStringLiteral("device_id"), m_store.deviceId() },
              { QStringLiteral("shift_id"), idOrNull(sale.shiftId) },
              { QStringLiteral("client_id"), idOrNull(sale.clientId) },
              { QStringLiteral("user_id"), idOrNull(sale.userId) },
              { QStringLiteral("approved_by"), idOrNull(sale.approvedBy) },
              { QStringLiteral("appointment_id"), idOrNull(sale.appointmentId) },
              { QStringLiteral("at"), now },
              { QStringLiteral("currency"), sale.currency().code() },
              { QStringLiteral("gross_minor"), sale.gross.minorUnits() },
              { QStringLiteral("discount_minor"), sale.discount.minorUnits() },
              { QStringLiteral("tax_minor"), sale.tax.minorUnits() },
              { QStringLiteral("tip_minor"), sale.tip.minorUnits() },
              { QStringLiteral("tip_staff_id"), idOrNull(sale.tipStaffId) },
              { QStringLiteral("total_minor"), sale.total.minorUnits() },
              { QStringLiteral("order_discount"), textOrNull(discountText(cart.orderDiscount)) },
              { QStringLiteral("tax_rounding"), taxRoundingName(sale.taxRounding) },
              { QStringLiteral("exchange_return_id"), idOrNull(r.exchangeReturnId) },
              { QStringLiteral("notes"), textOrNull(sale.notes) } });
        !w)
        return w.error();

    const ProductCatalog catalog(m_store);
    StockLedger stock(m_store);
    GiftCards giftCards(m_store);
    for (int i = 0; i < cart.lines.size(); ++i) {
        const CartLine &c = cart.lines.at(i);
        const LineAmounts &a = p.totals.lines.at(i);
        SaleLine line;
        line.id = Id::generate(m_store.clock());
        line.saleId = sale.id;
        line.position = i;
        line.kind = c.kind;
        line.productId = c.productId;
        line.serviceId = c.serviceId;
        line.appointmentItemId = c.appointmentItemId;
        line.staffId = c.staffId;
        line.description = c.description;
        line.sku = c.sku;
        line.quantity = c.quantity;
        line.unitPrice = c.unitPrice;
        line.lineDiscount = a.lineDiscount;
        line.orderDiscount = a.orderDiscount;
        line.net = a.net;
        line.tax = c.tax;
        line.taxAmount = a.tax;
        line.total = a.total;
        // Without a column of its own, the cost is read in the sale's currency.
        if (c.unitCost) {
            if (auto same = c.unitCost->minorUnitsIn(cart.currency); !same)
                return same.error();
        }
        line.unitCost = c.unitCost;
        if (c.kind == SaleLineKind::GiftCard) {
            auto card = giftCards.ensure(c.giftCardCode, cart.currency);
            if (!card)
                return card.error();
            line.giftCardId = card->id;
            if (auto e = giftCards.addEntry(card->id, a.total, sale.id, {}, {}); !e)
                return e;
        }
        if (auto w = writer.appendLedger(
                QStringLiteral("sale_lines"), line.id,
                { { QStringLiteral("sale_id"), sale.id.toString() },
                  { QStringLiteral("position"), i },
                  { QStringLiteral("kind"), saleLineKindName(c.kind) },
                  { QStringLiteral("product_id"), idOrNull(c.productId) },
                  { QStringLiteral("service_id"), idOrNull(c.serviceId) },
                  { QStringLiteral("appointment_item_id"), idOrNull(c.appointmentItemId) },
                  { QStringLiteral("gift_card_id"), idOrNull(line.giftCardId) },
                  { QStringLiteral("staff_id"), idOrNull(c.staffId) },
                  { QStringLiteral("description"), c.description },
                  { QStringLiteral("sku"), textOrNull(c.sku) },
                  { QStringLiteral("quantity"), c.quantity },
                  { QStringLiteral("unit_price_minor"), c.unitPrice.minorUnits() },
                  { QStringLiteral("line_discount_minor"), a.lineDiscount.minorUnits() },
                  { QStringLiteral("order_discount_minor"), a.orderDiscount.minorUnits() },
                  { QStringLiteral("net_minor"), a.net.minorUnits() },
                  { QStringLiteral("tax_class_id"), idOrNull(c.tax.taxClassId) },
                  { QStringLiteral("tax_name"), textOrNull(c.tax.name) },
                  { QStringLiteral("tax_rate_bp"), c.tax.rateBp },
                  { QStringLiteral("tax_included"), c.tax.included ? 1 : 0 },
                  { QStringLiteral("tax_minor"), a.tax.minorUnits() },
                  { QStringLiteral("total_minor"), a.total.minorUnits() },
                  { QStringLiteral("unit_cost_minor"), minorOrNull(c.unitCost) } });
            !w)
            return w.error();
        sale.lines << line;

        if (c.kind != SaleLineKind::Product)
            continue;
        auto tracked = catalog.tracksStock(c.productId);
        if (!tracked)
            return tracked.error();
        if (!*tracked)
            continue;
        StockMovement m;
        m.productId = c.productId;
        m.locationId = r.locationId;
        m.quantity = -c.quantity;
        m.kind = StockMovementKind::Sale;
        // The stock ledger has no currency column: its costs are the
        // business's currency, which the sale's is (prepare checked).
        if (c.unitCost)
            m.unitCostMinor = c.unitCost->minorUnits();
        m.sourceTable = QStringLiteral("sales");
        m.sourceId = sale.id;
        m.userId = r.userId;
        m.atMsecs = now;
        if (auto moved = stock.record(m); !moved)
            return moved.error();
    }

    PaymentLedger payments(m_store);
    ClientAccount account(m_store);
    for (const AppliedTender &t : std::as_const(p.settlement.tenders)) {
        Payment payment = Payment::fromTender(t, now);
        payment.saleId = sale.id;
        payment.clientId = cart.clientId;
        payment.shiftId = sale.shiftId;
        payment.locationId = r.locationId;
        payment.userId = r.userId;
        if (t.tender.method == PaymentMethod::GiftCard) {
            const GiftCard card
                = p.giftCards.value(GiftCards::normalizedCode(t.tender.giftCardCode).value());
            payment.giftCardId = card.id;
            payment.reference = card.code;
        }
        auto recorded = payments.record(payment);
        if (!recorded)
            return recorded.error();
        if (t.tender.method == PaymentMethod::GiftCard) {
            if (auto e = giftCards.addEntry(payment.giftCardId, t.applied.negated(), sale.id, {},
                                            recorded->id);
                !e)
                return e;
        }
        if (t.tender.method == PaymentMethod::StoreCredit) {
            ClientAccount::Entry e;
            e.clientId = cart.clientId;
            e.kind = ClientAccount::Kind::StoreCredit;
            e.amount = t.applied.negated();
            e.saleId = sale.id;
            e.paymentId = recorded->id;
            e.userId = r.userId;
            e.atMsecs = now;
            if (auto entry = account.record(e); !entry)
                return entry.error();
        }
        sale.payments << *recorded;
    }
    if (p.settlement.due.isPositive()) {
        ClientAccount::Entry e;
        e.clientId = cart.clientId;
        e.kind = ClientAccount::Kind::Due;
        e.amount = p.settlement.due;
        e.saleId = sale.id;
        e.note = sale.number;
        e.userId = r.userId;
        e.atMsecs = now;
        if (auto entry = account.record(e); !entry)
            return entry.error();
    }

    if (!r.approvedBy.isNull()
        && PriceCalculator::largestDiscountBp(p.totals) > p.discountLimitBp) {
        auto audited = AuditTrail(m_store).record(
            QStringLiteral("sale.discountApproved"), QStringLiteral("sales"), sale.id,
            QJsonObject {
                { QStringLiteral("discount_minor"), sale.discount.minorUnits() },
                { QStringLiteral("largest_bp"), PriceCalculator::largestDiscountBp(p.totals) } },
            r.approvedBy);
        if (!audited)
            return audited.error();
    }

    if (!cart.appointmentId.isNull()) {
        AppointmentBook book(m_store);
        auto appointment = book.find(cart.appointmentId);
        if (!appointment)
            return appointment.error();
        // Cancelled meanwhile (in this transaction nothing changes it any more).
        if (auto allowed = AppointmentCharge::statusAllows(appointment->status); !allowed)
            return allowed.error();
        if (appointment->status != AppointmentStatus::Completed) {
            if (auto done = book.setStatus(cart.appointmentId, AppointmentStatus::Completed); !done)
                return done.error();
        }
    }
    return {};
}

} // namespace Balcao
