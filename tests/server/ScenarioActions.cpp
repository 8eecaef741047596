// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioActions.h"

#include "Amounts.h"
#include "cash/Denominations.h"
#include "cash/ShiftService.h"
#include "catalog/ProductCatalog.h"
#include "catalog/ServiceCatalog.h"
#include "clients/ClientService.h"
#include "conflicts/ConflictInbox.h"
#include "inventory/StockLedger.h"
#include "sales/CartBuilder.h"
#include "sales/CheckoutService.h"
#include "sales/DuePayment.h"
#include "sales/ExchangeService.h"
#include "sales/ReturnService.h"
#include "scheduling/AppointmentBook.h"
#include "storage/ChangeWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Balcao::Test {

namespace {

// Few phones, so that two terminals give two clients the same one.
const QStringList kPhones { QStringLiteral("11911110000"), QStringLiteral("11922220000"),
                            QStringLiteral("11933330000") };

Error refusal(const QString &code)
{
    return Error::notFound(code, code);
}

// The drawer's open shift; with none, the refusal to move or count cash.
Result<CashShift> openShiftOf(ShiftService &shifts, const Id &drawer)
{
    auto found = shifts.openShift(drawer);
    if (!found)
        return found.error();
    if (!found->has_value())
        return refusal(QStringLiteral("sim.noOpenShift"));
    return **found;
}

} // namespace

ScenarioActions::ScenarioActions(SimulatedBusiness &business, ActionRecord &record, quint32 seed)
    : m_business(business)
    , m_record(record)
    , m_random(seed ^ 0x5eed5u)
{ }

QList<Id> ScenarioActions::known(SimulatedTerminal &t, const QString &sql)
{
    QList<Id> ids;
    QSqlQuery q(t.local().database().connection());
    if (q.exec(sql)) {
        while (q.next())
            ids << Id::fromString(q.value(0).toString());
    }
    return ids;
}

QString ScenarioActions::conclude(const QString &step, const Outcome &outcome)
{
    if (outcome) {
        ++m_record.done[step];
        return *outcome;
    }
    ++m_record.refused[step + QStringLiteral(": ") + outcome.error().code];
    return QStringLiteral("refused: ") + outcome.error().code;
}

QString ScenarioActions::run(const Step &step)
{
    const QString line = act(step);
    noteClientWrites(m_business.terminal(step.terminal));
    if (step.other >= 0)
        noteClientWrites(m_business.terminal(step.other));
    return line;
}

QString ScenarioActions::act(const Step &step)
{
    SimulatedTerminal &t = m_business.terminal(step.terminal);
    const QString name = stepKindName(step.kind);
    const QString who = t.name + QLatin1Char(' ') + name + QStringLiteral(": ");
    switch (step.kind) {
    case StepKind::AddClient:
        return who + conclude(name, addClient(t));
    case StepKind::EditClient:
        return who + conclude(name, editClient(t));
    case StepKind::DeleteClient:
        return who + conclude(name, deleteClient(t));
    case StepKind::Sell:
        return who + conclude(name, sell(t));
    case StepKind::ReturnGoods:
        return who + conclude(name, returnGoods(t));
    case StepKind::ExchangeGoods:
        return who + conclude(name, exchangeGoods(t));
    case StepKind::PayDue:
        return who + conclude(name, payDue(t));
    case StepKind::Book:
        return who + conclude(name, book(t));
    case StepKind::ChangeBooking:
        return who + conclude(name, changeBooking(t));
    case StepKind::ChargeAppointment:
        return who + conclude(name, chargeAppointment(t));
    case StepKind::OpenShift:
        return who + conclude(name, openShift(t));
    case StepKind::MoveCash:
        return who + conclude(name, moveCash(t));
    case StepKind::CloseShift:
        return who + conclude(name, closeShift(t));
    case StepKind::CountStock:
        return who + conclude(name, countStock(t));
    case StepKind::ResolveConflict:
        return who + conclude(name, resolveConflict(t));
    case StepKind::ReturnTwice:
        return who + returnTwice(t, m_business.terminal(step.other));
    case StepKind::BookTwice:
        return who + bookTwice(t, m_business.terminal(step.other));
    case StepKind::OpenDrawerTwice:
        return who + openDrawerTwice(t, m_business.terminal(step.other));
    case StepKind::SellLastUnitsTwice:
        return who + sellLastUnitsTwice(t, m_business.terminal(step.other));
    case StepKind::ResolveTwice:
        return who + resolveTwice(t, m_business.terminal(step.other));
    default:
        return who + QStringLiteral("not a data step");
    }
}

