// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReturnService.h"

#include "ClientAccount.h"
#include "GiftCards.h"
#include "PaymentLedger.h"
#include "PriceCalculator.h"
#include "RefundPlanner.h"
#include "SalesJournal.h"
#include "SalesSettings.h"
#include "audit/AuditTrail.h"
#include "cash/ShiftService.h"
#include "catalog/ProductCatalog.h"
#include "catalog/TaxClass.h"
#include "clients/ClientService.h"
#include "common/Money.h"
#include "inventory/StockLedger.h"
#include "locations/LocationService.h"
#include "settings/BusinessSettings.h"
#include "staff/StaffService.h"
#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace Balcao {

namespace { } // namespace

QString returnDispositionName(ReturnDisposition disposition)
{
    return disposition == ReturnDisposition::Damaged ? QStringLiteral("damaged")
                                                     : QStringLiteral("restock");
}

QString refundMethodName(RefundMethod method)
{
    switch (method) {
    case RefundMethod::Original:
        return QStringLiteral("original");
    case RefundMethod::StoreCredit:
        return QStringLiteral("store_credit");
    case RefundMethod::Exchange:
        return QStringLiteral("exchange");
    }
    return {};
}

std::optional<RefundMethod> refundMethodFrom(const QString &name)
{
    for (RefundMethod m :
         { RefundMethod::Original, RefundMethod::StoreCredit, RefundMethod::Exchange }) {
        if (refundMethodName(m) == name)
            return m;
    }
    return std::nullopt;
}

struct ReturnService::Plan
{
    SaleReturn draft;
    std::optional<Sale> sale;
    QList<RefundPart> refunds;
    std::optional<CashShift> shift;
    QHash<QString, bool> trackStock; // product id → keeps stock
};

ReturnService::ReturnService(LocalStore &store)
    : m_store(store)
{ }

Money ReturnService::proRata(const Money &lineAmount, qint64 lineQuantity, qint64 alreadyReturned,
                             qint64 quantity)
{
    if (lineQuantity <= 0)
        return Money::zero(lineAmount.currency());
    const auto upTo = [&](qint64 units) {
        return divideRounded(Int128(lineAmount.minorUnits()) * units, lineQuantity,
                             Rounding::HalfUp)
            .value();
    };
    return Money(upTo(alreadyReturned + quantity) - upTo(alreadyReturned), lineAmount.currency());
}

Result<QList<ReturnableLine>> ReturnService::returnable(const Id &saleId) const
{
    SalesJournal journal(m_store);
    auto sale = journal.find(saleId);
    if (!sale)
        return sale.error();
    auto returned = journal.returnedQuantities(saleId);
    if (!returned)
        return returned.error();
    QList<ReturnableLine> out;
    for (const SaleLine &line : sale->lines) {
        ReturnableLine r;
        r.line = line;
        r.returned = returned->value(line.id.toString());
        r.returnable = line.kind == SaleLineKind::GiftCard
            ? 0
            : std::max<qint64>(0, line.quantity - r.returned);
        out << r;
    }
    return out;
}

Result<Money> ReturnService::lowestRecentPrice(const Id &productId, const Id &locationId,
                                               int days) const
{
    auto product = ProductCatalog(m_store).find(productId, true);
    if (!product)
        return product.error();
    Money catalog = product->price;
    if (!product->taxClassId.isNull()) {
        auto tax = TaxClasses(m_store).find(product->taxClassId);
        if (!tax && tax.error().kind != Error::Kind::NotFound)
            return tax.error();
        if (tax && !tax->included) {
            if (auto added = catalog.add(PriceCalculator::taxOf(catalog, tax->rateBp, false));
                !added)
                return added.error();
        }
    }
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT min(l.total_minor / l.quantity) FROM sale_lines l"
                             " JOIN sales s ON s.id = l.sale_id WHERE l.product_id = ?"
                             " AND s.location_id = ? AND s.at >= ? AND l.quantity > 0"
                             " AND s.currency = ?"));
    q.addBindValue(productId.toString());
    q.addBindValue(locationId.toString());
    q.addBindValue(m_store.clock().nowMsecsSinceEpoch() - qint64(days) * 86400000);
    q.addBindValue(catalog.currency().code());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    if (q.next() && !q.value(0).isNull())
        return Money(std::min(catalog.minorUnits(), q.value(0).toLongLong()), catalog.currency());
    return catalog;
}

