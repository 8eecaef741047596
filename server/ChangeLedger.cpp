// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeLedger.h"

#include "ServerStore.h"
#include "storage/ChangeWriter.h"

#include <QJsonDocument>

namespace Balcao::Server {

ChangeLedger::ChangeLedger(ServerStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

Result<qint64> ChangeLedger::lockBusiness(const QString &businessId)
{
    // A no-op update takes the row lock on PostgreSQL; SQLite has one writer anyway.
    auto locked = m_store.run(
        QStringLiteral("UPDATE businesses SET last_seq = last_seq WHERE id = ?"), { businessId });
    if (!locked)
        return locked.error();
    return lastSeq(businessId);
}

Result<qint64> ChangeLedger::lastSeq(const QString &businessId)
{
    auto read = m_store.run(QStringLiteral("SELECT last_seq FROM businesses WHERE id = ?"),
                            { businessId });
    if (!read)
        return read.error();
    if (!read->next())
        return Error::notFound(QStringLiteral("server.unknownBusiness"),
                               QStringLiteral("unknown business"));
    return read->value(0).toLongLong();
}

Result<void> ChangeLedger::setLastSeq(const QString &businessId, qint64 seq)
{
    auto written = m_store.run(QStringLiteral("UPDATE businesses SET last_seq = ? WHERE id = ?"),
                               { seq, businessId });
    if (!written)
        return written.error();
    return {};
}

Result<bool> ChangeLedger::append(const QString &businessId, qint64 seq, const Change &change)
{
    auto known = m_store.run(
        QStringLiteral("SELECT 1 FROM changes WHERE business_id = ? AND change_id = ?"),
        { businessId, change.changeId });
    if (!known)
        return known.error();
    if (known->next())
        return false;
    known->finish();
    const QJsonObject json = change.toJson();
    const QByteArray fields = QJsonDocument(json.value(QStringLiteral("fields")).toObject())
                                  .toJson(QJsonDocument::Compact);
    auto inserted = m_store.run(
        QStringLiteral(
            "INSERT INTO changes (business_id, seq, change_id, device_id, table_name, row_id, "
            "kind, hlc,"
            " origin_seq, fields, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { businessId, seq, change.changeId, change.deviceId, change.table, change.rowId,
          change.ledger ? QStringLiteral("ledger") : QStringLiteral("record"),
          change.hlc.toString(), change.seq, QString::fromUtf8(fields),
          m_clock.nowMsecsSinceEpoch() });
    if (!inserted)
        return inserted.error();
    return true;
}

Result<QList<ChangeLedger::Entry>> ChangeLedger::after(const QString &businessId, qint64 after,
                                                       qint64 upTo, const QString &excludeDevice,
                                                       int limit)
{
    auto read = m_store.run(
        QStringLiteral(
            "SELECT seq, change_id, device_id, table_name, row_id, kind, hlc, origin_seq, fields"
            " FROM changes WHERE business_id = ? AND seq > ? AND seq <= ? AND device_id <> ?"
            " ORDER BY seq LIMIT ?"),
        { businessId, after, upTo, excludeDevice, limit });
    if (!read)
        return read.error();
    QList<Entry> entries;
    while (read->next()) {
        Entry entry;
        entry.seq = read->value(0).toLongLong();
        Change &c = entry.change;
        c.changeId = read->value(1).toString();
        c.deviceId = read->value(2).toString();
        c.table = read->value(3).toString();
        c.rowId = read->value(4).toString();
        c.ledger = read->value(5).toString() == QStringLiteral("ledger");
        c.hlc = Hlc::fromString(read->value(6).toString());
        c.seq = read->value(7).toLongLong();
        const QJsonObject fields
            = QJsonDocument::fromJson(read->value(8).toString().toUtf8()).object();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            c.fields.insert(it.key(), ChangeWriter::fromJson(it.value()));
        entries << entry;
    }
    return entries;
}

} // namespace Balcao::Server