// Clients ------------------------------------------------------------------

void ScenarioActions::noteClientWrites(SimulatedTerminal &t)
{
    // Whatever wrote them: the client steps, and resolutions that delete the
    // duplicates of a client.
    qint64 &seen = m_clientLogSeen[t.name];
    QSqlQuery q(t.local().database().connection());
    q.prepare(QStringLiteral("SELECT seq, row_id, hlc, device_id, payload FROM change_log WHERE"
                             " table_name = 'clients' AND seq > ? ORDER BY seq"));
    q.addBindValue(seen);
    if (!q.exec())
        return;
    while (q.next()) {
        seen = q.value(0).toLongLong();
        const FieldVersion version { Hlc::fromPacked(static_cast<quint64>(q.value(2).toLongLong())),
                                     q.value(3).toString() };
        const QJsonObject payload
            = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        for (auto it = payload.begin(); it != payload.end(); ++it) {
            auto &slot = m_record.clientFields[{ q.value(1).toString(), it.key() }];
            if (slot.version < version)
                slot = ActionRecord::LatestWrite { version, ChangeWriter::fromJson(it.value()) };
        }
    }
}

ScenarioActions::Outcome ScenarioActions::addClient(SimulatedTerminal &t)
{
    ClientDraft d;
    d.name = QStringLiteral("Cliente %1").arg(m_random.bounded(100000));
    if (chance(35))
        d.phone = pick(kPhones);
    auto client = ClientService(t.local()).create(d);
    if (!client)
        return client.error();
    return QStringLiteral("%1 (%2)").arg(*d.name, d.phone.value_or(QString()));
}

ScenarioActions::Outcome ScenarioActions::editClient(SimulatedTerminal &t)
{
    const QList<Id> clients
        = known(t, QStringLiteral("SELECT id FROM clients WHERE deleted = 0 ORDER BY id"));
    if (clients.isEmpty())
        return refusal(QStringLiteral("sim.noClient"));
    const Id id = pick(clients);
    ClientDraft d;
    switch (m_random.bounded(4)) {
    case 0:
        d.name = QStringLiteral("Nome %1").arg(m_random.bounded(1000));
        break;
    case 1:
        d.email = QStringLiteral("e%1@example.com").arg(m_random.bounded(1000));
        break;
    case 2:
        d.phone = pick(kPhones);
        break;
    default:
        d.notes = QStringLiteral("nota %1").arg(m_random.bounded(1000));
    }
    auto updated = ClientService(t.local()).update(id, d);
    if (!updated)
        return updated.error();
    return id.toString();
}

ScenarioActions::Outcome ScenarioActions::deleteClient(SimulatedTerminal &t)
{
    const QList<Id> clients
        = known(t, QStringLiteral("SELECT id FROM clients WHERE deleted = 0 ORDER BY id"));
    if (clients.isEmpty())
        return refusal(QStringLiteral("sim.noClient"));
    const Id id = pick(clients);
    if (auto removed = ClientService(t.local()).remove(id); !removed)
        return removed.error();
    return id.toString();
}

// Sales --------------------------------------------------------------------

