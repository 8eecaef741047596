// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatedBusiness.h"

#include "Protocol.h"
#include "ShopFixture.h"
#include "devices/DeviceRegistry.h"
#include "settings/BusinessSetup.h"

namespace Balcao::Test {

namespace {

constexpr int kMaxHealingRounds = 12;

// The business and ShopFixture's salon and shop, set up on `store`.
ShopIds setUpShop(LocalStore &store)
{
    BusinessProfile profile;
    profile.businessName = QStringLiteral("Salão Simulado");
    profile.locationName = QStringLiteral("Centro");
    profile.deviceName = QStringLiteral("T0");
    must(BusinessSetup(store).initialise(profile), "business");
    const ShopFixture fixture(store);
    ShopIds shop;
    shop.location = fixture.location;
    shop.ana = fixture.ana;
    shop.bruno = fixture.bruno;
    shop.cut = fixture.cut;
    shop.colour = fixture.colour;
    shop.wash = fixture.wash;
    shop.shampoo = fixture.shampoo;
    shop.conditioner = fixture.conditioner;
    shop.giftWrap = fixture.giftWrap;
    shop.drawer = fixture.drawer;
    shop.manager = fixture.manager;
    shop.frontDesk = fixture.frontDesk;
    shop.zone = fixture.zone;
    // The clocks start on Thursday 1 January 2026: book from the next Monday.
    shop.firstDay = QDate(2026, 1, 5);
    return shop;
}

// The shop set up once per process (its ids from a seed of its own), closed,
// to be copied.
struct ShopTemplate
{
    std::unique_ptr<TestStore> store;
    ShopIds shop;
};

const ShopTemplate &shopTemplate()
{
    static const ShopTemplate made = [] {
        const FakeClock clock;
        const ScenarioIds ids(0, clock);
        ShopTemplate t;
        t.store = std::make_unique<TestStore>(clock.nowMsecsSinceEpoch());
        t.shop = setUpShop(t.store->store());
        t.store->close();
        return t;
    }();
    return made;
}

} // namespace

SimulatedBusiness::SimulatedBusiness(const ScenarioPlan &plan, const QString &backend)
    : m_plan(plan)
    , m_backend(backend)
    , m_ids(plan.seed, m_clock)
    , m_server(std::make_unique<ServerFixture>(backend))
{
    m_terminals.resize(static_cast<size_t>(plan.terminals));
    for (int t = 0; t < plan.terminals; ++t)
        terminal(t).name = QStringLiteral("T%1").arg(t);
}

SimulatedBusiness::~SimulatedBusiness()
{
    // Terminals and the server go before the id source they draw from.
    m_terminals.clear();
    m_server.reset();
}

QUrl SimulatedBusiness::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
}

Result<void> SimulatedBusiness::enrol(SimulatedTerminal &t, int index)
{
    if (!t.store)
        t.store = std::make_unique<TestStore>(m_server->clock().nowMsecsSinceEpoch()
                                              + m_plan.clockSkews.value(index));
    if (t.http)
        return {};
    auto enrolled = HttpSyncTransport::enrol(url(), m_server->enrolmentCode(m_business), t.name,
                                             t.local().deviceId(), Protocol::schemaVersion());
    if (!enrolled)
        return enrolled.error();
    t.http = std::make_unique<HttpSyncTransport>(url(), enrolled->token, Protocol::schemaVersion());
    // Each terminal's faults come from a stream of their own, so that one
    // terminal's extra request does not change what another one sees.
    t.network = std::make_unique<SimulatedNetwork>(*t.http,
                                                   m_plan.seed * 31u + static_cast<quint32>(index));
    return {};
}

Result<void> SimulatedBusiness::open()
{
    if (!m_server->ok())
        return Error::storage(QStringLiteral("sim.server"), QStringLiteral("server did not start"));
    m_business = m_server->createBusiness();

    SimulatedTerminal &first = terminal(0);
    const qint64 firstClock = m_server->clock().nowMsecsSinceEpoch() + m_plan.clockSkews.value(0);
    if (m_backend == QLatin1String("sqlite")) {
        first.store = std::make_unique<TestStore>(firstClock, *shopTemplate().store);
        m_shop = shopTemplate().shop;
    } else {
        first.store = std::make_unique<TestStore>(firstClock);
        m_shop = setUpShop(first.local());
    }
    if (auto enrolled = enrol(first, 0); !enrolled)
        return enrolled;
    if (auto report = SyncSession(first.local(), *first.http).run(); !report)
        return report.error();
    first.joined = true;

    for (int t = 1; t < m_plan.joinedAtStart; ++t) {
        SimulatedTerminal &other = terminal(t);
        if (auto enrolled = enrol(other, t); !enrolled)
            return enrolled;
        SyncSession session(other.local(), *other.http);
        if (auto rows = session.bootstrap(); !rows)
            return rows.error();
        if (auto registered
            = DeviceRegistry(other.local()).registerThisDevice(other.name, m_shop.location);
            !registered)
            return registered.error();
        if (auto report = session.run(); !report)
            return report.error();
        other.joined = true;
    }
    return {};
}

Result<void> SimulatedBusiness::join(int index)
{
    SimulatedTerminal &t = terminal(index);
    if (t.joined)
        return {};
    if (auto enrolled = enrol(t, index); !enrolled)
        return enrolled;
    if (auto rows = SyncSession(t.local(), *t.network).bootstrap(); !rows)
        return rows.error();
    if (auto registered = DeviceRegistry(t.local()).registerThisDevice(t.name, m_shop.location);
        !registered)
        return registered.error();
    t.joined = true;
    return {};
}

Result<SyncSession::Report> SimulatedBusiness::sync(int index)
{
    SimulatedTerminal &t = terminal(index);
    return SyncSession(t.local(), *t.network).run();
}

void SimulatedBusiness::advanceTime(qint64 msecs)
{
    m_clock.advance(msecs);
    m_server->clock().advance(msecs);
    for (SimulatedTerminal &t : m_terminals) {
        if (t.store)
            t.store->clock().advance(msecs);
    }
}

bool SimulatedBusiness::restartServer()
{
    return m_server->restart();
}

Result<void> SimulatedBusiness::heal()
{
    for (SimulatedTerminal &t : m_terminals) {
        if (t.network)
            t.network->heal();
    }
    for (int index = 0; index < m_plan.terminals; ++index) {
        if (auto joined = join(index); !joined)
            return Error { joined.error().kind, joined.error().code,
                           QStringLiteral("%1 could not join after healing: %2")
                               .arg(terminal(index).name, joined.error().message) };
        terminal(index).network->heal();
    }
    for (int round = 0; round < kMaxHealingRounds; ++round) {
        int moved = 0;
        for (int index = 0; index < m_plan.terminals; ++index) {
            auto report = sync(index);
            if (!report)
                return Error { report.error().kind, report.error().code,
                               QStringLiteral("%1 could not sync after healing: %2")
                                   .arg(terminal(index).name, report.error().message) };
            moved += report->pushed + report->pulled;
            advanceTime(10);
        }
        if (moved == 0)
            return {};
    }
    return Error::conflict(
        QStringLiteral("sim.restless"),
        QStringLiteral("still moving changes after %1 healing rounds").arg(kMaxHealingRounds));
}

} // namespace Balcao::Test
