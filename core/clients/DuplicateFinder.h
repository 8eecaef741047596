// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Client.h"
#include "common/Error.h"

#include <QHash>
#include <QList>

#include <utility>
#include <vector>

namespace Balcao {

class LocalStore;

// Live clients that are probably the same person: the same phone number
// (compared normalised, so "(11) 8765-4321" on an old row and
// "+5511987654321" match), the same e-mail, or the same name ignoring case,
// accents and spacing.
class DuplicateFinder
{
public:
    enum class Reason { Phone, Email, Name };
    struct Group
    {
        Reason reason = Reason::Phone;
        QString key; // the normalised phone, e-mail or folded name
        QList<Client> clients; // sorted by creation, then id
    };

    explicit DuplicateFinder(LocalStore &store);

    // Every group of two or more live clients sharing a phone, an e-mail or
    // a name; by reason, then key.
    Result<QList<Group>> findAll() const;
    // Only the groups sharing a phone: reads the phone index, not the table,
    // so it is cheap enough to run after every sync (DuplicatePhoneCheck).
    Result<QList<Group>> findByPhone() const;
    // Live clients an imported or typed client would duplicate, by phone or
    // e-mail (a shared name alone is too common to flag). Loads an index of
    // all live clients on first use, so calls for many rows stay cheap.
    // A store that cannot be read is an error: "no duplicate" would import
    // the same client twice.
    Result<QList<Id>> matching(const QString &phone, const QString &email) const;

    static QString reasonName(Reason reason); // "phone", "email", "name"
    // "+5511987654321" for any way of writing it; the text itself (digits
    // only) for what the parser does not understand, so two equal oddities
    // still match.
    static QString phoneKey(const QString &phone, const QString &region);
    // "joao da silva" for "  João  da SILVA".
    static QString nameKey(const QString &name);

private:
    // (key, rowid) of every live client with one, sorted: equal keys are
    // neighbours. A sorted list rather than a hash of lists: on 100,000
    // clients the allocations of a hash were most of the time.
    using Keys = std::vector<std::pair<QString, qint64>>;
    Result<Keys> keys(Reason reason) const;
    Result<QList<Group>> groups(Reason reason, const Keys &keys) const;
    LocalStore &m_store;
    QString m_region;
    mutable bool m_indexed = false;
    mutable QHash<QString, QList<Id>> m_byPhone;
    mutable QHash<QString, QList<Id>> m_byEmail;
};

} // namespace Balcao
