// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Balcao {

// Hashes user passwords for sign-in. Stored form:
// "pbkdf2-sha512$<iterations>$<salt base64>$<hash base64>", so the cost can
// rise later without invalidating existing hashes.
class PasswordHasher
{
public:
    static constexpr int kIterations = 210000;
    static QString hash(const QString &password, int iterations = kIterations);
    static bool verify(const QString &password, const QString &stored);
};

} // namespace Balcao
