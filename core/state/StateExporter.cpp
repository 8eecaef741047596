// SPDX-License-Identifier: GPL-3.0-or-later
#include "StateExporter.h"

#include "storage/ChangeWriter.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Balcao {

StateExporter::StateExporter(Database &database)
    : m_database(database)
{ }

QJsonObject StateExporter::exportState() const
{
    QJsonObject tables;
    for (const TableSchema &table : Schema::syncedTables()) {
        QStringList columns = table.columns;
        columns.sort();
        QStringList quoted;
        for (const QString &c : columns)
            quoted << QLatin1Char('"') + c + QLatin1Char('"');
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        QJsonArray rows;
        if (query.exec(QStringLiteral("SELECT id, %1 FROM \"%2\" ORDER BY id")
                           .arg(quoted.join(u','), table.name))) {
            while (query.next()) {
                QJsonObject row { { QStringLiteral("id"), query.value(0).toString() } };
                for (int i = 0; i < columns.size(); ++i)
                    row.insert(columns.at(i), ChangeWriter::toJson(query.value(i + 1)));
                rows.append(row);
            }
        }
        tables.insert(table.name, rows);
    }
    return QJsonObject { { QStringLiteral("format"), QStringLiteral("balcao-state/1") },
                         { QStringLiteral("tables"), tables } };
}

QByteArray StateExporter::canonicalJson() const
{
    // QJsonObject keeps keys sorted, so compact output is canonical.
    return QJsonDocument(exportState()).toJson(QJsonDocument::Compact);
}

QString StateExporter::stateHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalJson(), QCryptographicHash::Sha256).toHex());
}

} // namespace Balcao
