// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#include <list>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace Balcao {

// A Qt SQL driver over the SQLCipher C API, using only Qt's public
// QSqlDriver/QSqlResult interfaces (Qt's QSQLITE cannot open SQLCipher files,
// and copying its private sources per Qt version is fragile).
//
// The key is given as the password: 64 hex digits of a raw 256-bit key. It
// is applied with PRAGMA key before anything else touches the file, and the
// driver refuses to open when the linked library is not SQLCipher or the key
// does not decrypt the file.
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
public:
    static constexpr const char *kDriverName = "BALCAO_SQLCIPHER";
    // Registers the driver with QSqlDatabase under kDriverName. Idempotent.
    static void registerDriver();

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host,
              int port, const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3 *connection() const { return m_db; }
    // Re-encrypts the whole database with a new raw key (64 hex digits).
    bool rekey(const QString &hexKey);
    // The text of the SQLCipher version the library reports ("4.14.0 community").
    QString cipherVersion() const;

    // Statements finished with are kept prepared, by their SQL text, for the
    // next query that prepares the same text: services build a QSqlQuery
    // per call, and SQLite parsing and planning a statement again each time
    // was an eighth of a booking (docs/performance.md). Only plain data
    // statements are kept (SELECT, INSERT, UPDATE, DELETE, REPLACE, WITH),
    // reset and with their values cleared, and at most kStatementCacheSize
    // of them; a statement that changes the schema empties the cache.
    static constexpr int kStatementCacheSize = 256;
    struct CachedStatement
    {
        sqlite3_stmt *statement = nullptr;
        QSqlRecord record; // its columns, described once when first prepared
    };
    // A statement with this text, taken out of the cache; null when none.
    CachedStatement takeStatement(const QString &sql) const;
    // Gives a statement back when done with it; finalizes it when it cannot
    // be kept (not a data statement, another text already kept, closed).
    void returnStatement(const QString &sql, CachedStatement cached) const;
    static bool isCacheable(const QString &sql);
    void clearStatementCache() const;
    int cachedStatementCount() const { return int(m_statements.size()); }

private:
    bool execSimple(const QByteArray &sql, QSqlError::ErrorType type, const QString &context);
    sqlite3 *m_db = nullptr;
    // Least recently returned first; one statement per text.
    struct CacheEntry
    {
        QString sql;
        CachedStatement cached;
    };
    mutable std::list<CacheEntry> m_lru;
    mutable std::unordered_map<QString, std::list<CacheEntry>::iterator> m_statements;
};

} // namespace Balcao
