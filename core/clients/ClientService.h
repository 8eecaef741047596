// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Client.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QList>

namespace Balcao {

class LocalStore;

// Creates, edits, deletes (tombstones) and finds clients. Every write goes
// through the store's ChangeWriter, so it is versioned and in the outbox.
class ClientService
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ClientService)
public:
    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxNotesLength = 10000;

    explicit ClientService(LocalStore &store);

    Result<Client> create(const ClientDraft &draft);
    Result<Client> update(const Id &id, const ClientDraft &draft);
    Result<void> remove(const Id &id);

    // A deleted client is NotFound unless asked for.
    Result<Client> find(const Id &id, bool includeDeleted = false) const;
    // Live clients whose name, phone or e-mail contains `search` (any case),
    // sorted by name. A negative limit means no limit.
    QList<Client> list(const QString &search = {}, int limit = -1) const;
    int count() const;

    // Validation shared with import and the UI: each returns the cleaned value.
    static Result<QString> cleanName(const QString &name);
    static Result<QString> cleanPhone(const QString &phone);
    static Result<QString> cleanEmail(const QString &email);
    static Result<QString> cleanNotes(const QString &notes);

private:
    Result<QVariantMap> validatedFields(const ClientDraft &draft) const;
    LocalStore &m_store;
};

} // namespace Balcao
