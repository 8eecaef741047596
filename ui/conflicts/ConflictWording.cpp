// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictWording.h"

#include "conflicts/DuplicatePhoneCheck.h"

#include <QJsonArray>
#include <QLocale>

namespace Balcao {

QString ConflictWording::title(const Conflict &conflict)
{
    if (conflict.kind == DuplicatePhoneCheck::kKind)
        return tr("%n client(s) with the phone %1", nullptr,
                  static_cast<int>(conflict.subjectIds.size()))
            .arg(conflict.facts.value(QStringLiteral("phone")).toString());
    return tr("Conflict of an unknown kind (%1)").arg(conflict.kind);
}

QString ConflictWording::details(const Conflict &conflict)
{
    if (conflict.kind == DuplicatePhoneCheck::kKind)
        return tr("%1 have the same phone number, %2. Usually one person was registered twice, "
                  "on terminals that were offline at the time. Keep both if they are different "
                  "people; otherwise keep the one with the right details and the others are "
                  "deleted.")
            .arg(QLocale().createSeparatedList(clientNames(conflict)),
                 conflict.facts.value(QStringLiteral("phone")).toString());
    return tr("This version of Balcão does not know this kind of conflict. A newer version on "
              "another terminal can resolve it.");
}

QString ConflictWording::resolution(const Conflict &conflict, const QString &resolution)
{
    if (conflict.kind == DuplicatePhoneCheck::kKind) {
        if (resolution == DuplicatePhoneCheck::kKeepBoth)
            return conflict.subjectIds.size() > 2 ? tr("Keep all") : tr("Keep both");
        if (resolution.startsWith(DuplicatePhoneCheck::kKeepOnlyPrefix))
            return tr("Keep only %1")
                .arg(clientName(conflict,
                                resolution.mid(DuplicatePhoneCheck::kKeepOnlyPrefix.size())));
    }
    return resolution;
}

std::optional<ConflictWording::Confirmation>
ConflictWording::confirmation(const Conflict &conflict, const QString &resolution)
{
    if (conflict.kind != DuplicatePhoneCheck::kKind
        || !resolution.startsWith(DuplicatePhoneCheck::kKeepOnlyPrefix))
        return std::nullopt;
    const QString kept = resolution.mid(DuplicatePhoneCheck::kKeepOnlyPrefix.size());
    const QString phone = conflict.facts.value(QStringLiteral("phone")).toString();
    QStringList deleted;
    for (const QString &id : conflict.subjectIds) {
        if (id != kept)
            deleted << QStringLiteral("• ")
                    + tr("%1, phone %2").arg(clientName(conflict, id), phone);
    }
    const int count = static_cast<int>(deleted.size());
    Confirmation confirmation;
    confirmation.title = tr("Keep only %1").arg(clientName(conflict, kept));
    confirmation.question = tr("Keep only %1 and delete %n client(s)?", nullptr, count)
                                .arg(clientName(conflict, kept));
    confirmation.details = deleted.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + tr("A deleted client disappears from the lists on every computer of the business.");
    confirmation.confirmButton = tr("Delete %n client(s)", nullptr, count);
    return confirmation;
}

QString ConflictWording::clientName(const Conflict &conflict, const QString &id)
{
    const QJsonArray clients = conflict.facts.value(QStringLiteral("clients")).toArray();
    for (const QJsonValue &client : clients) {
        if (client.toObject().value(QStringLiteral("id")).toString() == id)
            return client.toObject().value(QStringLiteral("name")).toString();
    }
    return id;
}

QStringList ConflictWording::clientNames(const Conflict &conflict)
{
    QStringList names;
    for (const QString &id : conflict.subjectIds)
        names << clientName(conflict, id);
    return names;
}

} // namespace Balcao
