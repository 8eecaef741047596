// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientHistory.h"

#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Balcao {

ClientHistory::ClientHistory(LocalStore &store)
    : m_store(store)
{ }

Result<QList<ClientVisit>> ClientHistory::visits(const Id &clientId, int limit) const
{
    QSqlQuery query(m_store.database().connection());
    query.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT id, location_id, staff_id, starts_at, ends_at, status, cancel_reason, notes"
        " FROM appointments WHERE client_id = ? AND deleted = 0 ORDER BY starts_at DESC, id");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    query.prepare(sql);
    query.addBindValue(clientId.toString());
    if (!query.exec())
        return Error::storage(QStringLiteral("storage.readFailed"), query.lastError().text());
    QList<ClientVisit> out;
    QHash<QString, qsizetype> byId;
    while (query.next()) {
        ClientVisit v;
        v.appointmentId = Id::fromString(query.value(0).toString());
        v.locationId = Id::fromString(query.value(1).toString());
        v.staffId = Id::fromString(query.value(2).toString());
        v.startsAtMsecs = query.value(3).toLongLong();
        v.endsAtMsecs = query.value(4).toLongLong();
        v.status = query.value(5).toString();
        v.cancelReason = query.value(6).toString();
        v.notes = query.value(7).toString();
        byId.insert(query.value(0).toString(), out.size());
        out << v;
    }
    if (out.isEmpty())
        return out;

    QSqlQuery items(m_store.database().connection());
    items.setForwardOnly(true);
    items.prepare(QStringLiteral(
        "SELECT i.appointment_id, i.service_id, s.name, i.staff_id, i.price_minor, i.currency"
        " FROM appointments a JOIN appointment_items i ON i.appointment_id = a.id"
        " LEFT JOIN services s ON s.id = i.service_id"
        " WHERE a.client_id = ? AND a.deleted = 0 AND i.deleted = 0"
        " ORDER BY i.appointment_id, i.position, i.starts_at, i.id"));
    items.addBindValue(clientId.toString());
    if (!items.exec())
        return Error::storage(QStringLiteral("storage.readFailed"), items.lastError().text());
    while (items.next()) {
        const auto at = byId.constFind(items.value(0).toString());
        if (at == byId.cend())
            continue; // beyond the limit
        ClientVisit::Item item;
        item.serviceId = Id::fromString(items.value(1).toString());
        item.serviceName = items.value(2).toString();
        item.staffId = Id::fromString(items.value(3).toString());
        item.price = moneyFromColumns(items.value(4), items.value(5));
        out[*at].items << item;
    }
    return out;
}

} // namespace Balcao
