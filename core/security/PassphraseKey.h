// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseKey.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace Balcao {

// A database key derived from a passphrase, for machines with no keychain.
// PBKDF2-HMAC-SHA512; the salt and iteration count live beside the database
// in "<database>.keyinfo" (they are not secret); the passphrase and the key
// are never written anywhere.
class PassphraseKey
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::PassphraseKey)
public:
    static constexpr int kIterations = 310000;
    static constexpr int kMinimumLength = 8;

    struct Parameters
    {
        QByteArray salt;
        int iterations = kIterations;
    };

    static QString keyInfoPath(const QString &databasePath);
    static bool hasKeyInfo(const QString &databasePath);

    // New random salt for a new database or a re-key.
    static Parameters freshParameters();
    static Result<Parameters> readParameters(const QString &keyInfoFile);
    // Written to a temporary file and renamed, so a crash leaves the old or new file, never half of
    // one.
    static Result<void> writeParameters(const QString &keyInfoFile, const Parameters &parameters);

    static Result<DatabaseKey> derive(const QString &passphrase, const Parameters &parameters);
    static Result<void> checkStrength(const QString &passphrase);
};

} // namespace Balcao
