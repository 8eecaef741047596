// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlCipherDriver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>

#include <sqlite3.h>

namespace Balcao {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Balcao::SqlCipherDriver", text);
}

QSqlError makeError(sqlite3 *db, const QString &context, QSqlError::ErrorType type, int code = -1)
{
    const int errorCode = db ? sqlite3_extended_errcode(db) : code;
    const QString detail
        = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    return QSqlError(context, detail, type, QString::number(errorCode));
}

bool isHexKey(const QString &key)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return hex.match(key).hasMatch();
}

QMetaType metaTypeForDeclared(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QStringLiteral("INT")))
        return QMetaType(QMetaType::LongLong);
    if (t.contains(QStringLiteral("REAL")) || t.contains(QStringLiteral("FLOA"))
        || t.contains(QStringLiteral("DOUB")))
        return QMetaType(QMetaType::Double);
    if (t.contains(QStringLiteral("BLOB")))
        return QMetaType(QMetaType::QByteArray);
    return QMetaType(QMetaType::QString);
}

class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver)
        : QSqlResult(driver)
        , m_driver(driver)
    {
        setForwardOnly(true);
    }
    ~SqlCipherResult() override { finalize(); }

    QVariant handle() const override { return QVariant::fromValue(static_cast<void *>(m_stmt)); }

