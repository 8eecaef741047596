// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicatePhoneCheck.h"

#include "clients/ClientService.h"
#include "storage/LocalStore.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace Balcao {

QList<ConflictFinding> DuplicatePhoneCheck::find(LocalStore &store) const
{
    QList<ConflictFinding> findings;
    QSqlQuery query(store.database().connection());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT phone, id, name FROM clients WHERE deleted = 0 AND phone IS NOT "
                           "NULL AND phone IN"
                           " (SELECT phone FROM clients WHERE deleted = 0 AND phone IS NOT NULL"
                           "  GROUP BY phone HAVING count(*) > 1)"
                           " ORDER BY phone, id")))
        return findings;
    ConflictFinding current;
    QJsonArray clients;
    const auto flush = [&] {
        if (current.subjectIds.size() > 1) {
            current.facts.insert(QStringLiteral("clients"), clients);
            findings << current;
        }
    };
    while (query.next()) {
        const QString phone = query.value(0).toString();
        if (phone != current.facts.value(QStringLiteral("phone")).toString()) {
            flush();
            current = ConflictFinding { kKind,
                                        QStringLiteral("clients"),
                                        {},
                                        QJsonObject { { QStringLiteral("phone"), phone } } };
            clients = QJsonArray();
        }
        current.subjectIds << query.value(1).toString();
        clients.append(QJsonObject { { QStringLiteral("id"), query.value(1).toString() },
                                     { QStringLiteral("name"), query.value(2).toString() } });
    }
    flush();
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
    const QString keep = resolution.mid(kKeepOnlyPrefix.size());
    ClientService clients(store);
    for (const QString &id : conflict.subjectIds) {
        if (id == keep)
            continue;
        auto removed = clients.remove(Id::fromString(id));
        if (!removed && removed.error().kind != Error::Kind::NotFound)
            return removed.error();
    }
    return {};
}

} // namespace Balcao
