// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace Balcao::Server {

// What a handler answers: a status and a JSON body. Errors always have the
// shape {"error": {"code": "...", "message": "..."}}: `code` is stable for
// programs, `message` is translated for people.
struct ApiReply
{
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiReply ok(QJsonObject body) { return { 200, std::move(body), {} }; }
    static ApiReply error(int status, const QString &code, const QString &message)
    {
        return { status,
                 QJsonObject { { QStringLiteral("error"),
                                 QJsonObject { { QStringLiteral("code"), code },
                                               { QStringLiteral("message"), message } } } },
                 {} };
    }
    // Maps an expected failure to its HTTP status.
    static ApiReply fromError(const Error &e)
    {
        switch (e.kind) {
        case Error::Kind::Invalid:
            return error(400, e.code, e.message);
        case Error::Kind::NotFound:
            return error(404, e.code, e.message);
        case Error::Kind::Conflict:
            return error(409, e.code, e.message);
        case Error::Kind::Security:
            return error(403, e.code, e.message);
        case Error::Kind::Unsupported:
            return error(426, e.code, e.message);
        case Error::Kind::Storage:
            break;
        }
        return error(500, e.code, e.message);
    }
};

} // namespace Balcao::Server