Result<ScenarioActions::PaymentPlan> ScenarioActions::splitPayment(SimulatedTerminal &t,
                                                                   const Cart &cart)
{
    auto review = CheckoutService(t.local()).review(cart, m_business.shop().location);
    if (!review)
        return review.error();
    PaymentPlan payment;
    // Worked out in centavos: every amount of the simulated shop is in reais.
    qint64 rest = review->totals.total.minorUnits();
    qint64 credit = review->clientStoreCredit ? review->clientStoreCredit->minorUnits() : 0;
    qint64 cash = 0;
    // One to three tenders; cash gives change, store credit and "the rest on
    // the account" only with a client.
    const int parts = 1 + static_cast<int>(m_random.bounded(3));
    for (int i = 0; i < parts && rest > 0; ++i) {
        const bool last = i == parts - 1;
        const qint64 amount = last ? rest : 1 + m_random.bounded(rest);
        switch (m_random.bounded(cart.clientId.isNull() ? 3 : 5)) {
        case 0:
            payment.tenders << Tender { PaymentMethod::Card,
                                        reais(amount),
                                        QStringLiteral("AUT%1").arg(m_random.bounded(100000)),
                                        {} };
            rest -= amount;
            break;
        case 1:
            payment.tenders << Tender { PaymentMethod::Pix,
                                        reais(amount),
                                        QStringLiteral("E2E%1").arg(m_random.bounded(100000)),
                                        {} };
            rest -= amount;
            break;
        case 2:
            cash += amount;
            rest -= amount;
            break;
        case 3:
            if (credit > 0) {
                const qint64 used = std::min(amount, credit);
                payment.tenders << Tender { PaymentMethod::StoreCredit, reais(used), {}, {} };
                credit -= used;
                rest -= used;
            }
            break;
        default:
            payment.leaveRestDue = true;
            rest = 0;
            break;
        }
    }
    if (rest > 0)
        payment.tenders << Tender { PaymentMethod::Card, reais(rest), QStringLiteral("AUT0"), {} };
    // One cash tender, now and then in notes rounded up to R$ 10: change
    // comes back.
    if (cash > 0)
        payment.tenders << Tender {
            PaymentMethod::Cash, reais(chance(40) ? (cash + 999) / 1000 * 1000 : cash), {}, {}
        };
    return payment;
}

ScenarioActions::Outcome ScenarioActions::checkout(SimulatedTerminal &t, Cart cart)
{
    auto payment = splitPayment(t, cart);
    if (!payment)
        return payment.error();
    CheckoutRequest request;
    request.cart = std::move(cart);
    request.locationId = m_business.shop().location;
    request.tenders = payment->tenders;
    request.leaveRestDue = payment->leaveRestDue;
    request.userId = m_business.shop().frontDesk;
    if (chance(80))
        request.drawerId = m_business.shop().drawer;
    auto sale = CheckoutService(t.local()).checkout(request);
    if (!sale)
        return sale.error();
    m_record.sales.insert(sale->id.toString());
    QStringList methods;
    for (const Payment &p : std::as_const(sale->payments))
        methods << paymentMethodName(p.method);
    return QStringLiteral("%1 total %2 paid %3%4")
        .arg(sale->number)
        .arg(sale->total.minorUnits())
        .arg(methods.join(u'+'))
        .arg(sale->due.isPositive() ? QStringLiteral(", %1 due").arg(sale->due.minorUnits())
                                    : QString());
}

ScenarioActions::Outcome ScenarioActions::sell(SimulatedTerminal &t)
{
    LocalStore &store = t.local();
    const ShopIds &shop = m_business.shop();
    CartBuilder builder(store);
    auto cart = builder.emptyCart();
    if (!cart)
        return cart.error();
    const int lines = 1 + static_cast<int>(m_random.bounded(3));
    for (int i = 0; i < lines; ++i) {
        const int what = static_cast<int>(m_random.bounded(10));
        Result<CartLine> line = refusal(QStringLiteral("sim.noLine"));
        if (what < 9) {
            const Id product = what < 4 ? shop.shampoo
                : what < 7              ? shop.conditioner
                                        : shop.giftWrap;
            auto found = ProductCatalog(store).find(product);
            if (!found)
                return found.error();
            line = builder.productLine(*found, 1 + m_random.bounded(3));
        } else {
            auto found = ServiceCatalog(store).find(shop.cut);
            if (!found)
                return found.error();
            line = builder.serviceLine(*found, chance(50) ? shop.ana : shop.bruno);
        }
        if (!line)
            return line.error();
        cart->lines << *line;
    }
    if (chance(60)) {
        const QList<Id> clients
            = known(t, QStringLiteral("SELECT id FROM clients WHERE deleted = 0 ORDER BY id"));
        if (!clients.isEmpty())
            cart->clientId = pick(clients);
    }
    return checkout(t, *cart);
}

