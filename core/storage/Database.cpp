// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "SqlCipherDriver.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace Balcao {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("balcao-%1").arg(++counter);
}

Error storageError(const QString &code, const QString &message, const QSqlError &sqlError = {})
{
    QString text = message;
    if (sqlError.isValid() && !sqlError.databaseText().isEmpty())
        text += QStringLiteral(" (") + sqlError.databaseText() + QLatin1Char(')');
    return Error::storage(code, text);
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isPlainSqliteFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const DatabaseKey &key,
                                                 OpenMode mode)
{
    if (key.isNull())
        return Error::security(QStringLiteral("database.noKey"),
                               tr("No encryption key is available for the database."));
    const QFileInfo info(path);
    const bool exists = info.exists() && info.size() > 0;
    if (!exists && mode != OpenMode::CreateIfMissing) {
        return Error::notFound(
            QStringLiteral("database.missing"),
            tr("There is no Balcão database at %1.").arg(QDir::toNativeSeparators(path)));
    }
    if (exists && isPlainSqliteFile(path)) {
        return Error::security(
            QStringLiteral("database.notEncrypted"),
            tr("%1 is an unencrypted SQLite file. Balcão only opens encrypted databases.")
                .arg(QDir::toNativeSeparators(path)));
    }

    SqlCipherDriver::registerDriver();
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::kDriverName), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setPassword(key.toHex());
        if (mode == OpenMode::ReadOnly)
            db.setConnectOptions(QStringLiteral("READONLY"));
        const bool opened = db.open();
        db.setPassword(QString()); // keep the key out of the connection's settings once used
        if (!opened) {
            const QSqlError error = db.lastError();
            // SQLITE_NOTADB: the key decrypts no page of this file.
            if (error.nativeErrorCode() == QStringLiteral("26")) {
                return Error::security(
                    QStringLiteral("database.wrongKey"),
                    tr("The key or passphrase does not open %1. Nothing was changed.")
                        .arg(QDir::toNativeSeparators(path)));
            }
            return storageError(
                QStringLiteral("database.openFailed"),
                tr("Could not open the database %1.").arg(QDir::toNativeSeparators(path)), error);
        }
    }
    if (mode != OpenMode::ReadOnly) {
        for (const char *pragma : { "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                                    "PRAGMA synchronous = FULL" }) {
            if (auto result = database->exec(QString::fromLatin1(pragma)); !result)
                return result.error();
        }
    } else if (auto result = database->exec(QStringLiteral("PRAGMA foreign_keys = ON")); !result) {
        return result.error();
    }
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

SqlCipherDriver *Database::driver() const
{
    return static_cast<SqlCipherDriver *>(connection().driver());
}

QString Database::cipherVersion() const
{
    return driver()->cipherVersion();
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

Result<void> Database::exec(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return storageError(QStringLiteral("database.statementFailed"),
                            tr("A database statement failed."), query.lastError());
    return {};
}

QStringList Database::integrityCheck() const
{
    QStringList problems;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << query.lastError().text();
        return problems;
    }
    while (query.next())
        problems << query.value(0).toString();
    return problems;
}

Result<void> Database::rekey(const DatabaseKey &newKey)
{
    if (newKey.isNull())
        return Error::security(QStringLiteral("database.noKey"), tr("The new key is empty."));
    if (!driver()->rekey(newKey.toHex())) {
        return storageError(QStringLiteral("database.rekeyFailed"),
                            tr("Could not change the database key."), driver()->lastError());
    }
    return {};
}

Result<void> Database::backupTo(const QString &target, const DatabaseKey &key) const
{
    QFile::remove(target);
    const int version = schemaVersion();
    {
        // sqlcipher_export copies every table, index and trigger into an
        // attached database encrypted with the given key.
        QSqlQuery query(connection());
        const QString attach
            = QStringLiteral("ATTACH DATABASE ? AS backup KEY \"x'%1'\"").arg(key.toHex());
        query.prepare(attach);
        query.addBindValue(target);
        if (!query.exec())
            return storageError(QStringLiteral("backup.failed"),
                                tr("Could not create the backup %1.").arg(target),
                                query.lastError());
        const bool exported = query.exec(QStringLiteral("SELECT sqlcipher_export('backup')"));
        const QSqlError exportError = query.lastError();
        const bool versioned = exported
            && query.exec(QStringLiteral("PRAGMA backup.user_version = %1").arg(version));
        query.exec(QStringLiteral("DETACH DATABASE backup"));
        if (!exported || !versioned) {
            QFile::remove(target);
            return storageError(QStringLiteral("backup.failed"),
                                tr("Could not write the backup %1.").arg(target), exportError);
        }
    }
    auto copy = open(target, key, OpenMode::ReadOnly);
    if (!copy)
        return copy.error();
    if ((*copy)->integrityCheck() != QStringList { QStringLiteral("ok") }
        || (*copy)->schemaVersion() != version) {
        return Error::storage(
            QStringLiteral("backup.unverified"),
            tr("The backup %1 could not be verified; nothing was changed.").arg(target));
    }
    return {};
}

} // namespace Balcao
