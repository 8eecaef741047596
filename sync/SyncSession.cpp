// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncSession.h"

#include "ChangeApplier.h"
#include "ChangeOutbox.h"
#include "conflicts/ConflictInbox.h"
#include "storage/LocalMeta.h"
#include "storage/LocalStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <optional>

namespace Balcao {

namespace {
const QString kCursor = QStringLiteral("sync.cursor");
const QString kInflight = QStringLiteral("sync.inflight");
const QString kLastSuccess = QStringLiteral("sync.lastSuccess");
const QString kBootstrapPage = QStringLiteral("sync.bootstrapPage");
const QString kBootstrapCursor = QStringLiteral("sync.bootstrapCursor");
constexpr int kBootstrapPageSize = 2000;

// SQLite's page cache for the pulling connection, for one round. With the
// default 2 MiB a large pull no longer fits: every page of changes dirties
// pages all over the clients' name and phone indexes, which are spilled to
// the WAL and read back (decrypted) within the same transaction. Pages are
// allocated only as used; the old size (which frees them) returns at the end.
class LargerPageCache
{
public:
    static constexpr int kKibibytes = 64 * 1024;

    explicit LargerPageCache(LocalStore &store)
        : m_store(store)
    {
        const std::optional<qint64> previous = pragma(QStringLiteral("cache_size"));
        const std::optional<qint64> pageSize = pragma(QStringLiteral("page_size"));
        if (!previous || !pageSize)
            return;
        // Negative sizes are in KiB, positive ones in pages.
        const qint64 kibibytes = *previous < 0 ? -*previous : *previous * *pageSize / 1024;
        if (kibibytes >= kKibibytes)
            return; // already as large: leave it
        m_previous = previous;
        set(-kKibibytes);
    }
    ~LargerPageCache()
    {
        if (m_previous)
            set(*m_previous);
    }
    LargerPageCache(const LargerPageCache &) = delete;
    LargerPageCache &operator=(const LargerPageCache &) = delete;

private:
    std::optional<qint64> pragma(const QString &name) const
    {
        QSqlQuery query(m_store.database().connection());
        if (query.exec(QString(QStringLiteral("PRAGMA ") + name)) && query.next())
            return query.value(0).toLongLong();
        return std::nullopt;
    }
    // A failure only costs speed.
    void set(qint64 size)
    {
        QSqlQuery query(m_store.database().connection());
        query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(size));
    }

    LocalStore &m_store;
    std::optional<qint64> m_previous;
};
} // namespace

SyncSession::SyncSession(LocalStore &store, SyncTransport &transport)
    : m_store(store)
    , m_transport(transport)
{ }

Result<QString> SyncSession::cursor() const
{
    return LocalMeta(m_store).valueOr(kCursor);
}

Result<QDateTime> SyncSession::lastSuccess() const
{
    auto value = LocalMeta(m_store).valueOr(kLastSuccess);
    if (!value)
        return value.error();
    return value->isEmpty() ? QDateTime()
                            : QDateTime::fromMSecsSinceEpoch(value->toLongLong(), Qt::UTC);
}

// The batch being pushed (its id and last change), empty when none is.
Result<QJsonObject> SyncSession::inflightBatch() const
{
    auto value = LocalMeta(m_store).valueOr(kInflight);
    if (!value)
        return value.error();
    return QJsonDocument::fromJson(value->toUtf8()).object();
}

Result<QString> SyncSession::inflightBatchId() const
{
    auto batch = inflightBatch();
    if (!batch)
        return batch.error();
    return batch->value(QStringLiteral("batch_id")).toString();
}

Result<int> SyncSession::pushAll()
{
    int pushed = 0;
    ChangeOutbox outbox(m_store);
    LocalMeta meta(m_store);
    while (true) {
        auto recordedBatch = inflightBatch();
        if (!recordedBatch)
            return recordedBatch.error();
        QJsonObject &inflight = *recordedBatch;
        QList<Change> batch;
        if (inflight.isEmpty()) {
            batch = outbox.pending(kPushBatchSize);
            if (batch.isEmpty())
                return pushed;
            inflight = QJsonObject { { QStringLiteral("batch_id"),
                                       Id::generate(m_store.clock()).toString() },
                                     { QStringLiteral("last_seq"), batch.last().seq } };
            // Recorded before sending: after a crash the same id goes again.
            auto recorded = m_store.transact([&] {
                return meta.setValue(
                    kInflight,
                    QString::fromUtf8(QJsonDocument(inflight).toJson(QJsonDocument::Compact)));
            });
            if (!recorded)
                return recorded.error();
        } else {
            const qint64 lastSeq = inflight.value(QStringLiteral("last_seq")).toInteger();
            for (const Change &change : outbox.pending(kPushBatchSize)) {
                if (change.seq <= lastSeq)
                    batch << change;
            }
        }
        const QString batchId = inflight.value(QStringLiteral("batch_id")).toString();
        const qint64 lastSeq = inflight.value(QStringLiteral("last_seq")).toInteger();
        if (!batch.isEmpty()) {
            auto ack = m_transport.push(batchId, batch);
            if (!ack)
                return ack.error(); // kept: the batch stays in flight and in the outbox
        }
        auto done = m_store.transact([&]() -> Result<void> {
            if (auto acked = outbox.acknowledgeUpTo(lastSeq); !acked)
                return acked;
            return meta.remove(kInflight);
        });
        if (!done)
            return done.error();
        pushed += static_cast<int>(batch.size());
    }
}

