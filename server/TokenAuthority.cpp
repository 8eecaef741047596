// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenAuthority.h"

#include "Secrets.h"
#include "ServerStore.h"
#include "common/Id.h"

namespace Balcao::Server {

TokenAuthority::TokenAuthority(ServerStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

Result<TokenAuthority::Issued>
TokenAuthority::issue(const QString &businessId, const QString &deviceName, const QString &deviceId)
{
    Issued issued;
    issued.deviceId = deviceId.isEmpty() ? Id::generate(m_clock).toString() : deviceId;
    if (!deviceId.isEmpty()) {
        auto taken
            = m_store.run(QStringLiteral("SELECT 1 FROM devices WHERE id = ?"), { deviceId });
        if (!taken)
            return taken.error();
        if (taken->next())
            return Error::conflict(
                QStringLiteral("enrol.deviceExists"),
                QCoreApplication::translate("Balcao::Server::TokenAuthority",
                                            "This terminal is already enrolled."));
    }
    issued.token = QString::fromLatin1(Secrets::randomBytes(32).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    auto inserted = m_store.run(
        QStringLiteral("INSERT INTO devices (id, business_id, name, token_hash, enrolled_at)"
                       " VALUES (?, ?, ?, ?, ?)"),
        { issued.deviceId, businessId, deviceName, Secrets::hashOf(issued.token),
          m_clock.nowMsecsSinceEpoch() });
    if (!inserted)
        return inserted.error();
    return issued;
}

std::optional<Principal> TokenAuthority::authenticate(const QByteArray &authorizationHeader)
{
    static const QByteArray scheme = QByteArrayLiteral("Bearer ");
    if (!authorizationHeader.startsWith(scheme))
        return std::nullopt;
    const QString token = QString::fromLatin1(authorizationHeader.mid(scheme.size()).trimmed());
    if (token.isEmpty() || token.size() > 128)
        return std::nullopt;
    auto found = m_store.run(QStringLiteral("SELECT id, business_id, name FROM devices"
                                            " WHERE token_hash = ? AND revoked_at IS NULL"),
                             { Secrets::hashOf(token) });
    if (!found || !found->next())
        return std::nullopt;
    return Principal { found->value(0).toString(), found->value(1).toString(),
                       found->value(2).toString() };
}

Result<void> TokenAuthority::revoke(const QString &deviceId)
{
    auto updated = m_store.run(
        QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
        { m_clock.nowMsecsSinceEpoch(), deviceId });
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() < 1) {
        auto known
            = m_store.run(QStringLiteral("SELECT 1 FROM devices WHERE id = ?"), { deviceId });
        if (known && !known->next())
            return Error::notFound(QStringLiteral("server.unknownDevice"),
                                   tr("No device has the id %1.").arg(deviceId));
    }
    return {};
}

} // namespace Balcao::Server
