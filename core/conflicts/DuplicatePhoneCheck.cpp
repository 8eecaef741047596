// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicatePhoneCheck.h"

#include "clients/ClientMerger.h"
#include "clients/DuplicateFinder.h"
#include "storage/LocalStore.h"

#include <QJsonArray>

#include <algorithm>

namespace Balcao {

Result<QList<ConflictFinding>> DuplicatePhoneCheck::find(LocalStore &store) const
{
    // Phones are compared normalised: rows written before normalisation (or
    // by an older terminal) may hold "(11) 8765-4321" for "+5511987654321".
    auto groups = DuplicateFinder(store).findByPhone();
    if (!groups)
        return groups.error();
    QList<ConflictFinding> findings;
    for (const DuplicateFinder::Group &group : std::as_const(*groups)) {
        QList<Client> clients = group.clients;
        std::sort(clients.begin(), clients.end(),
                  [](const Client &a, const Client &b) { return a.id < b.id; });
        ConflictFinding finding { kKind,
                                  QStringLiteral("clients"),
                                  {},
                                  QJsonObject { { QStringLiteral("phone"), group.key } } };
        QJsonArray facts;
        for (const Client &c : std::as_const(clients)) {
            finding.subjectIds << c.id.toString();
            facts.append(QJsonObject { { QStringLiteral("id"), c.id.toString() },
                                       { QStringLiteral("name"), c.name } });
        }
        finding.facts.insert(QStringLiteral("clients"), facts);
        findings << finding;
    }
    return findings;
}

QStringList DuplicatePhoneCheck::resolutions(const Conflict &conflict) const
{
    QStringList out { kKeepBoth };
    for (const QString &id : conflict.subjectIds)
        out << kKeepOnlyPrefix + id;
    return out;
}

Result<void> DuplicatePhoneCheck::apply(LocalStore &store, const Conflict &conflict,
                                        const QString &resolution) const
{
    if (resolution == kKeepBoth)
        return {};
    if (!resolution.startsWith(kKeepOnlyPrefix)
        || !conflict.subjectIds.contains(resolution.mid(kKeepOnlyPrefix.size())))
        return Error::invalid(QStringLiteral("conflict.badResolution"),
                              tr("\"%1\" is not a resolution of this conflict.").arg(resolution));
    // "Keep only" merges the others into the one kept, so their appointments
    // and reminders move with them instead of pointing at a deleted client.
    const Id keep = Id::fromString(resolution.mid(kKeepOnlyPrefix.size()));
    ClientMerger merger(store);
    for (const QString &id : conflict.subjectIds) {
        if (Id::fromString(id) == keep)
            continue;
        auto merged = merger.merge(Id::fromString(id), keep);
        // One already deleted (or merged) elsewhere has nothing left to move.
        if (!merged && merged.error().code != QStringLiteral("client.mergeDeleted")
            && merged.error().kind != Error::Kind::NotFound)
            return merged.error();
    }
    return {};
}

} // namespace Balcao
