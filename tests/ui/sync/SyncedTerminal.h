// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpSyncTransport.h"
#include "MemorySecretStore.h"
#include "Protocol.h"
#include "ServerFixture.h"
#include "SyncCredentials.h"
#include "SyncSession.h"
#include "TerminalEnrolment.h"
#include "TestStore.h"
#include "clients/ClientService.h"
#include "conflicts/ConflictInbox.h"
#include "sync/SyncController.h"

#include <QTest>

namespace Balcao::Test {

// A terminal of the UI tests: its own encrypted store and keychain,
// enrolled with the in-process server the way the app does it.
struct SyncedTerminal
{
    TestStore store;
    MemorySecretStore secrets;

    QUrl serverUrl(const ServerFixture &server) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    }

    bool enrol(ServerFixture &server, const QString &business, const QString &name)
    {
        auto enrolled = TerminalEnrolment(*store, secrets)
                            .enrol(serverUrl(server), server.enrolmentCode(business), name, false);
        if (!enrolled)
            qWarning("enrolment failed: %s", qPrintable(enrolled.error().message));
        return enrolled.ok();
    }

    // One round on the widgets' own connection, as `balcaoctl sync` would.
    bool sync()
    {
        auto credentials = SyncCredentials(*store, secrets).load();
        if (!credentials)
            return false;
        HttpSyncTransport transport(credentials->server, credentials->token,
                                    Protocol::schemaVersion());
        auto report = SyncSession(*store, transport).run();
        if (!report)
            qWarning("sync failed: %s", qPrintable(report.error().message));
        return report.ok();
    }

    // What the app's SyncController opens on the sync thread: a second
    // connection to the same file with the same key.
    SyncController::StoreOpener opener()
    {
        return [path = store.path(), key = store.key(), clock = &store.clock()] {
            LocalStore::Options options;
            options.mode = Database::OpenMode::MustExist;
            options.clock = clock;
            return LocalStore::open(path, key, options);
        };
    }
};

// Two terminals, each offline, register the same phone under "Ana" (on
// `a`) and "Ana S" (on `b`); after syncing through the server both have the
// same open duplicate-phone conflict. Returns false when a step failed.
inline bool makeDuplicatePhoneConflict(ServerFixture &server, SyncedTerminal &a, SyncedTerminal &b)
{
    const QString business = server.createBusiness();
    if (!a.enrol(server, business, QStringLiteral("Caixa 1"))
        || !b.enrol(server, business, QStringLiteral("Caixa 2")))
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
