// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtocolGuard.h"

#include "Protocol.h"

#include <QHttpServerRequest>

namespace Balcao::Server {

namespace {

std::optional<int> versionHeader(const QHttpServerRequest &request, const char *name)
{
    const QByteArray value = request.value(QByteArray(name)).trimmed();
    bool ok = false;
    const int version = value.toInt(&ok);
    if (!ok || version < 1)
        return std::nullopt;
    return version;
}

} // namespace

std::optional<ApiReply> ProtocolGuard::check(const QHttpServerRequest &request)
{
    const auto protocol = versionHeader(request, Protocol::kProtocolHeader);
    const auto schema = versionHeader(request, Protocol::kSchemaHeader);
    if (!protocol || !schema)
        return ApiReply::error(
            400, QStringLiteral("protocol.missingVersion"),
            tr("Every request must carry the headers %1 and %2 with positive integers.")
                .arg(QLatin1String(Protocol::kProtocolHeader),
                     QLatin1String(Protocol::kSchemaHeader)));
    const auto mismatch = [](const QString &code, int theirs, int ours, const QString &what) {
        ApiReply reply
            = ApiReply::error(426, code,
                              theirs < ours ? tr("This terminal speaks %1 %2 but the server speaks "
                                                 "%3. Update Balcão on this terminal.")
                                                  .arg(what)
                                                  .arg(theirs)
                                                  .arg(ours)
                                            : tr("This terminal speaks %1 %2 but the server only "
                                                 "knows %3. Ask your administrator "
                                                 "to update the server (balcaod).")
                                                  .arg(what)
                                                  .arg(theirs)
                                                  .arg(ours));
        reply.body.insert(QStringLiteral("server_protocol"), Protocol::kVersion);
        reply.body.insert(QStringLiteral("server_schema"), Protocol::schemaVersion());
        return reply;
    };
    if (*protocol != Protocol::kVersion)
        return mismatch(QStringLiteral("protocol.unsupportedVersion"), *protocol,
                        Protocol::kVersion, tr("sync protocol"));
    if (*schema != Protocol::schemaVersion())
        return mismatch(QStringLiteral("protocol.unsupportedSchema"), *schema,
                        Protocol::schemaVersion(), tr("data schema"));
    return std::nullopt;
}

} // namespace Balcao::Server
