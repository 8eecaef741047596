// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Balcao::Server::Secrets {

// Random bytes from the operating system's CSPRNG.
QByteArray randomBytes(int count);
// What the server keeps of a token or a code: its SHA-256, in hex.
QString hashOf(const QString &secret);

} // namespace Balcao::Server::Secrets
