// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataGenerator.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Balcao::Bench {

// A generated database kept in a folder between runs (--reuse-data), so the
// scale-1 business (a million appointments, some twenty minutes to make) is
// generated once and measured many times. Next to it, a manifest records
// what made it: seed, scale, generator version and schema version, and the
// figures of the generation. A database whose manifest does not match, or
// that has none (a generation that did not finish), is made again.
//
// The data is synthetic and anyone can make it again from the seed, so its
// key protects nothing: it is derived from the seed and scale, which lets a
// later run open the file without storing a key anywhere. Never keep real
// data in such a folder.
class SavedGeneration
{
public:
    SavedGeneration(QString folder, GeneratorOptions options);

    QString databasePath() const;
    DatabaseKey key() const;
    // The generation figures of the saved database, when it can be reused.
    std::optional<QJsonObject> load() const;
    // Removes a database without a matching manifest before generating.
    void discard() const;
    // Records that the database at databasePath() is complete.
    Result<void> save(const QJsonObject &generation) const;

private:
    QString manifestPath() const;
    QJsonObject identity() const;

    QString m_folder;
    GeneratorOptions m_options;
};

} // namespace Balcao::Bench
