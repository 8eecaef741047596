// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "security/DatabaseKey.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Balcao {

class SqlCipherDriver;

// One open connection to an encrypted Balcão database file. Opening applies
// the key, proves the file really is SQLCipher-encrypted and decrypts with
// it, and switches on WAL, foreign keys and full fsync on commit.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Database)
public:
    enum class OpenMode { CreateIfMissing, MustExist, ReadOnly };

    static Result<std::unique_ptr<Database>> open(const QString &path, const DatabaseKey &key,
                                                  OpenMode mode = OpenMode::CreateIfMissing);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    QString cipherVersion() const;
    SqlCipherDriver *driver() const;

    int schemaVersion() const;
    Result<void> exec(const QString &sql);
    // "ok" when PRAGMA integrity_check finds nothing; else the problems.
    QStringList integrityCheck() const;
    // Re-encrypts the file with a new key, in place.
    Result<void> rekey(const DatabaseKey &newKey);
    // Writes an encrypted copy (same key) to `target` and verifies it by
    // opening it and checking its integrity and schema version.
    Result<void> backupTo(const QString &target, const DatabaseKey &key) const;

    // True when the first bytes are the plain "SQLite format 3" header.
    static bool isPlainSqliteFile(const QString &path);

private:
    Database(QString path, QString connectionName);
    QString m_path;
    QString m_connectionName;
};

} // namespace Balcao
