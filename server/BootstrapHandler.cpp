// SPDX-License-Identifier: GPL-3.0-or-later
#include "BootstrapHandler.h"

#include "ChangeLedger.h"
#include "CurrentState.h"
#include "Protocol.h"
#include "PullHandler.h"
#include "TokenAuthority.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Balcao::Server {

namespace {

struct PageToken
{
    qint64 cursor = 0;
    CurrentState::RowKey after;
};

QString encode(const PageToken &token)
{
    const QJsonObject json { { QStringLiteral("c"), token.cursor },
                             { QStringLiteral("t"), token.after.table },
                             { QStringLiteral("r"), token.after.rowId } };
    return QString::fromLatin1(
        QJsonDocument(json)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<PageToken> decode(const QString &text)
{
    const auto bytes = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(*bytes).object();
    const QJsonValue c = json.value(QStringLiteral("c"));
    const QJsonValue t = json.value(QStringLiteral("t"));
    const QJsonValue r = json.value(QStringLiteral("r"));
    if (!c.isDouble() || !t.isString() || !r.isString() || c.toInteger() < 0)
        return std::nullopt;
    return PageToken { c.toInteger(), { t.toString(), r.toString() } };
}

} // namespace

BootstrapHandler::BootstrapHandler(ChangeLedger &ledger, CurrentState &state)
    : m_ledger(ledger)
    , m_state(state)
{ }

ApiReply BootstrapHandler::handle(const Principal &caller, const QUrlQuery &query)
{
    const auto limit = queryInteger(query, QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit);
    if (!limit)
        return ApiReply::error(400, QStringLiteral("request.badLimit"),
                               tr("\"limit\" must be between 1 and %1.").arg(kMaxLimit));
    PageToken token;
    if (query.hasQueryItem(QStringLiteral("page"))) {
        const auto decoded = decode(query.queryItemValue(QStringLiteral("page")));
        if (!decoded)
            return ApiReply::error(
                400, QStringLiteral("request.badPage"),
                tr("\"page\" must be the \"next_page\" token of an earlier bootstrap page."));
        token = *decoded;
    } else {
        // Read before any row: every change up to here is in what follows.
        auto last = m_ledger.lastSeq(caller.businessId);
        if (!last)
            return ApiReply::fromError(last.error());
        token.cursor = *last;
    }

    auto rows = m_state.page(caller.businessId, token.after, static_cast<int>(*limit) + 1);
    if (!rows)
        return ApiReply::fromError(rows.error());
    const bool hasMore = rows->size() > *limit;
    if (hasMore)
        rows->removeLast();
    QJsonArray out;
    for (const QJsonObject &row : *rows)
        out.append(row);
    QJsonObject body { { QStringLiteral("schema"), Protocol::schemaVersion() },
                       { QStringLiteral("cursor"), token.cursor },
                       { QStringLiteral("rows"), out },
                       { QStringLiteral("has_more"), hasMore },
                       { QStringLiteral("next_page"), QJsonValue::Null } };
    if (hasMore) {
        const QJsonObject &lastRow = rows->last();
        body.insert(QStringLiteral("next_page"),
                    encode({ token.cursor,
                             { lastRow.value(QStringLiteral("table")).toString(),
                               lastRow.value(QStringLiteral("row_id")).toString() } }));
    }
    return ApiReply::ok(body);
}

} // namespace Balcao::Server