std::optional<ScenarioActions::ReturnableUnits>
ScenarioActions::pickReturnable(SimulatedTerminal &t, SimulatedTerminal *alsoKnownTo)
{
    QList<Id> sales = known(t, QStringLiteral("SELECT id FROM sales ORDER BY at, id"));
    if (alsoKnownTo) {
        const QList<Id> there
            = known(*alsoKnownTo, QStringLiteral("SELECT id FROM sales ORDER BY at, id"));
        sales.removeIf([&](const Id &id) { return !there.contains(id); });
    }
    if (sales.isEmpty())
        return std::nullopt;
    // A few tries: most sales still have something to give back.
    for (int attempt = 0; attempt < 4; ++attempt) {
        const Id saleId = pick(sales);
        auto lines = ReturnService(t.local()).returnable(saleId);
        if (!lines)
            continue;
        QList<ReturnableLine> open;
        for (const ReturnableLine &line : std::as_const(*lines)) {
            if (line.returnable > 0)
                open << line;
        }
        if (open.isEmpty())
            continue;
        const ReturnableLine &line = pick(open);
        return ReturnableUnits { saleId, line.line.id, line.returnable };
    }
    return std::nullopt;
}

ScenarioActions::Outcome ScenarioActions::returnUnits(SimulatedTerminal &t, const Id &saleId,
                                                      const Id &lineId, qint64 quantity)
{
    ReturnRequest request;
    request.saleId = saleId;
    request.locationId = m_business.shop().location;
    request.lines = { ReturnLineRequest { lineId,
                                          {},
                                          quantity,
                                          chance(80) ? ReturnDisposition::Restock
                                                     : ReturnDisposition::Damaged,
                                          {} } };
    // Store credit needs a client: only sales to one offer it.
    const bool toClient = !known(t,
                                 QStringLiteral("SELECT id FROM sales WHERE id = '%1' AND"
                                                " client_id IS NOT NULL")
                                     .arg(saleId.toString()))
                               .isEmpty();
    request.refundMethod
        = toClient && chance(30) ? RefundMethod::StoreCredit : RefundMethod::Original;
    request.userId = m_business.shop().frontDesk;
    request.drawerId = m_business.shop().drawer;
    auto returned = ReturnService(t.local()).createReturn(request);
    if (!returned)
        return returned.error();
    m_record.returns.insert(returned->id.toString());
    return QStringLiteral("%1: %2 unit(s), refund %3")
        .arg(returned->number)
        .arg(quantity)
        .arg(returned->refund.minorUnits());
}

ScenarioActions::Outcome ScenarioActions::returnGoods(SimulatedTerminal &t)
{
    const auto units = pickReturnable(t);
    if (!units)
        return refusal(QStringLiteral("sim.nothingToReturn"));
    return returnUnits(t, units->saleId, units->lineId, 1 + m_random.bounded(units->units));
}

