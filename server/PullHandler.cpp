// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullHandler.h"

#include "ChangeLedger.h"
#include "TokenAuthority.h"

#include <QJsonArray>

namespace Balcao::Server {

std::optional<qint64> queryInteger(const QUrlQuery &query, const QString &name, qint64 fallback,
                                   qint64 min, qint64 max)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

PullHandler::PullHandler(ChangeLedger &ledger)
    : m_ledger(ledger)
{ }

ApiReply PullHandler::handle(const Principal &caller, const QUrlQuery &query)
{
    const auto after
        = queryInteger(query, QStringLiteral("after"), 0, 0, std::numeric_limits<qint64>::max());
    if (!after)
        return ApiReply::error(
            400, QStringLiteral("request.badCursor"),
            tr("\"after\" must be a cursor this server gave out (an integer, 0 to start)."));
    const auto limit = queryInteger(query, QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit);
    if (!limit)
        return ApiReply::error(400, QStringLiteral("request.badLimit"),
                               tr("\"limit\" must be between 1 and %1.").arg(kMaxLimit));

    // Read the end first and never go past it: everything up to it was
    // committed before it was (pushes lock the business), so paging is stable.
    auto last = m_ledger.lastSeq(caller.businessId);
    if (!last)
        return ApiReply::fromError(last.error());
    if (*after > *last)
        return ApiReply::error(
            409, QStringLiteral("sync.cursorAhead"),
            tr("The terminal has seen more changes than this server holds (cursor %1, server %2). "
               "The server may have been restored from a backup; the terminal must bootstrap "
               "again and push what it has.")
                .arg(*after)
                .arg(*last));

    // One more than asked tells whether another page exists.
    auto entries = m_ledger.after(caller.businessId, *after, *last, caller.deviceId,
                                  static_cast<int>(*limit) + 1);
    if (!entries)
        return ApiReply::fromError(entries.error());
    const bool hasMore = entries->size() > *limit;
    if (hasMore)
        entries->removeLast();
    QJsonArray changes;
    for (const ChangeLedger::Entry &entry : *entries) {
        QJsonObject json = entry.change.toJson();
        json.insert(QStringLiteral("server_seq"), entry.seq);
        changes.append(json);
    }
    // Without more pages the cursor jumps to the end, past the caller's own changes.
    const qint64 next = hasMore ? entries->last().seq : *last;
    return ApiReply::ok({ { QStringLiteral("changes"), changes },
                          { QStringLiteral("next_cursor"), next },
                          { QStringLiteral("has_more"), hasMore } });
}

} // namespace Balcao::Server
