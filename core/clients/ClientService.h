// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Client.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

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
    // Live clients whose name, phone or e-mail contains `search` (ignoring
    // case and diacritics; see ClientSearch), sorted by name. A negative
    // limit means no limit.
    QList<Client> list(const QString &search = {}, int limit = -1) const;
    Result<int> count() const;

    // The country phone numbers without a country code belong to: the one
    // of the business's locale setting, Brazil when there is none. An error
    // when the setting cannot be read: a number stored with the wrong
    // country is a wrong number.
    static Result<QString> readPhoneRegion(LocalStore &store);
    // The same for showing numbers (Brazil when the setting cannot be read);
    // what is stored or looked up uses readPhoneRegion.
    static QString phoneRegion(LocalStore &store);
    QString phoneRegion() const;

    // Validation shared with import and the UI: each returns the cleaned value.
    static Result<QString> cleanName(const QString &name);
    // E.164 ("+5511987654321"), or empty for no phone; see PhoneNumber.
    static Result<QString> cleanPhone(const QString &phone);
    static Result<QString> cleanPhone(const QString &phone, const QString &region);
    static Result<QString> cleanEmail(const QString &email);
    static Result<QString> cleanNotes(const QString &notes);

    // The draft's fields checked and cleaned, as stored (column -> value).
    Result<QVariantMap> validatedFields(const ClientDraft &draft) const;

private:
    Result<QString> storedPhoneRegion() const;
    LocalStore &m_store;
    mutable std::optional<QString> m_phoneRegion;
};

} // namespace Balcao