Result<ReturnService::Plan> ReturnService::plan(const ReturnRequest &r, Approval approval) const
{
    Plan p;
    SaleReturn &d = p.draft;
    if (r.lines.isEmpty())
        return Error::invalid(QStringLiteral("return.empty"), tr("Choose what comes back."));
    if (r.reason.size() > 500)
        return Error::invalid(QStringLiteral("return.reasonTooLong"),
                              tr("The reason is too long (at most 500 characters)."));
    if (auto location = LocationService(m_store).find(r.locationId); !location)
        return location.error();
    auto currency = BusinessSettings(m_store).currency();
    if (!currency)
        return currency.error();
    // A return refunds in the business's currency, which checkout required
    // of every sale; a line in another one is refused when it is added up.
    d.refund = Money::zero(*currency);
    d.tax = Money::zero(*currency);
    d.locationId = r.locationId;
    d.reason = r.reason.trimmed();
    d.userId = r.userId;
    d.approvedBy = r.approvedBy;
    d.refundMethod = r.refundMethod;
    d.exchangeSaleId = r.exchangeSaleId;

    ProductCatalog catalog(m_store);
    if (!r.saleId.isNull()) {
        auto sale = SalesJournal(m_store).find(r.saleId);
        if (!sale)
            return sale.error();
        p.sale = *sale;
        d.saleId = sale->id;
        d.clientId = sale->clientId;
        auto returnedBefore = SalesJournal(m_store).returnedQuantities(sale->id);
        if (!returnedBefore)
            return returnedBefore.error();
        const QHash<QString, qint64> &returned = *returnedBefore;
        QHash<QString, qint64> asked; // one line asked for twice counts once
        for (const ReturnLineRequest &lr : r.lines) {
            auto it = std::find_if(sale->lines.begin(), sale->lines.end(),
                                   [&](const SaleLine &l) { return l.id == lr.saleLineId; });
            if (it == sale->lines.end())
                return Error::invalid(QStringLiteral("return.lineNotInSale"),
                                      tr("That line is not part of sale %1.").arg(sale->number));
            if (it->kind == SaleLineKind::GiftCard)
                return Error::invalid(QStringLiteral("return.giftCardNotReturnable"),
                                      tr("A gift card cannot be returned; its balance stays on "
                                         "the card."));
            const qint64 before
                = returned.value(it->id.toString()) + asked.value(it->id.toString());
            if (lr.quantity < 1)
                return Error::invalid(
                    QStringLiteral("return.quantityInvalid"),
                    tr("Return at least one unit of \"%1\".").arg(it->description));
            if (before + lr.quantity > it->quantity)
                return Error::invalid(
                    QStringLiteral("return.moreThanSold"),
                    tr("Only %1 of \"%2\" can still be returned (%3 sold, %4 returned already).")
                        .arg(std::max<qint64>(0, it->quantity - before))
                        .arg(it->description)
                        .arg(it->quantity)
                        .arg(before));
            asked[it->id.toString()] += lr.quantity;
            ReturnLine line;
            line.id = Id::generate(m_store.clock());
            line.saleLineId = it->id;
            line.productId = it->productId;
            line.description = it->description;
            line.quantity = lr.quantity;
            line.refund = proRata(it->total, it->quantity, before, lr.quantity);
            line.tax = proRata(it->taxAmount, it->quantity, before, lr.quantity);
            line.disposition = lr.disposition;
            line.reason = lr.reason.trimmed();
            d.lines << line;
        }
    } else {
        if (r.approvedBy.isNull() && approval == Approval::Required)
            return Error::security(QStringLiteral("return.noReceiptNeedsApproval"),
                                   tr("A return without receipt needs a manager's approval."));
        if (!r.approvedBy.isNull()) {
            if (auto approver
                = StaffService(m_store).approver(r.approvedBy, tr("a return without receipt"));
                !approver)
                return approver.error();
        }
        d.clientId = r.clientId;
        auto lookback = SalesSettings(m_store).noReceiptLookbackDays();
        if (!lookback)
            return lookback.error();
        const int days = *lookback;
        for (const ReturnLineRequest &lr : r.lines) {
            auto product = catalog.find(lr.productId, true);
            if (!product)
                return product.error();
            if (lr.quantity < 1 || lr.quantity > PriceCalculator::kMaxQuantity)
                return Error::invalid(QStringLiteral("return.quantityInvalid"),
                                      tr("Return at least one unit of \"%1\".").arg(product->name));
            auto unit = lowestRecentPrice(product->id, r.locationId, days);
            if (!unit)
                return unit.error();
            ReturnLine line;
            line.id = Id::generate(m_store.clock());
            line.productId = product->id;
            line.description = product->name;
            line.quantity = lr.quantity;
            auto refund = unit->times(lr.quantity);
            if (!refund)
                return refund.error();
            line.refund = *refund;
            line.tax = Money::zero(refund->currency());
            if (!product->taxClassId.isNull()) {
                // The refund holds the tax whether the class adds or includes it.
                auto tax = TaxClasses(m_store).find(product->taxClassId);
                if (!tax && tax.error().kind != Error::Kind::NotFound)
                    return tax.error();
                if (tax)
                    line.tax = PriceCalculator::taxOf(line.refund, tax->rateBp, true);
            }
            line.disposition = lr.disposition;
            line.reason = lr.reason.trimmed();
            d.lines << line;
        }
    }
    if (!d.clientId.isNull()) {
        if (auto client = ClientService(m_store).find(d.clientId); !client)
            return client.error();
    }
    for (const ReturnLine &line : std::as_const(d.lines)) {
        if (auto added = d.refund.add(line.refund); !added)
            return added.error();
        if (auto added = d.tax.add(line.tax); !added)
            return added.error();
        if (!line.productId.isNull() && !p.trackStock.contains(line.productId.toString())) {
            auto tracked = catalog.tracksStock(line.productId);
            if (!tracked)
                return tracked.error();
            p.trackStock.insert(line.productId.toString(), *tracked);
        }
    }

    // Where the money goes back: RefundPlanner's rules over what was paid
    // and refunded before.
    RefundFacts facts { d.refund,
                        r.exchangeCredit.value_or(Money::zero(*currency)),
                        r.refundMethod,
                        !d.clientId.isNull(),
                        p.sale.has_value(),
                        Money::zero(*currency),
                        {},
                        {} };
    if (p.sale) {
        auto owed = ClientAccount(m_store).dueForSale(p.sale->id);
        if (!owed)
            return owed.error();
        facts.owedOnSale = *owed;
        facts.salePayments = p.sale->payments;
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral("SELECT p.method, p.gift_card_id, sum(-p.amount_minor), p.currency"
                                 " FROM payments p JOIN returns r ON r.id = p.return_id WHERE"
                                 " r.sale_id = ? AND p.amount_minor < 0 GROUP BY 1, 2, 4"));
        q.addBindValue(p.sale->id.toString());
        if (auto ran = execQuery(q); !ran)
            return ran.error();
        while (q.next())
            facts.refundedBefore << RefundPart {
                paymentMethodFrom(q.value(0).toString()).value_or(PaymentMethod::Cash),
                moneyFromColumns(q.value(2), q.value(3)),
                {},
                Id::fromString(q.value(1).toString()),
                false
            };
    }
    auto parts = RefundPlanner::plan(facts);
    if (!parts)
        return parts.error();
    p.refunds = *parts;

    // The drawer's open shift: cash refunds need one, the others record it.
    if (!r.drawerId.isNull()) {
        auto open = ShiftService(m_store).openShift(r.drawerId);
        if (!open)
            return open.error();
        p.shift = *open;
    }
    for (const RefundPart &part : std::as_const(p.refunds)) {
        if (part.method == PaymentMethod::Cash) {
            if (!p.shift)
                return Error::conflict(QStringLiteral("return.noOpenShift"),
                                       tr("Open the cash drawer (start a shift) to refund %1 in "
                                          "cash.")
                                           .arg(part.amount.toDisplayString()));
        }
    }
    return p;
}

