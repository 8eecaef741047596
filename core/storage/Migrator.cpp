// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrator.h"

#include "Schema.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Balcao {

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{ }

QList<Migration> Migrator::builtinMigrations()
{
    return Schema::migrations();
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Result<Migrator::Outcome> Migrator::migrate(Database &database, const DatabaseKey &key) const
{
    Outcome outcome;
    outcome.fromVersion = database.schemaVersion();
    outcome.toVersion = outcome.fromVersion;
    if (outcome.fromVersion < 0)
        return Error::storage(QStringLiteral("migration.unreadable"),
                              tr("Could not read the database's schema version."));
    if (outcome.fromVersion > latestVersion()) {
        return Error::unsupported(
            QStringLiteral("migration.newerDatabase"),
            tr("This database was written by a newer version of Balcão (schema %1; this version "
               "understands up to %2). Install the newer version to open it.")
                .arg(outcome.fromVersion)
                .arg(latestVersion()));
    }
    if (outcome.fromVersion == latestVersion())
        return outcome;

    if (outcome.fromVersion > 0) {
        const QString stamp
            = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        outcome.backupPath = QStringLiteral("%1.before-v%2-%3.bak")
                                 .arg(database.path())
                                 .arg(latestVersion())
                                 .arg(stamp);
        if (auto backup = database.backupTo(outcome.backupPath, key); !backup)
            return backup.error();
    }

    QSqlDatabase db = database.connection();
    for (const Migration &migration : m_migrations) {
        if (migration.version <= outcome.toVersion)
            continue;
        if (!db.transaction())
            return Error::storage(
                QStringLiteral("migration.failed"),
                tr("Could not start the migration to schema %1.").arg(migration.version));
        QSqlQuery query(db);
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement)) {
                const QString detail = query.lastError().databaseText();
                query.finish();
                db.rollback();
                return Error::storage(QStringLiteral("migration.failed"),
                                      tr("Migration to schema %1 (%2) failed: %3. The database was "
                                         "left at schema %4.")
                                          .arg(migration.version)
                                          .arg(migration.description, detail)
                                          .arg(outcome.toVersion));
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))
            || !db.commit()) {
            db.rollback();
            return Error::storage(QStringLiteral("migration.failed"),
                                  tr("Could not record schema %1.").arg(migration.version));
        }
        outcome.toVersion = migration.version;
    }
    return outcome;
}

} // namespace Balcao
