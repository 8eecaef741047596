// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeOutbox.h"
#include "HttpSyncTransport.h"
#include "Protocol.h"
#include "ServerFixture.h"
#include "SyncSession.h"
#include "TestStore.h"
#include "clients/ClientService.h"
#include "state/StateExporter.h"
#include "storage/ChangeWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <map>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

// The network between a terminal and the server, with faults drawn from the
// scenario's seed: requests lost before or after the server acted, requests
// delivered twice, requests held back and delivered later (reordered), and
// partitions during which nothing gets through.
class FaultyTransport final : public SyncTransport
{
public:
    FaultyTransport(SyncTransport &inner, QRandomGenerator &random)
        : m_inner(inner)
        , m_random(random)
    { }

    bool partitioned = false;
    bool faults = true;

    Result<PushAck> push(const QString &batchId, const QList<Change> &changes) override
    {
        if (partitioned)
            return lost();
        const int dice = faults ? static_cast<int>(m_random.bounded(100)) : 99;
        if (dice < 8)
            return lost(); // request lost on the way
        if (dice < 12) {
            m_held.append({ batchId, changes }); // delivered later, after newer ones
            return lost();
        }
        auto ack = m_inner.push(batchId, changes);
        if (dice < 20)
            return lost(); // the server stored it; the reply is lost
        if (dice < 26)
            ack = m_inner.push(batchId, changes); // delivered twice
        return ack;
    }
    Result<PullPage> pull(const QString &after, int limit) override
    {
        if (partitioned || (faults && m_random.bounded(100) < 8))
            return lost();
        return m_inner.pull(after, limit);
    }
    Result<BootstrapPage> bootstrap(const QString &page, int limit) override
    {
        if (partitioned)
            return lost();
        return m_inner.bootstrap(page, limit);
    }
    // Held-back requests finally arrive; their replies go nowhere.
    void deliverHeld()
    {
        if (partitioned)
            return;
        for (const auto &[batchId, changes] : std::as_const(m_held))
            (void)m_inner.push(batchId, changes);
        m_held.clear();
    }

private:
    static Error lost()
    {
        return Error { Error::Kind::NotFound, QStringLiteral("sync.unreachable"),
                       QStringLiteral("lost (simulated)") };
    }
    SyncTransport &m_inner;
    QRandomGenerator &m_random;
    QList<std::pair<QString, QList<Change>>> m_held;
};

struct Terminal
{
    std::unique_ptr<TestStore> store;
    std::unique_ptr<HttpSyncTransport> http;
    std::unique_ptr<FaultyTransport> network;
};

// The latest write of one field anywhere, by the merge order.
struct LatestWrite
{
    FieldVersion version;
    QVariant value;
};

} // namespace