Result<SyncSession::Report> SyncSession::pullAll()
{
    Report report;
    ChangeApplier applier(m_store);
    LocalMeta meta(m_store);
    const LargerPageCache cache(m_store);
    while (true) {
        auto after = cursor();
        if (!after)
            return after.error(); // never from the start because the cursor cannot be read
        auto page = m_transport.pull(*after, kPullPageSize);
        if (!page)
            return page.error();
        // The next page travels (and the server reads it) while this one is
        // applied. Its cursor is the one this page's transaction commits.
        if (page->hasMore && !page->changes.isEmpty())
            m_transport.prefetchPull(page->nextCursor, kPullPageSize);
        auto applied = m_store.transact([&]() -> Result<ChangeApplier::Summary> {
            auto summary = applier.apply(page->changes);
            if (!summary)
                return summary.error();
            if (auto moved = meta.setValue(kCursor, page->nextCursor); !moved)
                return moved.error();
            return summary;
        });
        if (!applied)
            return applied.error();
        report.pulled += static_cast<int>(page->changes.size());
        report.applied += applied->applied;
        if (!page->hasMore || page->changes.isEmpty())
            return report;
    }
}

Result<int> SyncSession::bootstrap()
{
    int rows = 0;
    LocalMeta meta(m_store);
    const LargerPageCache cache(m_store);
    auto resumed = meta.valueOr(kBootstrapPage);
    if (!resumed)
        return resumed.error();
    QString page = *resumed;
    while (true) {
        auto received = m_transport.bootstrap(page, kBootstrapPageSize);
        if (!received)
            return received.error();
        // A resumed bootstrap keeps the cursor of its first page: every change
        // up to it is in the pages.
        auto firstCursor = meta.valueOr(kBootstrapCursor);
        if (!firstCursor)
            return firstCursor.error();
        const QString cursorAtStart = firstCursor->isEmpty() ? received->cursor : *firstCursor;
        auto applied = m_store.transact([&]() -> Result<int> {
            int count = 0;
            Hlc highest;
            for (const StateRow &row : received->rows) {
                if (row.ledger) {
                    auto inserted = m_store.writer().applyLedger(row.table, row.rowId, row.fields);
                    if (!inserted)
                        return inserted.error();
                    highest = std::max(highest, row.factVersion.hlc);
                } else {
                    // Columns written by one change share a version: apply them together.
                    QHash<QString, QVariantMap> byVersion;
                    QHash<QString, FieldVersion> versions;
                    for (auto it = row.fields.cbegin(); it != row.fields.cend(); ++it) {
                        const FieldVersion v = row.versions.value(it.key());
                        const QString key = v.hlc.toString() + QLatin1Char('/') + v.deviceId;
                        byVersion[key].insert(it.key(), it.value());
                        versions.insert(key, v);
                        highest = std::max(highest, v.hlc);
                    }
                    for (auto it = byVersion.cbegin(); it != byVersion.cend(); ++it) {
                        auto won = m_store.writer().applyRecord(row.table, row.rowId, it.value(),
                                                                versions.value(it.key()));
                        if (!won)
                            return won.error();
                    }
                }
                ++count;
            }
            if (!highest.isNull()) {
                if (auto observed = m_store.hlc().observe(highest); !observed)
                    return observed.error();
                if (auto remembered = m_store.rememberClock(); !remembered)
                    return remembered.error();
            }
            if (received->hasMore) {
                if (auto saved = meta.setValue(kBootstrapPage, received->nextPage); !saved)
                    return saved.error();
                if (auto saved = meta.setValue(kBootstrapCursor, cursorAtStart); !saved)
                    return saved.error();
            } else {
                if (auto moved = meta.setValue(kCursor, cursorAtStart); !moved)
                    return moved.error();
                if (auto cleared = meta.remove(kBootstrapPage); !cleared)
                    return cleared.error();
                if (auto cleared = meta.remove(kBootstrapCursor); !cleared)
                    return cleared.error();
            }
            return count;
        });
        if (!applied)
            return applied.error();
        rows += *applied;
        if (!received->hasMore)
            return rows;
        page = received->nextPage;
    }
}

Result<SyncSession::Report> SyncSession::run()
{
    auto pushed = pushAll();
    if (!pushed)
        return pushed.error();
    auto pulled = pullAll();
    if (!pulled)
        return pulled.error();
    Report report = *pulled;
    report.pushed = *pushed;
    if (report.applied > 0) {
        auto refreshed = ConflictInbox(m_store).refresh();
        if (!refreshed)
            return refreshed.error();
        report.conflictsOpened = refreshed->opened;
        // Conflict records written by the refresh go out with the next push.
        auto again = pushAll();
        if (!again)
            return again.error();
        report.pushed += *again;
    }
    auto stamped = m_store.transact([&] {
        return LocalMeta(m_store).setValue(kLastSuccess,
                                           QString::number(m_store.clock().nowMsecsSinceEpoch()));
    });
    if (!stamped)
        return stamped.error();
    return report;
}

} // namespace Balcao