Result<SaleReturn> ReturnService::preview(const ReturnRequest &request) const
{
    auto p = plan(request, Approval::NotYet);
    if (!p)
        return p.error();
    SaleReturn out = p->draft;
    for (const RefundPart &part : std::as_const(p->refunds)) {
        Payment payment;
        payment.method = part.method;
        payment.amount = part.amount.negated();
        payment.reference = part.reference;
        payment.giftCardId = part.giftCardId;
        out.payments << payment;
    }
    return out;
}

Result<SaleReturn> ReturnService::createReturn(const ReturnRequest &request)
{
    SaleReturn out;
    auto written = m_store.transact([&]() -> Result<void> {
        // Planned inside the transaction: what was returned already cannot
        // change between the check and the write.
        auto p = plan(request, Approval::Required);
        if (!p)
            return p.error();
        return write(request, *p, out);
    });
    if (!written)
        return written.error();
    return out;
}

Result<void> ReturnService::write(const ReturnRequest &r, const Plan &p, SaleReturn &out)
{
    out = p.draft;
    auto number = nextDocumentNumber(m_store, r.locationId, true);
    if (!number)
        return number.error();
    const qint64 now = m_store.clock().nowMsecsSinceEpoch();
    out.id = r.returnId.isNull() ? Id::generate(m_store.clock()) : r.returnId;
    out.number = number->number;
    out.sequence = number->sequence;
    out.deviceId = Id::fromString(m_store.deviceId());
    out.shiftId = p.shift ? p.shift->id : Id();
    out.atMsecs = now;
    if (r.exchangeCredit && r.exchangeCredit->isPositive() && *r.exchangeCredit == out.refund)
        out.refundMethod = RefundMethod::Exchange;

    ChangeWriter &writer = m_store.writer();
    if (auto w = writer.appendLedger(
            QStringLiteral("returns"), out.id,
            { { QStringLiteral("number"), out.number },
              { QStringLiteral("sequence"), out.sequence },
              { QStringLiteral("sale_id"), idOrNull(out.saleId) },
              { QStringLiteral("location_id"), out.locationId.toString() },
              { QStringLiteral("device_id"), m_store.deviceId() },
              { QStringLiteral("shift_id"), idOrNull(out.shiftId) },
              { QStringLiteral("client_id"), idOrNull(out.clientId) },
              { QStringLiteral("user_id"), idOrNull(out.userId) },
              { QStringLiteral("approved_by"), idOrNull(out.approvedBy) },
              { QStringLiteral("at"), now },
              { QStringLiteral("currency"), out.currency().code() },
              { QStringLiteral("refund_minor"), out.refund.minorUnits() },
              { QStringLiteral("tax_minor"), out.tax.minorUnits() },
              { QStringLiteral("refund_method"), refundMethodName(out.refundMethod) },
              { QStringLiteral("reason"), textOrNull(out.reason) },
              { QStringLiteral("exchange_sale_id"), idOrNull(out.exchangeSaleId) } });
        !w)
        return w.error();

    StockLedger stock(m_store);
    for (const ReturnLine &line : std::as_const(out.lines)) {
        if (auto w = writer.appendLedger(
                QStringLiteral("return_lines"), line.id,
                { { QStringLiteral("return_id"), out.id.toString() },
                  { QStringLiteral("sale_id"), idOrNull(out.saleId) },
                  { QStringLiteral("sale_line_id"), idOrNull(line.saleLineId) },
                  { QStringLiteral("product_id"), idOrNull(line.productId) },
                  { QStringLiteral("description"), line.description },
                  { QStringLiteral("quantity"), line.quantity },
                  { QStringLiteral("refund_minor"), line.refund.minorUnits() },
                  { QStringLiteral("tax_minor"), line.tax.minorUnits() },
                  { QStringLiteral("disposition"), returnDispositionName(line.disposition) },
                  { QStringLiteral("reason"), textOrNull(line.reason) } });
            !w)
            return w.error();
        if (line.productId.isNull() || !p.trackStock.value(line.productId.toString()))
            continue;
        StockMovement back;
        back.productId = line.productId;
        back.locationId = out.locationId;
        back.quantity = line.quantity;
        back.kind = StockMovementKind::Return;
        back.sourceTable = QStringLiteral("returns");
        back.sourceId = out.id;
        back.userId = out.userId;
        back.atMsecs = now;
        if (auto moved = stock.record(back); !moved)
            return moved.error();
        if (line.disposition == ReturnDisposition::Damaged) {
            StockMovement off = back;
            off.id = Id();
            off.quantity = -line.quantity;
            off.kind = StockMovementKind::Damaged;
            off.reason = line.reason.isEmpty() ? tr("Returned damaged") : line.reason;
            if (auto moved = stock.record(off); !moved)
                return moved.error();
        }
    }

    PaymentLedger payments(m_store);
    ClientAccount account(m_store);
    GiftCards giftCards(m_store);
    for (const RefundPart &part : std::as_const(p.refunds)) {
        if (part.reducesDue) {
            ClientAccount::Entry e;
            e.clientId = out.clientId;
            e.kind = ClientAccount::Kind::Due;
            e.amount = part.amount.negated();
            e.saleId = out.saleId;
            e.returnId = out.id;
            e.note = out.number;
            e.userId = out.userId;
            e.atMsecs = now;
            if (auto entry = account.record(e); !entry)
                return entry.error();
            continue;
        }
        Payment refund;
        refund.returnId = out.id;
        refund.clientId = out.clientId;
        refund.shiftId = out.shiftId;
        refund.locationId = out.locationId;
        refund.userId = out.userId;
        refund.method = part.method;
        refund.amount = part.amount.negated();
        refund.reference = part.reference;
        refund.giftCardId = part.giftCardId;
        refund.atMsecs = now;
        auto recorded = payments.record(refund);
        if (!recorded)
            return recorded.error();
        out.payments << *recorded;
        if (part.method == PaymentMethod::StoreCredit) {
            ClientAccount::Entry e;
            e.clientId = out.clientId;
            e.kind = ClientAccount::Kind::StoreCredit;
            e.amount = part.amount;
            e.saleId = out.saleId;
            e.returnId = out.id;
            e.paymentId = recorded->id;
            e.note = out.number;
            e.userId = out.userId;
            e.atMsecs = now;
            if (auto entry = account.record(e); !entry)
                return entry.error();
        } else if (part.method == PaymentMethod::GiftCard) {
            if (auto e = giftCards.addEntry(part.giftCardId, part.amount, {}, out.id, recorded->id);
                !e)
                return e;
        }
    }
    if (out.saleId.isNull()) {
        auto audited = AuditTrail(m_store).record(
            QStringLiteral("return.withoutReceiptApproved"), QStringLiteral("returns"), out.id,
            QJsonObject { { QStringLiteral("refund_minor"), out.refund.minorUnits() } },
            out.approvedBy);
        if (!audited)
            return audited.error();
    }
    return {};
}