class TestSyncSimulation : public QObject
{
    Q_OBJECT

private:
    // Runs one scenario; returns an empty string or what went wrong.
    static QString runScenario(quint32 seed)
    {
        QRandomGenerator random(seed);
        ServerFixture server(QStringLiteral("sqlite"));
        if (!server.ok())
            return QStringLiteral("server did not start");
        const QString business = server.createBusiness();
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
        const int terminalCount = 2 + static_cast<int>(random.bounded(3));
        std::vector<Terminal> terminals(static_cast<size_t>(terminalCount));
        for (Terminal &t : terminals) {
            // Clock skew within the server's bound.
            t.store = std::make_unique<TestStore>(server.clock().nowMsecsSinceEpoch()
                                                  + random.bounded(-90'000, 90'000));
            auto enrolled
                = HttpSyncTransport::enrol(url, server.enrolmentCode(business), QStringLiteral("T"),
                                           (*t.store)->deviceId(), Protocol::schemaVersion());
            if (!enrolled)
                return QStringLiteral("enrol: ") + enrolled.error().message;
            t.http = std::make_unique<HttpSyncTransport>(url, enrolled->token,
                                                         Protocol::schemaVersion());
            t.network = std::make_unique<FaultyTransport>(*t.http, random);
        }

        std::map<std::pair<QString, QString>, LatestWrite> latest; // (client id, column)
        QList<Id> clients;
        int deletes = 0;
        const QStringList phones { QStringLiteral("11911110000"), QStringLiteral("11922220000"),
                                   QStringLiteral("11933330000") };

        const auto noteLastWrite = [&](Terminal &t) {
            QSqlQuery q((*t.store)->database().connection());
            q.exec(QStringLiteral("SELECT row_id, hlc, device_id, payload FROM change_log WHERE "
                                  "table_name = 'clients'"
                                  " ORDER BY seq DESC LIMIT 1"));
            if (!q.next())
                return;
            const FieldVersion version { Hlc::fromPacked(
                                             static_cast<quint64>(q.value(1).toLongLong())),
                                         q.value(2).toString() };
            const QJsonObject payload
                = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
            for (auto it = payload.begin(); it != payload.end(); ++it) {
                auto &slot = latest[{ q.value(0).toString(), it.key() }];
                if (slot.version < version)
                    slot = LatestWrite { version, ChangeWriter::fromJson(it.value()) };
            }
        };

        const int steps = 40 + static_cast<int>(random.bounded(40));
        for (int step = 0; step < steps; ++step) {
            Terminal &t = terminals[random.bounded(terminalCount)];
            ClientService service(**t.store);
            const int action = static_cast<int>(random.bounded(100));
            if (action < 22 || clients.isEmpty()) {
                ClientDraft d;
                d.name = QStringLiteral("C%1-%2").arg(seed).arg(step);
                if (random.bounded(3) == 0)
                    d.phone = phones.at(random.bounded(static_cast<int>(phones.size())));
                if (auto c = service.create(d)) {
                    clients << c->id;
                    noteLastWrite(t);
                }
            } else if (action < 50) {
                const Id id = clients.at(random.bounded(static_cast<int>(clients.size())));
                ClientDraft d;
                switch (random.bounded(3)) {
                case 0:
                    d.name = QStringLiteral("N%1").arg(random.bounded(1000));
                    break;
                case 1:
                    d.email = QStringLiteral("e%1@x.com").arg(random.bounded(1000));
                    break;
                default:
                    d.notes = QStringLiteral("note %1").arg(random.bounded(1000));
                }
                if (service.update(id, d))
                    noteLastWrite(t);
            } else if (action < 55) {
                const Id id = clients.at(random.bounded(static_cast<int>(clients.size())));
                if (service.remove(id)) {
                    ++deletes;
                    noteLastWrite(t);
                }
            } else if (action < 80) {
                (void)SyncSession(**t.store, *t.network).run(); // failures are the point
            } else if (action < 85) {
                t.store->reopen(); // the terminal is killed and restarted
            } else if (action < 88) {
                if (!server.restart())
                    return QStringLiteral("server restart failed");
            } else if (action < 93) {
                t.network->partitioned = !t.network->partitioned;
            } else if (action < 97) {
                t.network->deliverHeld();
            } else {
                const qint64 delta = random.bounded(0, 5000);
                server.clock().advance(delta);
                for (Terminal &other : terminals)
                    other.store->clock().advance(delta);
            }
            server.clock().advance(10);
            for (Terminal &other : terminals)
                other.store->clock().advance(10);
        }

        // Heal: the network works again and everyone syncs until quiet.
        for (Terminal &t : terminals) {
            t.network->partitioned = false;
            t.network->deliverHeld();
            t.network->faults = false;
        }
        for (int round = 0; round < 6; ++round) {
            for (Terminal &t : terminals) {
                auto report = SyncSession(**t.store, *t.network).run();
                if (!report)
                    return QStringLiteral("sync after healing failed: ") + report.error().message;
            }
        }

        // Invariants.
        const QString hash = StateExporter((*terminals.front().store)->database()).stateHash();
        for (Terminal &t : terminals) {
            if (ChangeOutbox(**t.store).pendingCount() != 0)
                return QStringLiteral("an outbox is not empty after healing");
            if (StateExporter((*t.store)->database()).stateHash() != hash)
                return QStringLiteral("terminals diverged");
            QSqlQuery q((*t.store)->database().connection());
            q.exec(QStringLiteral("SELECT count(*), count(DISTINCT id) FROM audit_events WHERE "
                                  "action = 'client.deleted'"));
            q.next();
            if (q.value(0).toInt() != deletes || q.value(1).toInt() != deletes)
                return QStringLiteral("ledger facts: expected %1 deletes exactly once, found %2")
                    .arg(deletes)
                    .arg(q.value(0).toInt());
            for (const auto &[key, write] : latest) {
                QSqlQuery v((*t.store)->database().connection());
                v.prepare(
                    QStringLiteral("SELECT \"%1\" FROM clients WHERE id = ?").arg(key.second));
                v.addBindValue(key.first);
                if (!v.exec() || !v.next())
                    return QStringLiteral("client %1 is missing").arg(key.first);
                if (ChangeWriter::normalized(v.value(0)) != ChangeWriter::normalized(write.value))
                    return QStringLiteral("the latest %1 of %2 was lost")
                        .arg(key.second, key.first);
            }
        }
        // The server's view, through a new terminal's bootstrap.
        TestStore fresh(server.clock().nowMsecsSinceEpoch());
        auto enrolled
            = HttpSyncTransport::enrol(url, server.enrolmentCode(business), QStringLiteral("New"),
                                       fresh->deviceId(), Protocol::schemaVersion());
        if (!enrolled)
            return QStringLiteral("enrol fresh: ") + enrolled.error().message;
        HttpSyncTransport http(url, enrolled->token, Protocol::schemaVersion());
        if (auto rows = SyncSession(*fresh, http).bootstrap(); !rows)
            return QStringLiteral("bootstrap: ") + rows.error().message;
        if (StateExporter(fresh->database()).stateHash() != hash)
            return QStringLiteral("the server's state differs from the terminals'");
        return {};
    }

private slots:
    void testSeededScenarios()
    {
        const bool replay = qEnvironmentVariableIsSet("BALCAO_SIM_SEED");
        const quint32 first = replay ? qEnvironmentVariable("BALCAO_SIM_SEED").toUInt() : 1;
        const int count = replay ? 1
            : qEnvironmentVariableIntValue("BALCAO_SIM_SCENARIOS") > 0
            ? qEnvironmentVariableIntValue("BALCAO_SIM_SCENARIOS")
            : 200;
        QStringList failures;
        for (quint32 seed = first; seed < first + static_cast<quint32>(count); ++seed) {
            const QString problem = runScenario(seed);
            if (!problem.isEmpty())
                failures << QStringLiteral("seed %1: %2 (replay: BALCAO_SIM_SEED=%1 %3)")
                                .arg(seed)
                                .arg(problem, QCoreApplication::applicationFilePath());
        }
        qInfo("sync simulation: %d seeded scenarios, %d failed", count,
              static_cast<int>(failures.size()));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSyncSimulation)
#include "TestSyncSimulation.moc"