protected:
    bool reset(const QString &query) override
    {
        if (!prepare(query))
            return false;
        return exec();
    }

    bool prepare(const QString &query) override
    {
        finalize();
        setAt(QSql::BeforeFirstRow);
        setActive(false);
        sqlite3 *db = connection();
        if (!db) {
            setLastError(
                QSqlError(tr("Database is not open"), QString(), QSqlError::ConnectionError));
            return false;
        }
        m_positional.clear();
        m_positionalBound = false;
        if (SqlCipherDriver::CachedStatement cached = m_driver->takeStatement(query);
            cached.statement) {
            m_stmt = cached.statement;
            m_record = std::move(cached.record);
            m_sql = query;
            return true;
        }
        const QByteArray utf8 = query.toUtf8();
        const char *tail = nullptr;
        const int rc = sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size() + 1),
                                          &m_stmt, &tail);
        if (rc != SQLITE_OK) {
            setLastError(
                makeError(db, tr("Unable to prepare the statement"), QSqlError::StatementError));
            discard();
            return false;
        }
        if (tail && QByteArray(tail).trimmed().size() > 0) {
            setLastError(QSqlError(tr("Unable to prepare the statement"),
                                   tr("Only one statement can be executed at a time"),
                                   QSqlError::StatementError));
            discard(); // never kept: its text holds more than this statement
            return false;
        }
        // The columns are known once prepared: describe them once, not on
        // every execution of a statement that runs thousands of times.
        buildRecord();
        m_sql = query;
        return true;
    }

    // Positional values are kept here instead of in QSqlResult's own list:
    // Qt 6.4 formats a placeholder name and updates a hash for every value
    // bound that way, a large share of a write (docs/performance.md).
    // Named binding (":name") still goes through QSqlResult.
    void bindValue(int index, const QVariant &value, QSql::ParamType) override
    {
        if (index < 0)
            return;
        if (index >= m_positional.size())
            m_positional.resize(index + 1);
        m_positional[index] = value;
        m_positionalBound = true;
    }

    bool exec() override
    {
        sqlite3 *db = connection();
        if (!m_stmt || !db) {
            setLastError(QSqlError(db ? tr("No statement prepared") : tr("Database is not open"),
                                   QString(), QSqlError::StatementError));
            return false;
        }
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        setAt(QSql::BeforeFirstRow);
        setActive(false);
        m_hasRow = false;
        m_done = false;
        m_rowsAffected = -1;

        // The driver reports no native named placeholders, so QSqlResult has
        // already rewritten ":name" into positional '?' and boundValues() is in
        // placeholder order, a repeated name appearing once per use.
        const QVariantList &values = m_positionalBound ? m_positional : boundValues();
        const int paramCount = sqlite3_bind_parameter_count(m_stmt);
        if (paramCount != values.size()) {
            setLastError(QSqlError(tr("Parameter count mismatch"),
                                   tr("The statement has %1 placeholders but %2 values were bound")
                                       .arg(paramCount)
                                       .arg(values.size()),
                                   QSqlError::StatementError));
            return false;
        }
        for (int i = 0; i < paramCount; ++i) {
            if (!bindOne(i + 1, values.at(i))) {
                setLastError(
                    makeError(db, tr("Unable to bind a value"), QSqlError::StatementError));
                return false;
            }
        }

        const int changesBefore = sqlite3_total_changes(db);
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            m_hasRow = true;
        } else if (rc == SQLITE_DONE) {
            m_done = true;
        } else {
            setLastError(
                makeError(db, tr("Unable to execute the statement"), QSqlError::StatementError));
            sqlite3_reset(m_stmt);
            return false;
        }
        const int columns = sqlite3_column_count(m_stmt);
        m_rowsAffected = columns == 0 ? sqlite3_total_changes(db) - changesBefore : 0;
        // SQLite prepares a statement again by itself after a schema change,
        // which can change its columns: describe them again then.
        if (columns != m_record.count())
            buildRecord();
        setSelect(columns > 0);
        // Kept statements may read a table this one just changed.
        if (!sqlite3_stmt_readonly(m_stmt) && !SqlCipherDriver::isCacheable(m_sql))
            m_driver->clearStatementCache();
        setActive(true);
        if (m_done)
            sqlite3_reset(m_stmt); // release read locks at once
        return true;
    }

    bool fetch(int index) override
    {
        if (index < at() || index < 0)
            return false; // forward only
        while (at() < index || at() == QSql::BeforeFirstRow) {
            if (!fetchNext())
                return false;
            if (at() == index)
                return true;
        }
        return at() == index;
    }

    bool fetchNext() override
    {
        if (!m_stmt || !isSelect())
            return false;
        if (m_hasRow) {
            // The row produced by exec() (or the previous step) is now current.
            m_hasRow = false;
            setAt(at() == QSql::BeforeFirstRow ? 0 : at() + 1);
            return true;
        }
        if (m_done || at() == QSql::BeforeFirstRow) {
            setAt(QSql::AfterLastRow);
            return false;
        }
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            setAt(at() + 1);
            return true;
        }
        m_done = true;
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE)
            setLastError(
                makeError(connection(), tr("Unable to fetch a row"), QSqlError::StatementError));
        setAt(QSql::AfterLastRow);
        return false;
    }

    bool fetchFirst() override { return at() == QSql::BeforeFirstRow && fetchNext(); }
    // Forward-only: once past a row it cannot be read again.
    bool fetchLast() override { return false; }
    bool fetchPrevious() override { return false; }

    QVariant data(int column) override
    {
        if (!m_stmt || column < 0 || column >= sqlite3_column_count(m_stmt) || at() < 0)
            return {};
        switch (sqlite3_column_type(m_stmt, column)) {
        case SQLITE_INTEGER:
            return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_stmt, column)));
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(m_stmt, column));
        case SQLITE_BLOB: {
            const void *blob = sqlite3_column_blob(m_stmt, column);
            const int size = sqlite3_column_bytes(m_stmt, column);
            return QVariant(QByteArray(static_cast<const char *>(blob), size));
        }
        case SQLITE_NULL:
            return QVariant(m_record.field(column).metaType());
        default: {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
            const int size = sqlite3_column_bytes(m_stmt, column);
            return QVariant(QString::fromUtf8(text, size));
        }
        }
    }

    bool isNull(int column) override
    {
        if (!m_stmt || column < 0 || column >= sqlite3_column_count(m_stmt))
            return true;
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
    }

    int size() override { return -1; }
    int numRowsAffected() override { return m_rowsAffected; }

    QVariant lastInsertId() const override
    {
        sqlite3 *db = connection();
        if (!db || !isActive())
            return {};
        const qint64 id = sqlite3_last_insert_rowid(db);
        return id ? QVariant(static_cast<qlonglong>(id)) : QVariant();
    }

    QSqlRecord record() const override { return m_record; }

    void detachFromResultSet() override
    {
        if (m_stmt)
            sqlite3_reset(m_stmt);
        m_hasRow = false;
        m_done = true;
    }

