// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientMerger.h"

#include "ClientFields.h"
#include "ClientRow.h"
#include "ClientService.h"
#include "audit/AuditTrail.h"
#include "storage/LocalStore.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace Balcao {

ClientMerger::ClientMerger(LocalStore &store)
    : m_store(store)
{ }

Result<int> ClientMerger::repoint(const QString &table, const Id &from, const Id &to)
{
    // Every row, tombstones included: a deleted appointment restored later
    // must not come back pointing at a client that no longer exists.
    QSqlQuery query(m_store.database().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM \"%1\" WHERE client_id = ?").arg(table));
    query.addBindValue(from.toString());
    if (!query.exec())
        return Error::storage(QStringLiteral("storage.readFailed"), query.lastError().text());
    QList<Id> ids;
    while (query.next())
        ids << Id::fromString(query.value(0).toString());
    query.finish();
    for (const Id &id : std::as_const(ids)) {
        auto written = m_store.writer().writeRecord(
            table, id, { { QStringLiteral("client_id"), to.toString() } });
        if (!written)
            return written.error();
    }
    return static_cast<int>(ids.size());
}

Result<ClientMerger::Outcome> ClientMerger::merge(const Id &duplicateId, const Id &survivorId,
                                                  const Id &userId)
{
    if (duplicateId == survivorId)
        return Error::invalid(QStringLiteral("client.mergeSelf"),
                              tr("A client cannot be merged into itself."));
    return m_store.transact([&]() -> Result<Outcome> {
        ClientService clients(m_store);
        auto duplicate = clients.find(duplicateId, true);
        if (!duplicate)
            return duplicate.error();
        if (duplicate->deleted)
            return Error::conflict(QStringLiteral("client.mergeDeleted"),
                                   tr("%1 was deleted or already merged: there is nothing to "
                                      "merge.")
                                       .arg(duplicate->name));
        auto survivor = clients.find(survivorId, true);
        if (!survivor)
            return survivor.error();
        if (survivor->deleted)
            return Error::conflict(QStringLiteral("client.mergeIntoDeleted"),
                                   tr("%1 was deleted: a client cannot be merged into a deleted "
                                      "client.")
                                       .arg(survivor->name));

        Outcome outcome;
        auto appointments = repoint(QStringLiteral("appointments"), duplicateId, survivorId);
        if (!appointments)
            return appointments.error();
        outcome.appointmentsMoved = *appointments;
        auto reminders = repoint(QStringLiteral("reminders"), duplicateId, survivorId);
        if (!reminders)
            return reminders.error();
        outcome.remindersMoved = *reminders;

        QVariantMap fields;
        const auto fill = [&](const char *column, const QString &mine, const QString &theirs) {
            if (mine.isEmpty() && !theirs.isEmpty()) {
                fields.insert(QLatin1String(column), theirs);
                outcome.fieldsFilled << QLatin1String(column);
            }
        };
        // An old row may hold a phone as typed: normalised when it can be.
        const auto region = ClientService::readPhoneRegion(m_store);
        if (!region)
            return region.error();
        auto phone = ClientService::cleanPhone(duplicate->phone, *region);
        fill("phone", survivor->phone, phone ? *phone : duplicate->phone);
        fill("email", survivor->email, duplicate->email);
        fill("notes", survivor->notes, duplicate->notes);
        fill("birthday", survivor->birthday, duplicate->birthday);
        fill("communication_preference", survivor->communicationPreference,
             duplicate->communicationPreference);
        if (!survivor->vip && duplicate->vip) {
            fields.insert(QStringLiteral("vip"), 1);
            outcome.fieldsFilled << QStringLiteral("vip");
        }
        auto tags = ClientFields::cleanTags(survivor->tags + duplicate->tags);
        // Both lists were valid; only their union can exceed the maximum, and
        // then the survivor's own tags are kept as they are.
        if (tags && *tags != survivor->tags) {
            fields.insert(QStringLiteral("tags"), ClientFields::tagsToJson(*tags));
            outcome.fieldsFilled << QStringLiteral("tags");
        }
        if (!fields.isEmpty()) {
            if (auto written = m_store.writer().writeRecord(ClientRow::table(), survivorId, fields);
                !written)
                return written.error();
        }
        if (auto written = m_store.writer().writeRecord(
                ClientRow::table(), duplicateId,
                { { QStringLiteral("merged_into"), survivorId.toString() },
                  { QStringLiteral("deleted"), 1 } });
            !written)
            return written.error();

        auto audited = AuditTrail(m_store).record(
            QStringLiteral("client.merged"), ClientRow::table(), survivorId,
            QJsonObject { { QStringLiteral("duplicate_id"), duplicateId.toString() },
                          { QStringLiteral("duplicate_name"), duplicate->name },
                          { QStringLiteral("appointments_moved"), outcome.appointmentsMoved },
                          { QStringLiteral("reminders_moved"), outcome.remindersMoved },
                          { QStringLiteral("fields_filled"),
                            QJsonArray::fromStringList(outcome.fieldsFilled) } },
            userId);
        if (!audited)
            return audited.error();
        auto merged = clients.find(survivorId);
        if (!merged)
            return merged.error();
        outcome.survivor = *merged;
        return outcome;
    });
}

} // namespace Balcao
