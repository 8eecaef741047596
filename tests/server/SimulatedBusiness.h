// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeClock.h"
#include "HttpSyncTransport.h"
#include "ScenarioIds.h"
#include "ScenarioPlan.h"
#include "ServerFixture.h"
#include "SimulatedNetwork.h"
#include "SyncSession.h"
#include "TestStore.h"

#include <QDate>
#include <QTimeZone>

#include <memory>
#include <vector>

namespace Balcao::Test {

// One terminal of the simulated business: its encrypted store, its link to
// balcaod and the faulty network in between.
struct SimulatedTerminal
{
    QString name;
    std::unique_ptr<TestStore> store;
    std::unique_ptr<HttpSyncTransport> http;
    std::unique_ptr<SimulatedNetwork> network;
    bool joined = false; // bootstrapped and registered: it may work

    LocalStore &local() { return store->store(); }
};

// The ids of what the first terminal set up (ShopFixture's salon and shop),
// known to every terminal once it has joined.
struct ShopIds
{
    Id location;
    Id ana;
    Id bruno;
    Id cut;
    Id colour;
    Id wash;
    Id shampoo; // tracks stock, 10 at the start
    Id conditioner; // tracks stock, 3 at the start
    Id giftWrap; // keeps no stock
    Id drawer;
    Id manager;
    Id frontDesk;
    QDate firstDay; // the Monday bookings start on
    QTimeZone zone;
};

// A business as a scenario sees it: balcaod in-process on its store, the
// plan's terminals, and the clocks. Ids are drawn from the seed while it
// lives, so a seed replays the same ids.
class SimulatedBusiness
{
public:
    SimulatedBusiness(const ScenarioPlan &plan, const QString &backend);
    ~SimulatedBusiness();

    // Starts the server, sets up the business on the first terminal and
    // joins the terminals that are there from the start (over a network
    // without faults). An error means the scenario cannot run. On SQLite,
    // where every scenario has a server of its own, the first terminal is a
    // copy of a shop set up once per process; PostgreSQL keeps every
    // scenario's devices in one database, where that copy's device id would
    // already be enrolled, so there the shop is set up anew each time.
    Result<void> open();
    // A late terminal joins through its faulty network: enrolment, then the
    // bootstrap (resumed by the next attempt when a page is lost), then it
    // registers itself.
    Result<void> join(int terminal);
    Result<SyncSession::Report> sync(int terminal);
    // Every clock moves on together (each terminal keeps its skew).
    void advanceTime(qint64 msecs);
    bool restartServer();

    // The network heals: held-back requests arrive, faults and partitions
    // stop, terminals still joining finish, and everyone syncs until a whole
    // round moves nothing. An error says what never settled.
    Result<void> heal();

    ServerFixture &server() { return *m_server; }
    const QString &businessId() const { return m_business; }
    QUrl url() const;
    std::vector<SimulatedTerminal> &terminals() { return m_terminals; }
    SimulatedTerminal &terminal(int index) { return m_terminals.at(static_cast<size_t>(index)); }
    const ShopIds &shop() const { return m_shop; }
    const FakeClock &clock() const { return m_clock; }

private:
    Result<void> enrol(SimulatedTerminal &terminal, int index);

    const ScenarioPlan &m_plan;
    QString m_backend;
    FakeClock m_clock;
    ScenarioIds m_ids;
    std::unique_ptr<ServerFixture> m_server;
    QString m_business;
    std::vector<SimulatedTerminal> m_terminals;
    ShopIds m_shop;
};

} // namespace Balcao::Test