private:
    // The open connection; null once the driver closed, or was deleted
    // (QSqlResult's own pointer to it is cleared then) with this result alive.
    sqlite3 *connection() const { return driver() ? m_driver->connection() : nullptr; }

    bool bindOne(int index, const QVariant &value)
    {
        if (value.isNull() || !value.isValid())
            return sqlite3_bind_null(m_stmt, index) == SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Char:
        case QMetaType::UChar:
            return sqlite3_bind_int64(m_stmt, index, value.toLongLong()) == SQLITE_OK;
        case QMetaType::ULongLong:
        case QMetaType::ULong:
            return sqlite3_bind_int64(m_stmt, index,
                                      static_cast<sqlite3_int64>(value.toULongLong()))
                == SQLITE_OK;
        case QMetaType::Double:
        case QMetaType::Float:
            return sqlite3_bind_double(m_stmt, index, value.toDouble()) == SQLITE_OK;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            return sqlite3_bind_blob64(m_stmt, index, bytes.constData(),
                                       static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT)
                == SQLITE_OK;
        }
        case QMetaType::QDateTime:
            return bindText(index, value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
        default:
            return bindText(index, value.toString());
        }
    }

    bool bindText(int index, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        return sqlite3_bind_text64(m_stmt, index, utf8.constData(),
                                   static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT,
                                   SQLITE_UTF8)
            == SQLITE_OK;
    }

    void buildRecord()
    {
        m_record = QSqlRecord();
        const int count = sqlite3_column_count(m_stmt);
        for (int i = 0; i < count; ++i) {
            const QString name = QString::fromUtf8(sqlite3_column_name(m_stmt, i));
            const char *declared = sqlite3_column_decltype(m_stmt, i);
            const QString tableName = QString::fromUtf8(sqlite3_column_table_name(m_stmt, i));
            QSqlField field(name, metaTypeForDeclared(QString::fromUtf8(declared)), tableName);
            m_record.append(field);
        }
    }

    // Done with the statement: back to the driver's cache, which finalizes
    // it when it cannot be kept. QSqlResult's own pointer to the driver
    // is cleared when the driver goes, so a result that outlives its
    // connection finalizes its statement itself.
    void finalize()
    {
        if (!m_stmt)
            return;
        if (driver())
            m_driver->returnStatement(m_sql, { m_stmt, m_record });
        else
            sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_sql.clear();
    }

    void discard()
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_sql.clear();
    }

    const SqlCipherDriver *m_driver;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql; // the text m_stmt was prepared from: its key in the cache
    QSqlRecord m_record;
    QVariantList m_positional;
    bool m_positionalBound = false;
    bool m_hasRow = false;
    bool m_done = false;
    int m_rowsAffected = -1;
};

} // namespace

