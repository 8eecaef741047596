// SPDX-License-Identifier: GPL-3.0-or-later
#include "CurrentState.h"

#include "ServerStore.h"
#include "common/MergeRule.h"
#include "storage/ChangeWriter.h"

#include <QJsonDocument>

namespace Balcao::Server {

namespace {

QJsonObject parsed(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject versionJson(const FieldVersion &v)
{
    return { { QStringLiteral("hlc"), v.hlc.toString() },
             { QStringLiteral("device_id"), v.deviceId } };
}

std::optional<FieldVersion> versionOf(const QJsonValue &json)
{
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject o = json.toObject();
    return FieldVersion { Hlc::fromString(o.value(QStringLiteral("hlc")).toString()),
                          o.value(QStringLiteral("device_id")).toString() };
}

} // namespace

CurrentState::CurrentState(ServerStore &store)
    : m_store(store)
{ }

Result<bool> CurrentState::fold(const QString &businessId, const Change &change)
{
    auto current
        = m_store.run(QStringLiteral("SELECT fields, versions FROM state_rows"
                                     " WHERE business_id = ? AND table_name = ? AND row_id = ?"),
                      { businessId, change.table, change.rowId });
    if (!current)
        return current.error();
    const bool exists = current->next();
    QJsonObject fields = exists ? parsed(current->value(0).toString()) : QJsonObject();
    QJsonObject versions = exists ? parsed(current->value(1).toString()) : QJsonObject();
    current->finish();

    const FieldVersion incoming { change.hlc, change.deviceId };
    if (change.ledger) {
        // Facts are immutable: the first copy of an id is the fact.
        if (exists)
            return false;
        for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it)
            fields.insert(it.key(), ChangeWriter::toJson(it.value()));
        versions = versionJson(incoming);
    } else {
        bool won = false;
        for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
            if (!MergeRule::incomingWins(versionOf(versions.value(it.key())), incoming))
                continue;
            fields.insert(it.key(), ChangeWriter::toJson(it.value()));
            versions.insert(it.key(), versionJson(incoming));
            won = true;
        }
        if (!won)
            return false;
    }
    auto written = m_store.run(
        QStringLiteral(
            "INSERT INTO state_rows (business_id, table_name, row_id, kind, fields, versions)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (business_id, table_name, row_id)"
            " DO UPDATE SET fields = excluded.fields, versions = excluded.versions"),
        { businessId, change.table, change.rowId,
          change.ledger ? QStringLiteral("ledger") : QStringLiteral("record"), compact(fields),
          compact(versions) });
    if (!written)
        return written.error();
    return true;
}

Result<QList<QJsonObject>> CurrentState::page(const QString &businessId, const RowKey &after,
                                              int limit)
{
    // A null QString binds as SQL NULL, and "x > NULL" matches nothing.
    const QString table = after.table.isNull() ? QStringLiteral("") : after.table;
    const QString rowId = after.rowId.isNull() ? QStringLiteral("") : after.rowId;
    auto read = m_store.run(
        QStringLiteral(
            "SELECT table_name, row_id, kind, fields, versions FROM state_rows"
            " WHERE business_id = ? AND (table_name > ? OR (table_name = ? AND row_id > ?))"
            " ORDER BY table_name, row_id LIMIT ?"),
        { businessId, table, table, rowId, limit });
    if (!read)
        return read.error();
    QList<QJsonObject> rows;
    while (read->next()) {
        const bool ledger = read->value(2).toString() == QStringLiteral("ledger");
        QJsonObject row { { QStringLiteral("table"), read->value(0).toString() },
                          { QStringLiteral("row_id"), read->value(1).toString() },
                          { QStringLiteral("kind"), read->value(2).toString() },
                          { QStringLiteral("fields"), parsed(read->value(3).toString()) } };
        const QJsonObject versions = parsed(read->value(4).toString());
        if (ledger) {
            row.insert(QStringLiteral("hlc"), versions.value(QStringLiteral("hlc")));
            row.insert(QStringLiteral("device_id"), versions.value(QStringLiteral("device_id")));
        } else {
            row.insert(QStringLiteral("versions"), versions);
        }
        rows << row;
    }
    return rows;
}

} // namespace Balcao::Server
