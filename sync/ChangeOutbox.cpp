// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeOutbox.h"

#include "storage/LocalStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Balcao {

ChangeOutbox::ChangeOutbox(LocalStore &store)
    : m_store(store)
{ }

QList<Change> ChangeOutbox::pending(int limit) const
{
    QList<Change> out;
    QSqlQuery query(m_store.database().connection());
    query.setForwardOnly(true);
    QString sql
        = QStringLiteral("SELECT seq, change_id, table_name, row_id, kind, hlc, device_id, payload"
                         " FROM change_log WHERE acknowledged = 0 ORDER BY seq");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    if (!query.exec(sql))
        return out;
    while (query.next()) {
        Change change;
        change.seq = query.value(0).toLongLong();
        change.changeId = query.value(1).toString();
        change.table = query.value(2).toString();
        change.rowId = query.value(3).toString();
        change.ledger = query.value(4).toString() == QStringLiteral("ledger");
        change.hlc = Hlc::fromPacked(static_cast<quint64>(query.value(5).toLongLong()));
        change.deviceId = query.value(6).toString();
        const QJsonObject payload
            = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        for (auto it = payload.begin(); it != payload.end(); ++it)
            change.fields.insert(it.key(), ChangeWriter::fromJson(it.value()));
        out << change;
    }
    return out;
}

int ChangeOutbox::pendingCount() const
{
    QSqlQuery query(m_store.database().connection());
    if (query.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE acknowledged = 0"))
        && query.next())
        return query.value(0).toInt();
    return 0;
}

Result<void> ChangeOutbox::acknowledgeUpTo(qint64 seq)
{
    return m_store.transact([&]() -> Result<void> {
        QSqlQuery query(m_store.database().connection());
        query.prepare(QStringLiteral(
            "UPDATE change_log SET acknowledged = 1 WHERE seq <= ? AND acknowledged = 0"));
        query.addBindValue(seq);
        if (!query.exec())
            return Error::storage(QStringLiteral("storage.writeFailed"), query.lastError().text());
        return {};
    });
}

} // namespace Balcao