Result<SaleReturn> ReturnService::find(const Id &returnId) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT id, number, sequence, sale_id, location_id, device_id,"
                             " shift_id, client_id, user_id, approved_by, at, currency,"
                             " refund_minor, tax_minor, refund_method, reason, exchange_sale_id"
                             " FROM returns WHERE id = ?"));
    q.addBindValue(returnId.toString());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    if (!q.next())
        return Error::notFound(QStringLiteral("return.notFound"),
                               tr("There is no return with id %1.").arg(returnId.toString()));
    SaleReturn r;
    r.id = Id::fromString(q.value(0).toString());
    r.number = q.value(1).toString();
    r.sequence = q.value(2).toLongLong();
    r.saleId = Id::fromString(q.value(3).toString());
    r.locationId = Id::fromString(q.value(4).toString());
    r.deviceId = Id::fromString(q.value(5).toString());
    r.shiftId = Id::fromString(q.value(6).toString());
    r.clientId = Id::fromString(q.value(7).toString());
    r.userId = Id::fromString(q.value(8).toString());
    r.approvedBy = Id::fromString(q.value(9).toString());
    r.atMsecs = q.value(10).toLongLong();
    const QVariant currency = q.value(11); // the lines' too
    r.refund = moneyFromColumns(q.value(12), currency);
    r.tax = moneyFromColumns(q.value(13), currency);
    r.refundMethod = refundMethodFrom(q.value(14).toString()).value_or(RefundMethod::Original);
    r.reason = q.value(15).toString();
    r.exchangeSaleId = Id::fromString(q.value(16).toString());
    q.prepare(QStringLiteral("SELECT id, sale_line_id, product_id, description, quantity,"
                             " refund_minor, tax_minor, disposition, reason FROM return_lines"
                             " WHERE return_id = ? ORDER BY rowid"));
    q.addBindValue(returnId.toString());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next()) {
        ReturnLine l;
        l.id = Id::fromString(q.value(0).toString());
        l.saleLineId = Id::fromString(q.value(1).toString());
        l.productId = Id::fromString(q.value(2).toString());
        l.description = q.value(3).toString();
        l.quantity = q.value(4).toLongLong();
        l.refund = moneyFromColumns(q.value(5), currency);
        l.tax = moneyFromColumns(q.value(6), currency);
        l.disposition = q.value(7).toString() == QLatin1String("damaged")
            ? ReturnDisposition::Damaged
            : ReturnDisposition::Restock;
        l.reason = q.value(8).toString();
        r.lines << l;
    }
    auto payments = PaymentLedger(m_store).forReturn(returnId);
    if (!payments)
        return payments.error();
    r.payments = *payments;
    return r;
}

