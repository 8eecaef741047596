// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerConfig.h"

#include <QTextStream>

namespace Balcao::Server {

// `balcaod admin …`: run against the store directly, with or without a
// running server. Prints a line for people, or JSON with --json. Returns
// the process exit code.
class AdminCommands
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Server::AdminCommands)
public:
    static int run(const ServerConfig &config, QTextStream &out, QTextStream &err);
};

} // namespace Balcao::Server
