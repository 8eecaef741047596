// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminCommands.h"

#include "EnrolmentService.h"
#include "ServerStore.h"
#include "TokenAuthority.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Balcao::Server {

namespace {

void printJson(QTextStream &out, const QJsonObject &json)
{
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
}

} // namespace

int AdminCommands::run(const ServerConfig &config, QTextStream &out, QTextStream &err)
{
    auto store = ServerStore::open(config.store);
    if (!store) {
        err << store.error().message << Qt::endl;
        return 1;
    }
    const Clock &clock = SystemClock::instance();
    TokenAuthority tokens(**store, clock);
    EnrolmentService enrolment(**store, tokens, clock);

    switch (config.mode) {
    case ServerConfig::Mode::CreateBusiness: {
        auto id = enrolment.createBusiness(config.businessName);
        if (!id) {
            err << id.error().message << Qt::endl;
            return 1;
        }
        if (config.json)
            printJson(
                out,
                { { QStringLiteral("id"), *id }, { QStringLiteral("name"), config.businessName } });
        else
            out << tr("Created business \"%1\" with id %2.").arg(config.businessName, *id)
                << Qt::endl;
        return 0;
    }
    case ServerConfig::Mode::EnrolmentCode: {
        auto code = enrolment.issueCode(config.businessId, config.codeValidHours);
        if (!code) {
            err << code.error().message << Qt::endl;
            return 1;
        }
        // Printed once, here, for the admin to pass on; it is stored only hashed.
        if (config.json)
            printJson(out,
                      { { QStringLiteral("code"), code->code },
                        { QStringLiteral("expires_at"), code->expiresAt.toString(Qt::ISODate) } });
        else
            out << tr("Enrolment code (single use, valid until %1 UTC): %2")
                       .arg(code->expiresAt.toString(Qt::ISODate), code->code)
                << Qt::endl;
        return 0;
    }
    case ServerConfig::Mode::RevokeDevice: {
        auto revoked = tokens.revoke(config.deviceId);
        if (!revoked) {
            err << revoked.error().message << Qt::endl;
            return 1;
        }
        if (config.json)
            printJson(out, { { QStringLiteral("revoked"), config.deviceId } });
        else
            out << tr("Device %1 is revoked; its token no longer works.").arg(config.deviceId)
                << Qt::endl;
        return 0;
    }
    default:
        break;
    }
    err << tr("Not an admin command.") << Qt::endl;
    return 2;
}

} // namespace Balcao::Server
