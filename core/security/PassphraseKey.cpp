// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseKey.h"

#include "Pbkdf2.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Balcao {

QString PassphraseKey::keyInfoPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".keyinfo");
}

bool PassphraseKey::hasKeyInfo(const QString &databasePath)
{
    return QFile::exists(keyInfoPath(databasePath));
}

PassphraseKey::Parameters PassphraseKey::freshParameters()
{
    return Parameters { randomBytes(16), kIterations };
}

Result<PassphraseKey::Parameters> PassphraseKey::readParameters(const QString &keyInfoFile)
{
    QFile file(keyInfoFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(QStringLiteral("key.noKeyInfo"),
                               tr("Cannot read %1.").arg(QDir::toNativeSeparators(keyInfoFile)));
    const QJsonObject info = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    Parameters parameters;
    parameters.salt
        = QByteArray::fromBase64(info.value(QStringLiteral("salt")).toString().toLatin1());
    parameters.iterations = info.value(QStringLiteral("iterations")).toInt();
    if (info.value(QStringLiteral("kdf")).toString() != QStringLiteral("pbkdf2-hmac-sha512")
        || parameters.salt.size() < 16 || parameters.iterations < 256000) {
        return Error::security(QStringLiteral("key.badKeyInfo"),
                               tr("%1 is damaged or was not written by Balcão.")
                                   .arg(QDir::toNativeSeparators(keyInfoFile)));
    }
    return parameters;
}

Result<void> PassphraseKey::writeParameters(const QString &keyInfoFile,
                                            const Parameters &parameters)
{
    QJsonObject info { { QStringLiteral("kdf"), QStringLiteral("pbkdf2-hmac-sha512") },
                       { QStringLiteral("iterations"), parameters.iterations },
                       { QStringLiteral("salt"),
                         QString::fromLatin1(parameters.salt.toBase64()) } };
    QSaveFile file(keyInfoFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(info).toJson()) < 0
        || !file.commit())
        return Error::storage(QStringLiteral("key.writeKeyInfo"),
                              tr("Cannot write %1.").arg(QDir::toNativeSeparators(keyInfoFile)));
    return {};
}

Result<void> PassphraseKey::checkStrength(const QString &passphrase)
{
    if (passphrase.size() < kMinimumLength)
        return Error::invalid(
            QStringLiteral("key.weakPassphrase"),
            tr("The passphrase must have at least %1 characters.").arg(kMinimumLength));
    return {};
}

Result<DatabaseKey> PassphraseKey::derive(const QString &passphrase, const Parameters &parameters)
{
    if (passphrase.isEmpty())
        return Error::invalid(QStringLiteral("key.emptyPassphrase"),
                              tr("The passphrase is empty."));
    QByteArray secret = passphrase.toUtf8();
    const QByteArray derived
        = pbkdf2Sha512(secret, parameters.salt, parameters.iterations, DatabaseKey::kSize);
    secret.fill('\0');
    if (derived.isEmpty())
        return Error::security(QStringLiteral("key.deriveFailed"),
                               tr("Could not derive the key from the passphrase."));
    return DatabaseKey::fromBytes(derived);
}

} // namespace Balcao
