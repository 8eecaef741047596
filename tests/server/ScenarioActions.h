// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScenarioPlan.h"
#include "SimulatedBusiness.h"
#include "sales/Cart.h"
#include "sales/Tender.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSet>

#include <map>

namespace Balcao::Test {

// What the actions did, for the checks after healing and the totals of a run.
struct ActionRecord
{
    // The latest write of one client field anywhere, by the merge order.
    struct LatestWrite
    {
        FieldVersion version;
        QVariant value;
    };
    std::map<std::pair<QString, QString>, LatestWrite> clientFields; // (client id, column)
    QSet<QString> sales; // every sale a service committed, exchanges' included
    QSet<QString> returns;
    QMap<QString, int> done; // by step
    QMap<QString, int> refused; // by step and error code: what the services said no to
};

// The data steps of a scenario: each calls the real core services on one
// terminal's store, as the front desk would, with details drawn from the
// seed. A refusal (no open shift, nothing left to return, a busy stylist) is
// an outcome like any other; only what the terminal knows can be acted on.
class ScenarioActions
{
public:
    ScenarioActions(SimulatedBusiness &business, ActionRecord &record, quint32 seed);

    // Runs a data step or a race; returns a line for the trace.
    QString run(const Step &step);

private:
    using Outcome = Result<QString>; // what was done, or why not

    QString act(const Step &step);
    Outcome addClient(SimulatedTerminal &t);
    Outcome editClient(SimulatedTerminal &t);
    Outcome deleteClient(SimulatedTerminal &t);
    Outcome sell(SimulatedTerminal &t);
    Outcome returnGoods(SimulatedTerminal &t);
    Outcome exchangeGoods(SimulatedTerminal &t);
    Outcome payDue(SimulatedTerminal &t);
    Outcome book(SimulatedTerminal &t);
    Outcome changeBooking(SimulatedTerminal &t);
    Outcome chargeAppointment(SimulatedTerminal &t);
    Outcome openShift(SimulatedTerminal &t);
    Outcome moveCash(SimulatedTerminal &t);
    Outcome closeShift(SimulatedTerminal &t);
    Outcome countStock(SimulatedTerminal &t);
    Outcome resolveConflict(SimulatedTerminal &t);
    Outcome resolve(SimulatedTerminal &t, const Id &conflict);
    QString returnTwice(SimulatedTerminal &t, SimulatedTerminal &u);
    QString bookTwice(SimulatedTerminal &t, SimulatedTerminal &u);
    QString openDrawerTwice(SimulatedTerminal &t, SimulatedTerminal &u);
    QString sellLastUnitsTwice(SimulatedTerminal &t, SimulatedTerminal &u);
    QString resolveTwice(SimulatedTerminal &t, SimulatedTerminal &u);

    // Building blocks.
    struct PaymentPlan
    {
        QList<Tender> tenders;
        bool leaveRestDue = false;
    };
    Result<PaymentPlan> splitPayment(SimulatedTerminal &t, const Cart &cart);
    Outcome checkout(SimulatedTerminal &t, Cart cart);
    Outcome returnUnits(SimulatedTerminal &t, const Id &saleId, const Id &lineId, qint64 quantity);
    Outcome bookAt(SimulatedTerminal &t, const Id &service, const Id &staff, qint64 startsAt,
                   const Id &client, bool overrideConflicts);
    Outcome sellUnits(SimulatedTerminal &t, const Id &product, qint64 quantity);
    struct ReturnableUnits
    {
        Id saleId;
        Id lineId;
        qint64 units = 0;
    };
    // A line of a sale the terminal (and the other one, if given) knows, with
    // units the terminal would still take back.
    std::optional<ReturnableUnits> pickReturnable(SimulatedTerminal &t,
                                                  SimulatedTerminal *alsoKnownTo = nullptr);
    qint64 slotStart(const QDate &day);
    // The latest write of each client field the terminal made since last time.
    void noteClientWrites(SimulatedTerminal &t);
    QString conclude(const QString &step, const Outcome &outcome);

    // Ids the terminal knows, in a stable order (ids are drawn from the seed).
    static QList<Id> known(SimulatedTerminal &t, const QString &sql);
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(static_cast<qsizetype>(m_random.bounded(static_cast<int>(list.size()))));
    }
    bool chance(int percent) { return static_cast<int>(m_random.bounded(100)) < percent; }

    SimulatedBusiness &m_business;
    ActionRecord &m_record;
    QRandomGenerator m_random;
    QHash<QString, qint64> m_clientLogSeen; // per terminal: the last change-log seq read
};

} // namespace Balcao::Test
