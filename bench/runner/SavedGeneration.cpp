// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedGeneration.h"

#include "storage/Migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace Balcao::Bench {

SavedGeneration::SavedGeneration(QString folder, GeneratorOptions options)
    : m_folder(std::move(folder))
    , m_options(options)
{ }

QString SavedGeneration::databasePath() const
{
    return QDir(m_folder).filePath(
        QStringLiteral("generated-seed%1-scale%2.db").arg(m_options.seed).arg(m_options.scale));
}

QString SavedGeneration::manifestPath() const
{
    return databasePath() + QStringLiteral(".json");
}

DatabaseKey SavedGeneration::key() const
{
    const QByteArray label = QStringLiteral("balcao-bench synthetic data/seed %1/scale %2")
                                 .arg(m_options.seed)
                                 .arg(m_options.scale)
                                 .toUtf8();
    return DatabaseKey::fromBytes(QCryptographicHash::hash(label, QCryptographicHash::Sha256));
}

QJsonObject SavedGeneration::identity() const
{
    // The batch size changes how the file was written, not what it holds.
    return QJsonObject { { QStringLiteral("seed"), QString::number(m_options.seed) },
                         { QStringLiteral("scale"), m_options.scale },
                         { QStringLiteral("generator_version"), DataGenerator::kVersion },
                         { QStringLiteral("schema_version"), Migrator().latestVersion() } };
}

std::optional<QJsonObject> SavedGeneration::load() const
{
    QFile file(manifestPath());
    if (!QFile::exists(databasePath()) || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
    if (manifest.value(QStringLiteral("made_by")).toObject() != identity())
        return std::nullopt;
    return manifest.value(QStringLiteral("generation")).toObject();
}

void SavedGeneration::discard() const
{
    for (const QString &suffix : { QStringLiteral(".json"), QString(), QStringLiteral("-wal"),
                                   QStringLiteral("-shm"), QStringLiteral(".keyinfo") })
        QFile::remove(databasePath() + suffix);
}

Result<void> SavedGeneration::save(const QJsonObject &generation) const
{
    QSaveFile file(manifestPath());
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(QStringLiteral("bench.manifest"), file.errorString());
    const QJsonObject manifest { { QStringLiteral("made_by"), identity() },
                                 { QStringLiteral("generation"), generation } };
    file.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error::storage(QStringLiteral("bench.manifest"), file.errorString());
    return {};
}

} // namespace Balcao::Bench
