// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchJournal.h"

#include "ServerStore.h"

#include <QJsonDocument>

namespace Balcao::Server {

BatchJournal::BatchJournal(ServerStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

Result<std::optional<BatchJournal::Recorded>> BatchJournal::find(const QString &deviceId,
                                                                 const QString &batchId)
{
    auto read = m_store.run(
        QStringLiteral(
            "SELECT request_hash, response FROM batches WHERE device_id = ? AND batch_id = ?"),
        { deviceId, batchId });
    if (!read)
        return read.error();
    if (!read->next())
        return std::optional<Recorded>();
    return std::optional<Recorded>(
        Recorded { read->value(0).toString(),
                   QJsonDocument::fromJson(read->value(1).toString().toUtf8()).object() });
}

Result<void> BatchJournal::record(const QString &deviceId, const QString &batchId,
                                  const QString &requestHash, const QJsonObject &response)
{
    auto written = m_store.run(
        QStringLiteral(
            "INSERT INTO batches (device_id, batch_id, request_hash, response, received_at)"
            " VALUES (?, ?, ?, ?, ?)"),
        { deviceId, batchId, requestHash,
          QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact)),
          m_clock.nowMsecsSinceEpoch() });
    if (!written)
        return written.error();
    return {};
}

} // namespace Balcao::Server
