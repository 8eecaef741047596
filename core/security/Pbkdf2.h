// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Balcao {

// PBKDF2-HMAC-SHA512 (OpenSSL). Empty result on failure.
QByteArray pbkdf2Sha512(const QByteArray &secret, const QByteArray &salt, int iterations,
                        int length);
QByteArray randomBytes(int count);
// Comparison whose time does not depend on where the inputs differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace Balcao
