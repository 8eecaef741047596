// SPDX-License-Identifier: GPL-3.0-or-later
#include "PushHandler.h"

#include "BatchJournal.h"
#include "ChangeLedger.h"
#include "CurrentState.h"
#include "Secrets.h"
#include "ServerStore.h"
#include "TokenAuthority.h"
#include "storage/Schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Balcao::Server {

namespace {
constexpr int kMaxBatchIdLength = 128;
}

PushHandler::PushHandler(ServerStore &store, ChangeLedger &ledger, CurrentState &state,
                         BatchJournal &journal, const Clock &clock, qint64 maxClockAheadMsecs)
    : m_store(store)
    , m_ledger(ledger)
    , m_state(state)
    , m_journal(journal)
    , m_clock(clock)
    , m_maxClockAhead(maxClockAheadMsecs)
{ }

Result<QList<Change>> PushHandler::validated(const Principal &caller,
                                             const QJsonArray &changes) const
{
    QList<Change> out;
    out.reserve(changes.size());
    const qint64 limit = m_clock.nowMsecsSinceEpoch() + m_maxClockAhead;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const auto bad = [i](const QString &code, const QString &why) {
            return Error::invalid(code, tr("Change %1 of the batch: %2").arg(i).arg(why));
        };
        if (!changes.at(i).isObject())
            return bad(QStringLiteral("sync.malformedChange"), tr("not a JSON object."));
        const QJsonObject json = changes.at(i).toObject();
        // Change::fromJson would turn nested values into text; the wire allows
        // only null, numbers and strings as field values.
        const QJsonObject fields = json.value(QStringLiteral("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it->isArray() || it->isObject())
                return bad(QStringLiteral("sync.wrongType"),
                           tr("field \"%1\" must be null, a number, a boolean or a string.")
                               .arg(it.key()));
        }
        auto change = Change::fromJson(json);
        if (!change)
            return bad(change.error().code, change.error().message);
        const TableSchema *table = Schema::table(change->table);
        if (!table)
            return bad(QStringLiteral("sync.unknownTable"),
                       tr("unknown table \"%1\".").arg(change->table));
        if ((table->kind == TableSchema::Kind::Ledger) != change->ledger)
            return bad(QStringLiteral("sync.wrongTableKind"),
                       tr("\"%1\" is a %2 table.")
                           .arg(change->table, change->ledger ? tr("record") : tr("ledger")));
        for (auto it = change->fields.cbegin(); it != change->fields.cend(); ++it) {
            if (!table->hasColumn(it.key()))
                return bad(QStringLiteral("sync.unknownColumn"),
                           tr("unknown field \"%1\" in \"%2\".").arg(it.key(), change->table));
        }
        // A terminal pushes only what it wrote itself; taking another device's
        // id would let it win ties in that device's name.
        if (change->deviceId != caller.deviceId)
            return Error::security(
                QStringLiteral("sync.foreignDevice"),
                tr("Change %1 of the batch claims to come from device %2, but this terminal is "
                   "%3.")
                    .arg(i)
                    .arg(change->deviceId, caller.deviceId));
        if (change->hlc.msecs() > limit) {
            const qint64 minutes = (change->hlc.msecs() - m_clock.nowMsecsSinceEpoch()) / 60000;
            return Error::invalid(
                QStringLiteral("sync.clockAhead"),
                tr("The clock of terminal \"%1\" (%2) is about %3 minutes ahead of the server. "
                   "Correct the date and time on that terminal; nothing of this batch was stored.")
                    .arg(caller.deviceName, caller.deviceId)
                    .arg(minutes));
        }
        out << *change;
    }
    return out;
}

ApiReply PushHandler::handle(const Principal &caller, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return ApiReply::error(400, QStringLiteral("request.malformedJson"),
                               tr("The request body is not a JSON object."));
    const QJsonObject request = document.object();
    const QJsonValue batchValue = request.value(QStringLiteral("batch_id"));
    const QString batchId = batchValue.toString();
    if (!batchValue.isString() || batchId.isEmpty() || batchId.size() > kMaxBatchIdLength)
        return ApiReply::error(
            400, QStringLiteral("request.badBatchId"),
            tr("\"batch_id\" must be a non-empty string of at most %1 characters.")
                .arg(kMaxBatchIdLength));
    const QJsonValue changesValue = request.value(QStringLiteral("changes"));
    if (!changesValue.isArray())
        return ApiReply::error(400, QStringLiteral("request.badChanges"),
                               tr("\"changes\" must be an array."));
    const QJsonArray changesJson = changesValue.toArray();

    auto changes = validated(caller, changesJson);
    if (!changes) {
        const int status = changes.error().code == QStringLiteral("sync.clockAhead")
                || changes.error().code == QStringLiteral("sync.foreignDevice")
            ? 422
            : 400;
        return ApiReply::error(status, changes.error().code, changes.error().message);
    }
    const QString requestHash = Secrets::hashOf(
        QString::fromUtf8(QJsonDocument(changesJson).toJson(QJsonDocument::Compact)));

    auto outcome = m_store.transact([&]() -> Result<QJsonObject> {
        auto last = m_ledger.lockBusiness(caller.businessId);
        if (!last)
            return last.error();
        auto seen = m_journal.find(caller.deviceId, batchId);
        if (!seen)
            return seen.error();
        if (seen->has_value()) {
            if ((*seen)->requestHash != requestHash)
                return Error::conflict(
                    QStringLiteral("sync.batchIdReused"),
                    tr("Batch \"%1\" was already received with different changes. A batch id "
                       "must name one batch only.")
                        .arg(batchId));
            return (*seen)->response;
        }
        qint64 seq = *last;
        int stored = 0;
        int applied = 0;
        for (const Change &change : *changes) {
            auto fresh = m_ledger.append(caller.businessId, seq + 1, change);
            if (!fresh)
                return fresh.error();
            if (!*fresh)
                continue;
            ++seq;
            ++stored;
            auto won = m_state.fold(caller.businessId, change);
            if (!won)
                return won.error();
            if (*won)
                ++applied;
        }
        if (seq != *last) {
            if (auto ok = m_ledger.setLastSeq(caller.businessId, seq); !ok)
                return ok.error();
        }
        const QJsonObject response {
            { QStringLiteral("batch_id"), batchId },
            { QStringLiteral("received"), changesJson.size() },
            { QStringLiteral("stored"), stored },
            { QStringLiteral("duplicates"), changesJson.size() - stored },
            { QStringLiteral("applied"), applied },
        };
        if (auto ok = m_journal.record(caller.deviceId, batchId, requestHash, response); !ok)
            return ok.error();
        return response;
    });
    if (!outcome)
        return ApiReply::fromError(outcome.error());
    return ApiReply::ok(*outcome);
}

} // namespace Balcao::Server
