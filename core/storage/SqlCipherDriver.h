// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

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

private:
    bool execSimple(const QByteArray &sql, QSqlError::ErrorType type, const QString &context);
    sqlite3 *m_db = nullptr;
};

} // namespace Balcao
