// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpSyncTransport.h"
#include "MemorySecretStore.h"
#include "ServerFixture.h"
#include "SyncEngine.h"
#include "SyncSession.h"
#include "TestStore.h"

#include <memory>

namespace Balcao::Test {

// A terminal of the sync tests: its own encrypted store on a fake clock and
// its own keychain, enrolled with a ServerFixture's in-process balcaod and
// syncing with the real HTTP transport over loopback. The server's address
// never changes (see ServerFixture), so a terminal follows the server
// through stop() and restart(). How to use it: docs/testing.md.
class TestTerminal
{
public:
    TestStore store;
    MemorySecretStore secrets;
    // Set by enrol() and join().
    EnrolledDevice device;

    // Trades an enrolment code for a token under this terminal's device id
    // and keeps the credentials where the app keeps them (SyncCredentials):
    // the protocol's enrolment alone, no sync round. False (with a warning)
    // when refused.
    bool enrol(ServerFixture &server, const QString &businessId, const QString &name);
    // Joins as the app and balcaoctl do (TerminalEnrolment): enrols, then
    // catches up in one round, or with `freshStore` takes the server's state.
    bool join(ServerFixture &server, const QString &businessId, const QString &name,
              bool freshStore = false);

    // This terminal's transport to the server (after enrol() or join()).
    HttpSyncTransport &transport() { return *m_transport; }
    // One round (push, pull, conflicts) on this terminal's own connection.
    Result<SyncSession::Report> sync();
    // The canonical state's hash (StateExporter), to compare terminals.
    QString stateHash();

    // What a SyncEngine or SyncController is given: a second connection to
    // the same file with the same key and fake clock, and new transports to
    // the server with this terminal's token.
    SyncEngine::StoreFactory storeOpener();
    SyncEngine::TransportFactory transports(int timeoutMsecs = 30000) const;

private:
    QUrl m_server;
    QByteArray m_token;
    std::unique_ptr<HttpSyncTransport> m_transport;
};

// One sync round of `t` that must succeed: a failed QVERIFY2 with the
// error otherwise (check QTest::currentTestFailed() where it matters).
void syncAndVerify(TestTerminal &t);

// The start of a test of one terminal that syncs: a balcaod with one
// business and `terminal` in it. A test takes it apart:
//     SyncedTerminal s;
//     QVERIFY(s.ok());
//     auto &[server, business, terminal] = s;
struct SyncedTerminal
{
    enum class Entry {
        Enrolled, // TestTerminal::enrol(): the protocol's enrolment, no round
        Joined, // a business set up on the terminal, then TestTerminal::join() as the app does
    };
    explicit SyncedTerminal(Entry entry = Entry::Enrolled,
                            const QString &name = QStringLiteral("Caixa 1"),
                            const QString &backend = QStringLiteral("sqlite"));
    // The server runs and the terminal is in the business.
    bool ok() const;

    ServerFixture server;
    QString business;
    TestTerminal terminal;
};

// Two terminals enrolled in one business of a balcaod (`backend`: a row of
// addBackendRows()), for the tests of what syncing makes of their work:
//     TwoTerminals s(backend);
//     QVERIFY(s.ok());
//     auto &[server, business, a, b] = s;
// The terminals go before the server they sync with.
struct TwoTerminals
{
    explicit TwoTerminals(const QString &backend, const QString &aName = QStringLiteral("Caixa 1"),
                          const QString &bName = QStringLiteral("Caixa 2"));
    // The server runs and both terminals are enrolled, each under its own
    // device id.
    bool ok() const;

    ServerFixture server;
    QString business;
    TestTerminal a;
    TestTerminal b;
};

// Two terminals, each offline, register the same phone under "Ana" (on `a`)
// and "Ana S" (on `b`); after syncing through the server both have the same
// open duplicate-phone conflict. False when a step failed.
bool makeDuplicatePhoneConflict(ServerFixture &server, TestTerminal &a, TestTerminal &b);

} // namespace Balcao::Test