Result<SaleReturn> ReturnService::findByNumber(const QString &number) const
{
    const QString cleaned = number.simplified().toUpper();
    if (cleaned.isEmpty())
        return Error::invalid(QStringLiteral("return.numberEmpty"), tr("Type a return number."));
    QSqlQuery q(m_store.database().connection());
    const auto ids = [&](const QString &where, const QString &value) -> Result<QList<Id>> {
        q.prepare(QStringLiteral("SELECT id FROM returns WHERE %1 LIMIT 2").arg(where));
        q.addBindValue(value);
        return idsQuery(q);
    };
    auto found = ids(QStringLiteral("number = ?"), cleaned);
    if (found && found->isEmpty()) {
        // The last digits, with or without the "R" that marks returns.
        const QString digits = cleaned.startsWith(u'R') ? cleaned.mid(1) : cleaned;
        bool numeric = false;
        digits.toLongLong(&numeric);
        if (numeric)
            found = ids(QStringLiteral("number LIKE ?"),
                        QStringLiteral("%-R") + digits.rightJustified(5, u'0'));
    }
    if (!found)
        return found.error();
    if (found->size() > 1)
        return Error::conflict(
            QStringLiteral("return.ambiguousNumber"),
            tr("More than one return matches %1; type the whole number.").arg(cleaned));
    if (found->isEmpty())
        return Error::notFound(QStringLiteral("return.notFound"),
                               tr("There is no return %1.").arg(cleaned));
    return find(found->first());
}

Result<QList<SaleReturn>> ReturnService::forSale(const Id &saleId) const
{
    QList<SaleReturn> out;
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT id FROM returns WHERE sale_id = ? ORDER BY at, id"));
    q.addBindValue(saleId.toString());
    auto ids = idsQuery(q);
    if (!ids)
        return ids.error();
    for (const Id &id : std::as_const(*ids)) {
        auto r = find(id);
        if (!r)
            return r.error();
        out << *r;
    }
    return out;
}

} // namespace Balcao