ScenarioActions::Outcome ScenarioActions::exchangeGoods(SimulatedTerminal &t)
{
    LocalStore &store = t.local();
    const ShopIds &shop = m_business.shop();
    const auto units = pickReturnable(t);
    if (!units)
        return refusal(QStringLiteral("sim.nothingToReturn"));
    ExchangeRequest request;
    request.giveBack.saleId = units->saleId;
    request.giveBack.locationId = shop.location;
    request.giveBack.lines = { ReturnLineRequest {
        units->lineId, {}, 1, ReturnDisposition::Restock, QStringLiteral("troca") } };
    request.giveBack.userId = shop.frontDesk;
    request.giveBack.drawerId = shop.drawer;
    CartBuilder builder(store);
    auto cart = builder.emptyCart();
    if (!cart)
        return cart.error();
    auto product = ProductCatalog(store).find(chance(50) ? shop.shampoo : shop.conditioner);
    if (!product)
        return product.error();
    auto line = builder.productLine(*product, 1 + m_random.bounded(2));
    if (!line)
        return line.error();
    cart->lines << *line;
    // The client pays by card what the new goods cost beyond the refund.
    auto refund = ReturnService(store).preview(request.giveBack);
    if (!refund)
        return refund.error();
    auto review = CheckoutService(store).review(*cart, shop.location);
    if (!review)
        return review.error();
    const qint64 difference = review->totals.total.minorUnits() - refund->refund.minorUnits();
    request.takeNew.cart = *cart;
    request.takeNew.locationId = shop.location;
    request.takeNew.userId = shop.frontDesk;
    request.takeNew.drawerId = shop.drawer;
    if (difference > 0)
        request.takeNew.tenders
            = { Tender { PaymentMethod::Card, reais(difference), QStringLiteral("AUT-X"), {} } };
    auto exchanged = ExchangeService(store).exchange(request);
    if (!exchanged)
        return exchanged.error();
    m_record.sales.insert(exchanged->sale.id.toString());
    m_record.returns.insert(exchanged->returned.id.toString());
    return QStringLiteral("%1 for %2, difference %3")
        .arg(exchanged->returned.number, exchanged->sale.number)
        .arg(exchanged->difference.minorUnits());
}

ScenarioActions::Outcome ScenarioActions::payDue(SimulatedTerminal &t)
{
    QSqlQuery q(t.local().database().connection());
    QList<std::pair<Id, qint64>> owing;
    if (q.exec(QStringLiteral("SELECT client_id, sum(amount_minor) FROM client_account_entries"
                              " WHERE kind = 'due' GROUP BY client_id HAVING sum(amount_minor) > 0"
                              " ORDER BY client_id"))) {
        while (q.next())
            owing << std::pair { Id::fromString(q.value(0).toString()), q.value(1).toLongLong() };
    }
    if (owing.isEmpty())
        return refusal(QStringLiteral("sim.nobodyOwes"));
    const auto &[client, due] = pick(owing);
    const qint64 amount = chance(50) ? due : 1 + m_random.bounded(due);
    DuePaymentRequest request;
    request.clientId = client;
    request.locationId = m_business.shop().location;
    request.tenders
        = { chance(50) ? Tender { PaymentMethod::Pix, reais(amount), QStringLiteral("E2E-D"), {} }
                       : Tender { PaymentMethod::Cash, reais(amount), {}, {} } };
    request.userId = m_business.shop().frontDesk;
    request.drawerId = m_business.shop().drawer;
    auto paid = DuePayment(t.local()).pay(request);
    if (!paid)
        return paid.error();
    return QStringLiteral("%1 paid, %2 still due")
        .arg(paid->paid.minorUnits())
        .arg(paid->stillDue.minorUnits());
}

// Appointments -------------------------------------------------------------

qint64 ScenarioActions::slotStart(const QDate &day)
{
    // Whole and half hours of the working day, so that bookings collide.
    static const QStringList kTimes { QStringLiteral("09:00"), QStringLiteral("09:30"),
                                      QStringLiteral("10:00"), QStringLiteral("11:00"),
                                      QStringLiteral("13:00"), QStringLiteral("14:00"),
                                      QStringLiteral("14:30"), QStringLiteral("16:00") };
    const QTime time = QTime::fromString(pick(kTimes), QStringLiteral("HH:mm"));
    return QDateTime(day, time, m_business.shop().zone).toMSecsSinceEpoch();
}

ScenarioActions::Outcome ScenarioActions::bookAt(SimulatedTerminal &t, const Id &service,
                                                 const Id &staff, qint64 startsAt, const Id &client,
                                                 bool overrideConflicts)
{
    BookingRequest request;
    request.locationId = m_business.shop().location;
    request.clientId = client;
    request.startsAtMsecs = startsAt;
    request.lines = { BookingLine { service, staff, {}, {} } };
    if (overrideConflicts) {
        request.overrideConflicts = true;
        request.overriddenBy = m_business.shop().manager;
    }
    auto booked = AppointmentBook(t.local()).book(request);
    if (!booked)
        return booked.error();
    return QStringLiteral("%1 at %2").arg(booked->id.toString()).arg(booked->time.from);
}

