// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestTerminal.h"

#include "Protocol.h"
#include "SyncCredentials.h"
#include "TerminalEnrolment.h"
#include "clients/ClientService.h"
#include "conflicts/ConflictInbox.h"
#include "state/StateExporter.h"

namespace Balcao::Test {

bool TestTerminal::enrol(ServerFixture &server, const QString &businessId, const QString &name)
{
    auto enrolled = HttpSyncTransport::enrol(server.url(), server.enrolmentCode(businessId), name,
                                             store->deviceId(), Protocol::schemaVersion());
    if (!enrolled) {
        qWarning("enrolment of %s failed: %s", qPrintable(name),
                 qPrintable(enrolled.error().message));
        return false;
    }
    if (auto kept = SyncCredentials(*store, secrets)
                        .save({ server.url(), enrolled->token, enrolled->businessId });
        !kept) {
        qWarning("keeping the credentials failed: %s", qPrintable(kept.error().message));
        return false;
    }
    m_server = server.url();
    m_token = enrolled->token;
    device = EnrolledDevice { enrolled->deviceId, QString::fromLatin1(enrolled->token),
                              enrolled->businessId, name };
    m_transport = std::make_unique<HttpSyncTransport>(m_server, m_token, Protocol::schemaVersion());
    return true;
}

bool TestTerminal::join(ServerFixture &server, const QString &businessId, const QString &name,
                        bool freshStore)
{
    auto joined = TerminalEnrolment(*store, secrets)
                      .enrol(server.url(), server.enrolmentCode(businessId), name, freshStore);
    if (!joined) {
        qWarning("joining as %s failed: %s", qPrintable(name), qPrintable(joined.error().message));
        return false;
    }
    auto credentials = SyncCredentials(*store, secrets).load();
    if (!credentials) {
        qWarning("no credentials after joining: %s", qPrintable(credentials.error().message));
        return false;
    }
    m_server = credentials->server;
    m_token = credentials->token;
    device = EnrolledDevice { store->deviceId(), QString::fromLatin1(m_token),
                              credentials->businessId, name };
    m_transport = std::make_unique<HttpSyncTransport>(m_server, m_token, Protocol::schemaVersion());
    return true;
}

Result<SyncSession::Report> TestTerminal::sync()
{
    if (!m_transport)
        return Error::invalid(QStringLiteral("test.notEnrolled"),
                              QStringLiteral("the terminal is not enrolled"));
    auto report = SyncSession(*store, *m_transport).run();
    if (!report)
        qWarning("sync failed: %s", qPrintable(report.error().message));
    return report;
}

QString TestTerminal::stateHash()
{
    return StateExporter(store->database()).stateHash();
}

SyncEngine::StoreFactory TestTerminal::storeOpener()
{
    return [path = store.path(), key = store.key(), clock = &store.clock()] {
        LocalStore::Options options;
        options.mode = Database::OpenMode::MustExist;
        options.clock = clock;
        return LocalStore::open(path, key, options);
    };
}

SyncEngine::TransportFactory TestTerminal::transports(int timeoutMsecs) const
{
    return [server = m_server, token = m_token, timeoutMsecs] {
        return std::make_unique<HttpSyncTransport>(server, token, Protocol::schemaVersion(),
                                                   timeoutMsecs);
    };
}

void syncAndVerify(TestTerminal &t)
{
    auto report = t.sync();
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
}

namespace {

// Enrolled by the fixture, under the terminal's own device id.
bool isEnrolled(const TestTerminal &t)
{
    return !t.device.token.isEmpty() && t.device.id == t.store.store().deviceId();
}

} // namespace

SyncedTerminal::SyncedTerminal(Entry entry, const QString &name, const QString &backend)
    : server(backend)
{
    if (!server.ok())
        return;
    business = server.createBusiness();
    if (entry == Entry::Joined) {
        terminal.store.initialiseBusiness();
        terminal.join(server, business, name);
    } else {
        terminal.enrol(server, business, name);
    }
}

bool SyncedTerminal::ok() const
{
    return server.ok() && isEnrolled(terminal);
}

TwoTerminals::TwoTerminals(const QString &backend, const QString &aName, const QString &bName)
    : server(backend)
{
    if (!server.ok())
        return;
    business = server.createBusiness();
    a.enrol(server, business, aName);
    b.enrol(server, business, bName);
}

bool TwoTerminals::ok() const
{
    return server.ok() && isEnrolled(a) && isEnrolled(b);
}

bool makeDuplicatePhoneConflict(ServerFixture &server, TestTerminal &a, TestTerminal &b)
{
    const QString business = server.createBusiness();
    if (!a.join(server, business, QStringLiteral("Caixa 1"))
        || !b.join(server, business, QStringLiteral("Caixa 2")))
        return false;
    const QString phone = QStringLiteral("11987654321");
    if (!ClientService(*a.store).create(ClientDraft { QStringLiteral("Ana"), phone, {}, {} })
        || !ClientService(*b.store).create(ClientDraft { QStringLiteral("Ana S"), phone, {}, {} }))
        return false;
    if (!a.sync() || !b.sync() || !a.sync() || !b.sync())
        return false;
    return ConflictInbox(*a.store).open().size() == 1 && ConflictInbox(*b.store).open().size() == 1;
}

} // namespace Balcao::Test
