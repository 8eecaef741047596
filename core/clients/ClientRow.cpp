// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientRow.h"

#include "ClientFields.h"

namespace Balcao {

namespace {

const QStringList &columnNames()
{
    static const QStringList names { QStringLiteral("id"),
                                     QStringLiteral("name"),
                                     QStringLiteral("phone"),
                                     QStringLiteral("email"),
                                     QStringLiteral("notes"),
                                     QStringLiteral("created_at"),
                                     QStringLiteral("deleted"),
                                     QStringLiteral("tags"),
                                     QStringLiteral("vip"),
                                     QStringLiteral("birthday"),
                                     QStringLiteral("communication_preference"),
                                     QStringLiteral("marketing_consent"),
                                     QStringLiteral("merged_into") };
    return names;
}

} // namespace

const QString &ClientRow::table()
{
    static const QString name = QStringLiteral("clients");
    return name;
}

QString ClientRow::columns(const QString &alias)
{
    if (alias.isEmpty())
        return columnNames().join(QStringLiteral(", "));
    QStringList prefixed;
    for (const QString &c : columnNames())
        prefixed << alias + QLatin1Char('.') + c;
    return prefixed.join(QStringLiteral(", "));
}

Client ClientRow::fromQuery(const QSqlQuery &query)
{
    Client c;
    c.id = Id::fromString(query.value(0).toString());
    c.name = query.value(1).toString();
    c.phone = query.value(2).toString();
    c.email = query.value(3).toString();
    c.notes = query.value(4).toString();
    c.createdAtMsecs = query.value(5).toLongLong();
    c.deleted = query.value(6).toInt() != 0;
    c.tags = ClientFields::tagsFromJson(query.value(7).toString());
    c.vip = query.value(8).toInt() != 0;
    c.birthday = query.value(9).toString();
    c.communicationPreference = query.value(10).toString();
    c.marketingConsent = query.value(11).toInt() != 0;
    c.mergedInto = Id::fromString(query.value(12).toString());
    return c;
}

} // namespace Balcao