ScenarioActions::Outcome ScenarioActions::book(SimulatedTerminal &t)
{
    const ShopIds &shop = m_business.shop();
    const QList<Id> services { shop.cut, shop.cut, shop.colour, shop.wash };
    const Id service = pick(services);
    const QList<Id> staff { shop.ana, shop.bruno, Id() };
    const QList<Id> clients
        = known(t, QStringLiteral("SELECT id FROM clients WHERE deleted = 0 ORDER BY id"));
    return bookAt(t, service, service == shop.colour ? shop.ana : pick(staff),
                  slotStart(shop.firstDay.addDays(m_random.bounded(6))),
                  clients.isEmpty() || chance(10) ? Id() : pick(clients), chance(8));
}

ScenarioActions::Outcome ScenarioActions::changeBooking(SimulatedTerminal &t)
{
    const QList<Id> appointments = known(
        t, QStringLiteral("SELECT id FROM appointments WHERE deleted = 0 ORDER BY starts_at, id"));
    if (appointments.isEmpty())
        return refusal(QStringLiteral("sim.noAppointment"));
    const Id id = pick(appointments);
    AppointmentBook book(t.local());
    switch (m_random.bounded(4)) {
    case 0: {
        const ShopIds &shop = m_business.shop();
        auto moved = book.move(id, slotStart(shop.firstDay.addDays(m_random.bounded(6))),
                               chance(30) ? shop.bruno : Id(), AppointmentBook::Change {});
        if (!moved)
            return moved.error();
        return QStringLiteral("moved %1").arg(id.toString());
    }
    case 1: {
        auto cancelled = book.cancel(id, QStringLiteral("cliente desmarcou"));
        if (!cancelled)
            return cancelled.error();
        return QStringLiteral("cancelled %1").arg(id.toString());
    }
    default: {
        const QList<AppointmentStatus> statuses { AppointmentStatus::Confirmed,
                                                  AppointmentStatus::CheckedIn,
                                                  AppointmentStatus::NoShow };
        const AppointmentStatus status = pick(statuses);
        auto changed = book.setStatus(id, status);
        if (!changed)
            return changed.error();
        return QStringLiteral("%1 %2").arg(appointmentStatusName(status), id.toString());
    }
    }
}

ScenarioActions::Outcome ScenarioActions::chargeAppointment(SimulatedTerminal &t)
{
    const QList<Id> appointments
        = known(t,
                QStringLiteral("SELECT id FROM appointments WHERE deleted = 0 AND status IN"
                               " ('booked', 'confirmed', 'checked_in') ORDER BY starts_at, id"));
    if (appointments.isEmpty())
        return refusal(QStringLiteral("sim.noAppointment"));
    auto cart = CartBuilder(t.local()).cartForAppointment(pick(appointments));
    if (!cart)
        return cart.error();
    return checkout(t, *cart);
}

// Cash ---------------------------------------------------------------------

ScenarioActions::Outcome ScenarioActions::openShift(SimulatedTerminal &t)
{
    auto shift = ShiftService(t.local()).open(m_business.shop().drawer,
                                              reais(5000 + 100 * m_random.bounded(100)),
                                              m_business.shop().frontDesk);
    if (!shift)
        return shift.error();
    return QStringLiteral("shift %1, float %2")
        .arg(shift->id.toString())
        .arg(shift->openingFloat.minorUnits());
}

