// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Error.h"

#include <QCoreApplication>

#include <optional>

namespace Balcao::Server {

class ServerStore;

// Who is calling: an enrolled, not revoked device and the business it
// belongs to. Every query a handler runs is filtered by businessId.
struct Principal
{
    QString deviceId;
    QString businessId;
    QString deviceName;
};

// Bearer tokens of devices: random 256-bit, handed out once at enrolment,
// kept only as a SHA-256 hash, revocable.
class TokenAuthority
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Server::TokenAuthority)
public:
    TokenAuthority(ServerStore &store, const Clock &clock);

    struct Issued
    {
        QString deviceId;
        QString token;
    };
    // A new device of `businessId` and its token; runs in the caller's transaction.
    // `deviceId` is the terminal's own id (made on the device, already in its
    // field versions); empty for a server-made one.
    Result<Issued> issue(const QString &businessId, const QString &deviceName,
                         const QString &deviceId = {});
    // The device behind an "Authorization: Bearer …" header, if any and not revoked.
    std::optional<Principal> authenticate(const QByteArray &authorizationHeader);
    Result<void> revoke(const QString &deviceId);

private:
    ServerStore &m_store;
    const Clock &m_clock;
};

} // namespace Balcao::Server
