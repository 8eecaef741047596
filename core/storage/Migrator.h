// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QList>
#include <QStringList>

namespace Balcao {

struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

// Brings a database to the schema this build understands. Forward only; each
// migration runs in one transaction together with the bump of user_version,
// and before the first one touches an existing database a verified encrypted
// backup is written beside it.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Migrator)
public:
    explicit Migrator(QList<Migration> migrations = builtinMigrations());

    static QList<Migration> builtinMigrations();
    int latestVersion() const;

    struct Outcome
    {
        int fromVersion = 0;
        int toVersion = 0;
        QString backupPath; // empty when no backup was needed
    };
    Result<Outcome> migrate(Database &database, const DatabaseKey &key) const;

private:
    QList<Migration> m_migrations;
};

} // namespace Balcao
