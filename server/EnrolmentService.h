// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Balcao::Server {

class ServerStore;
class TokenAuthority;

// Businesses and how terminals join them: an admin gets a one-time code per
// terminal (random, shown once, stored hashed, expiring); the terminal trades
// it for a device id and a token.
class EnrolmentService
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Server::EnrolmentService)
public:
    EnrolmentService(ServerStore &store, TokenAuthority &tokens, const Clock &clock);

    Result<QString> createBusiness(const QString &name);

    struct Code
    {
        QString code; // shown once; the server keeps only its hash
        QDateTime expiresAt;
    };
    Result<Code> issueCode(const QString &businessId, int validHours);

    struct Enrolment
    {
        QString deviceId;
        QString token;
        QString businessId;
    };
    Result<Enrolment> enrol(const QString &code, const QString &deviceName,
                            const QString &deviceId = {});

    // Codes are typed by people: case, spaces and dashes do not matter.
    static QString normalizedCode(const QString &code);

private:
    ServerStore &m_store;
    TokenAuthority &m_tokens;
    const Clock &m_clock;
};

} // namespace Balcao::Server
