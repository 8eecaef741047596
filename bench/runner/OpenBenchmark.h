// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "security/DatabaseKey.h"

#include <QJsonObject>

namespace Balcao::Bench {

// Times LocalStore::open on an existing database, as at every start of the
// app: open the file, apply the key and prove it decrypts, set the pragmas,
// check the schema version (the migrator's no-op path) and load the
// device's identity and clock. Closing is not timed.
class OpenBenchmark
{
public:
    OpenBenchmark(QString path, DatabaseKey key, int runs);
    Result<QJsonObject> run() const;

private:
    QString m_path;
    DatabaseKey m_key;
    int m_runs;
};

} // namespace Balcao::Bench
