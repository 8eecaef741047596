// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataGenerator.h"

#include <QJsonObject>

namespace Balcao::Bench {

// Times the data generator at a scale and counts what it wrote: entities
// made through the services and all rows including versions and change log.
class GenerationBenchmark
{
public:
    GenerationBenchmark(GeneratorOptions options, QString path, DatabaseKey key);
    Result<QJsonObject> run() const;

private:
    GeneratorOptions m_options;
    QString m_path;
    DatabaseKey m_key;
};

} // namespace Balcao::Bench