ScenarioActions::Outcome ScenarioActions::moveCash(SimulatedTerminal &t)
{
    ShiftService shifts(t.local());
    const auto shift = openShiftOf(shifts, m_business.shop().drawer);
    if (!shift)
        return shift.error();
    const qint64 amount = 100 * (1 + m_random.bounded(50));
    const bool in = chance(50);
    auto moved = in ? shifts.cashIn(shift->id, reais(amount), QStringLiteral("troco do banco"),
                                    m_business.shop().frontDesk)
                    : shifts.cashOut(shift->id, reais(amount), QStringLiteral("fornecedor"),
                                     m_business.shop().frontDesk);
    if (!moved)
        return moved.error();
    return QStringLiteral("%1 %2")
        .arg(in ? QStringLiteral("in") : QStringLiteral("out"))
        .arg(amount);
}

ScenarioActions::Outcome ScenarioActions::closeShift(SimulatedTerminal &t)
{
    ShiftService shifts(t.local());
    const auto shift = openShiftOf(shifts, m_business.shop().drawer);
    if (!shift)
        return shift.error();
    auto report = shifts.report(shift->id);
    if (!report)
        return report.error();
    // Counted in notes and coins, largest first, now and then a little off.
    qint64 left = std::max<qint64>(0, report->expected.minorUnits() + (chance(30) ? -500 : 0));
    QMap<qint64, int> counted;
    for (const qint64 denomination : Denominations::of(shift->currency().code())) {
        const int count = static_cast<int>(left / denomination);
        if (count > 0) {
            counted.insert(denomination, count);
            left -= count * denomination;
        }
    }
    auto closed = shifts.close(shift->id, counted, QString(), m_business.shop().frontDesk);
    if (!closed)
        return closed.error();
    return QStringLiteral("shift %1, expected %2, counted %3")
        .arg(shift->id.toString())
        .arg(closed->expected.minorUnits())
        .arg(closed->counted ? closed->counted->minorUnits() : -1);
}

// Stock and conflicts --------------------------------------------------------

ScenarioActions::Outcome ScenarioActions::countStock(SimulatedTerminal &t)
{
    const ShopIds &shop = m_business.shop();
    const Id product = chance(50) ? shop.shampoo : shop.conditioner;
    StockLedger stock(t.local());
    switch (m_random.bounded(3)) {
    case 0: {
        auto received = stock.receive(product, shop.location, 1 + m_random.bounded(5),
                                      QStringLiteral("fornecedor"));
        if (!received)
            return received.error();
        return QStringLiteral("received %1").arg(received->quantity);
    }
    case 1: {
        const qint64 counted = m_random.bounded(7);
        auto adjusted = stock.adjustTo(product, shop.location, counted, QStringLiteral("contagem"));
        if (!adjusted)
            return adjusted.error();
        return QStringLiteral("counted %1").arg(counted);
    }
    default: {
        auto written = stock.writeOff(product, shop.location, 1, QStringLiteral("avaria"));
        if (!written)
            return written.error();
        return QStringLiteral("wrote one off");
    }
    }
}

ScenarioActions::Outcome ScenarioActions::resolve(SimulatedTerminal &t, const Id &id)
{
    ConflictInbox inbox(t.local());
    auto conflict = inbox.find(id);
    if (!conflict)
        return conflict.error();
    const QStringList resolutions = inbox.resolutions(*conflict);
    if (resolutions.isEmpty())
        return refusal(QStringLiteral("sim.noResolution"));
    const QString resolution = pick(resolutions);
    if (auto resolved = inbox.resolve(id, resolution, m_business.shop().manager); !resolved)
        return resolved.error();
    return QStringLiteral("%1 %2").arg(conflict->kind, resolution);
}

ScenarioActions::Outcome ScenarioActions::resolveConflict(SimulatedTerminal &t)
{
    const QList<Conflict> open = ConflictInbox(t.local()).open();
    if (open.isEmpty())
        return refusal(QStringLiteral("sim.noConflict"));
    return resolve(t, pick(open).id);
}

// Races: two terminals that cannot see each other do the same thing ---------