void SqlCipherDriver::registerDriver()
{
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(kDriverName),
                                        new QSqlDriverCreator<SqlCipherDriver>());
        return true;
    }();
    Q_UNUSED(registered);
}

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{ }

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    // Reported as unsupported on purpose: QSqlResult then rewrites named
    // placeholders into positional ones, which handles repeated names.
    case NamedPlaceholders:
    case QuerySize:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::execSimple(const QByteArray &sql, QSqlError::ErrorType type,
                                 const QString &context)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        setLastError(QSqlError(context, QString::fromUtf8(message ? message : sqlite3_errstr(rc)),
                               type, QString::number(rc)));
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool SqlCipherDriver::open(const QString &db, const QString &, const QString &password,
                           const QString &, int, const QString &connectOptions)
{
    if (isOpen())
        close();
    if (!isHexKey(password)) {
        setLastError(QSqlError(tr("Unable to open the database"),
                               tr("The key must be 64 hexadecimal digits (a raw 256-bit key)"),
                               QSqlError::ConnectionError));
        setOpenError(true);
        return false;
    }
    const bool readOnly = connectOptions.contains(QStringLiteral("READONLY"));
    const int flags
        = (readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
        | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    const QByteArray path = QFile::encodeName(db);
    int rc = sqlite3_open_v2(path.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(
            makeError(m_db, tr("Unable to open the database"), QSqlError::ConnectionError, rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);

    // SQLCipher logs decryption failures to stderr by default; a wrong key is
    // an expected case that we report ourselves.
    execSimple("PRAGMA cipher_log_level = NONE;", QSqlError::ConnectionError, QString());

    // The key was checked to be hex digits only, so it cannot escape the literal.
    const QByteArray keySql = "PRAGMA key = \"x'" + password.toLatin1() + "'\";";
    bool ok = execSimple(keySql, QSqlError::ConnectionError, tr("Unable to apply the key"));
    if (ok && cipherVersion().isEmpty()) {
        setLastError(
            QSqlError(tr("Unable to open the database"),
                      tr("The SQLite library in use has no encryption (SQLCipher is required)"),
                      QSqlError::ConnectionError));
        ok = false;
    }
    // Reading the schema is the first access that decrypts a page: a wrong key
    // fails here with "file is not a database", before anything is written.
    if (ok)
        ok = execSimple("SELECT count(*) FROM sqlite_master;", QSqlError::ConnectionError,
                        tr("The key does not open this database"));
    if (!ok) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    }
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_db)
        return;
    clearStatementCache();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

bool SqlCipherDriver::isCacheable(const QString &sql)
{
    qsizetype start = 0;
    while (start < sql.size() && sql.at(start).isSpace())
        ++start;
    qsizetype end = start;
    while (end < sql.size() && sql.at(end).isLetter())
        ++end;
    const QStringView first = QStringView(sql).mid(start, end - start);
    for (const char *keyword : { "SELECT", "INSERT", "UPDATE", "DELETE", "REPLACE", "WITH" }) {
        if (first.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

SqlCipherDriver::CachedStatement SqlCipherDriver::takeStatement(const QString &sql) const
{
    const auto found = m_statements.find(sql);
    if (found == m_statements.end())
        return {};
    CachedStatement cached = std::move(found->second->cached);
    m_lru.erase(found->second);
    m_statements.erase(found);
    return cached;
}

void SqlCipherDriver::returnStatement(const QString &sql, CachedStatement cached) const
{
    if (!m_db || sqlite3_db_handle(cached.statement) != m_db || !isCacheable(sql)
        || m_statements.count(sql) > 0) {
        sqlite3_finalize(cached.statement);
        return;
    }
    // Reset releases any read lock it held; cleared, it keeps no values.
    sqlite3_reset(cached.statement);
    sqlite3_clear_bindings(cached.statement);
    m_lru.push_back(CacheEntry { sql, std::move(cached) });
    m_statements.emplace(sql, std::prev(m_lru.end()));
    if (m_lru.size() > size_t(kStatementCacheSize)) {
        sqlite3_finalize(m_lru.front().cached.statement);
        m_statements.erase(m_lru.front().sql);
        m_lru.pop_front();
    }
}

void SqlCipherDriver::clearStatementCache() const
{
    for (CacheEntry &entry : m_lru)
        sqlite3_finalize(entry.cached.statement);
    m_lru.clear();
    m_statements.clear();
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock up front, so two writers never deadlock
    // upgrading read locks.
    return isOpen()
        && execSimple("BEGIN IMMEDIATE;", QSqlError::TransactionError,
                      tr("Unable to begin a transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return isOpen()
        && execSimple("COMMIT;", QSqlError::TransactionError,
                      tr("Unable to commit the transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen()
        && execSimple("ROLLBACK;", QSqlError::TransactionError,
                      tr("Unable to roll back the transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList out;
    if (!isOpen())
        return out;
    QSqlQuery query(createResult());
    QString sql;
    if (type & QSql::Tables)
        sql = QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    if (type & QSql::Views)
        sql += (sql.isEmpty() ? QString() : QStringLiteral(" UNION ALL "))
            + QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'view'");
    if (type & QSql::SystemTables)
        sql += (sql.isEmpty() ? QString() : QStringLiteral(" UNION ALL "))
            + QStringLiteral("SELECT 'sqlite_master'");
    if (sql.isEmpty())
        return out;
    if (query.exec(sql + QStringLiteral(" ORDER BY 1"))) {
        while (query.next())
            out << query.value(0).toString();
    }
    return out;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord out;
    if (!isOpen())
        return out;
    QSqlQuery query(createResult());
    query.prepare(QStringLiteral(
        "SELECT name, type, \"notnull\", dflt_value FROM pragma_table_info(?) ORDER BY cid"));
    query.addBindValue(tableName);
    if (!query.exec())
        return out;
    while (query.next()) {
        QSqlField field(query.value(0).toString(), metaTypeForDeclared(query.value(1).toString()),
                        tableName);
        field.setRequired(query.value(2).toInt() != 0);
        field.setDefaultValue(query.value(3));
        out.append(field);
    }
    return out;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    QString escaped = identifier;
    if (escaped.startsWith(QLatin1Char('"')) && escaped.endsWith(QLatin1Char('"'))
        && escaped.size() > 1)
        return escaped;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_db));
}

bool SqlCipherDriver::rekey(const QString &hexKey)
{
    if (!isOpen() || !isHexKey(hexKey)) {
        setLastError(QSqlError(tr("Unable to change the key"),
                               tr("The key must be 64 hexadecimal digits"),
                               QSqlError::ConnectionError));
        return false;
    }
    return execSimple("PRAGMA rekey = \"x'" + hexKey.toLatin1() + "'\";",
                      QSqlError::ConnectionError, tr("Unable to change the key"));
}

QString SqlCipherDriver::cipherVersion() const
{
    if (!m_db)
        return {};
    sqlite3_stmt *stmt = nullptr;
    QString version;
    if (sqlite3_prepare_v2(m_db, "PRAGMA cipher_version;", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return version;
}

} // namespace Balcao
