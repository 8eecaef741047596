// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiReply.h"

#include <QCoreApplication>

#include <optional>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
QT_END_NAMESPACE

namespace Balcao::Server {

// Every request names the protocol and schema versions it speaks
// (Balcao-Protocol, Balcao-Schema headers). A terminal built for another
// version is told plainly which side to update instead of exchanging changes
// neither side can read.
class ProtocolGuard
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Server::ProtocolGuard)
public:
    // Nothing when the request may go on; otherwise the answer to give.
    static std::optional<ApiReply> check(const QHttpServerRequest &request);
};

} // namespace Balcao::Server