QString ScenarioActions::returnTwice(SimulatedTerminal &t, SimulatedTerminal &u)
{
    const QString name = stepKindName(StepKind::ReturnTwice);
    const auto units = pickReturnable(t, &u);
    if (!units)
        return conclude(name, refusal(QStringLiteral("sim.nothingToReturn")));
    // Each gives back every unit it believes is still out.
    const QString first
        = conclude(name, returnUnits(t, units->saleId, units->lineId, units->units));
    auto there = ReturnService(u.local()).returnable(units->saleId);
    qint64 unitsThere = 0;
    if (there) {
        for (const ReturnableLine &line : std::as_const(*there)) {
            if (line.line.id == units->lineId)
                unitsThere = line.returnable;
        }
    }
    const QString second = unitsThere > 0
        ? conclude(name, returnUnits(u, units->saleId, units->lineId, unitsThere))
        : conclude(name, refusal(QStringLiteral("sim.unknownThere")));
    return first + QStringLiteral(" | ") + u.name + QStringLiteral(": ") + second;
}

QString ScenarioActions::bookTwice(SimulatedTerminal &t, SimulatedTerminal &u)
{
    const QString name = stepKindName(StepKind::BookTwice);
    const ShopIds &shop = m_business.shop();
    const Id staff = chance(50) ? shop.ana : shop.bruno;
    const qint64 startsAt = slotStart(shop.firstDay.addDays(m_random.bounded(6)));
    const QString first = conclude(name, bookAt(t, shop.cut, staff, startsAt, {}, false));
    const QString second = conclude(name, bookAt(u, shop.cut, staff, startsAt, {}, false));
    return first + QStringLiteral(" | ") + u.name + QStringLiteral(": ") + second;
}

QString ScenarioActions::openDrawerTwice(SimulatedTerminal &t, SimulatedTerminal &u)
{
    const QString name = stepKindName(StepKind::OpenDrawerTwice);
    const QString first = conclude(name, openShift(t));
    const QString second = conclude(name, openShift(u));
    return first + QStringLiteral(" | ") + u.name + QStringLiteral(": ") + second;
}

ScenarioActions::Outcome ScenarioActions::sellUnits(SimulatedTerminal &t, const Id &product,
                                                    qint64 quantity)
{
    CartBuilder builder(t.local());
    auto cart = builder.emptyCart();
    if (!cart)
        return cart.error();
    auto found = ProductCatalog(t.local()).find(product);
    if (!found)
        return found.error();
    auto line = builder.productLine(*found, quantity);
    if (!line)
        return line.error();
    cart->lines << *line;
    return checkout(t, *cart);
}

QString ScenarioActions::sellLastUnitsTwice(SimulatedTerminal &t, SimulatedTerminal &u)
{
    const QString name = stepKindName(StepKind::SellLastUnitsTwice);
    const ShopIds &shop = m_business.shop();
    const Id product = chance(70) ? shop.conditioner : shop.shampoo;
    // Each sells what it believes is left (one when it believes none is).
    const auto lastUnits = [&](SimulatedTerminal &x) {
        return std::max<qint64>(1, StockLedger(x.local()).onHand(product, shop.location).value());
    };
    const qint64 onT = lastUnits(t);
    const qint64 onU = lastUnits(u);
    const QString first = conclude(name, sellUnits(t, product, onT));
    const QString second = conclude(name, sellUnits(u, product, onU));
    return first + QStringLiteral(" | ") + u.name + QStringLiteral(": ") + second;
}

QString ScenarioActions::resolveTwice(SimulatedTerminal &t, SimulatedTerminal &u)
{
    const QString name = stepKindName(StepKind::ResolveTwice);
    // A conflict both inboxes show open; each picks a resolution of its own.
    QList<Id> both;
    const QList<Conflict> there = ConflictInbox(u.local()).open();
    for (const Conflict &c : ConflictInbox(t.local()).open()) {
        if (std::any_of(there.cbegin(), there.cend(),
                        [&](const Conflict &o) { return o.id == c.id; }))
            both << c.id;
    }
    if (both.isEmpty())
        return conclude(name, refusal(QStringLiteral("sim.noConflict")));
    const Id id = pick(both);
    const QString first = conclude(name, resolve(t, id));
    const QString second = conclude(name, resolve(u, id));
    return first + QStringLiteral(" | ") + u.name + QStringLiteral(": ") + second;
}

} // namespace Balcao::Test
