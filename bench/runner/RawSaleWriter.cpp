// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawSaleWriter.h"

#include <QFile>

#include <sqlite3.h>

#include <chrono>
#include <cstring>
#include <random>

namespace Balcao::Bench {

namespace {

quint64 splitMix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

qint64 wallMsecs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

void appendJson(std::string &out, const RawSaleWriter::Value &value)
{
    if (std::holds_alternative<std::nullptr_t>(value)) {
        out += "null";
        return;
    }
    if (const qint64 *number = std::get_if<qint64>(&value)) {
        out += std::to_string(*number);
        return;
    }
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : std::get<std::string>(value)) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xF];
        } else {
            out += c;
        }
    }
    out += '"';
}

void bind(sqlite3_stmt *statement, int index, const RawSaleWriter::Value &value)
{
    if (const qint64 *number = std::get_if<qint64>(&value))
        sqlite3_bind_int64(statement, index, *number);
    else if (const std::string *text = std::get_if<std::string>(&value))
        sqlite3_bind_text(statement, index, text->data(), static_cast<int>(text->size()),
                          SQLITE_STATIC);
    else
        sqlite3_bind_null(statement, index);
}

bool stepDone(sqlite3_stmt *statement)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    return rc == SQLITE_DONE;
}

} // namespace

RawSaleWriter::RawSaleWriter(sqlite3 *db)
    : m_db(db)
{
    std::random_device device;
    m_randomState = (static_cast<quint64>(device()) << 32) ^ device();
    m_deviceId = nextId();
}

RawSaleWriter::~RawSaleWriter()
{
    for (sqlite3_stmt *statement : { m_begin, m_commit, m_rollback, m_insertChange })
        sqlite3_finalize(statement);
    for (const auto &[table, statement] : m_inserts)
        sqlite3_finalize(statement);
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<RawSaleWriter>> RawSaleWriter::open(const QString &path,
                                                           const DatabaseKey &key, int pageCacheKiB)
{
    sqlite3 *db = nullptr;
    const QByteArray file = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(
        file.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
        nullptr);
    std::unique_ptr<RawSaleWriter> writer(new RawSaleWriter(db));
    if (rc != SQLITE_OK)
        return writer->lastError(QStringLiteral("open"));
    // The connection set-up of SqlCipherDriver::open and Database::open, the
    // store's page cache, and no checkpoints of its own: the service side's
    // store checkpoints the log both sides write, on its thread.
    const QByteArray setup = "PRAGMA key = \"x'" + key.toHex().toLatin1()
        + "'\"; SELECT count(*) FROM sqlite_master;"
          " PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;"
          " PRAGMA wal_autocheckpoint = 0; PRAGMA cache_size = -"
        + QByteArray::number(pageCacheKiB) + ';';
    if (sqlite3_exec(db, setup.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return writer->lastError(QStringLiteral("key and pragmas"));
    const std::pair<sqlite3_stmt **, const char *> statements[] = {
        { &writer->m_begin, "BEGIN IMMEDIATE" },
        { &writer->m_commit, "COMMIT" },
        { &writer->m_rollback, "ROLLBACK" },
        { &writer->m_insertChange,
          "INSERT INTO change_log (change_id, table_name, row_id, kind, hlc, device_id, payload)"
          " VALUES (?, ?, ?, 'ledger', ?, ?, ?)" },
    };
    for (const auto &[target, sql] : statements) {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, target, nullptr)
            != SQLITE_OK)
            return writer->lastError(QString::fromLatin1(sql));
    }
    return writer;
}

std::string RawSaleWriter::nextId()
{
    // UUIDv7 like Id::generate(), in plain integer arithmetic.
    qint64 msecs = wallMsecs();
    if (msecs <= m_lastIdMsecs) {
        msecs = m_lastIdMsecs;
        if (++m_idSequence > 0x0FFF) {
            ++msecs;
            m_idSequence = 0;
        }
    } else {
        m_idSequence = static_cast<quint16>(splitMix64(m_randomState) & 0x03FF);
    }
    m_lastIdMsecs = msecs;
    const quint64 high = (static_cast<quint64>(msecs) << 16) | 0x7000u | m_idSequence;
    const quint64 low = (splitMix64(m_randomState) & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    static const char hex[] = "0123456789abcdef";
    std::string out(36, '-');
    int at = 0;
    for (int nibble = 15; nibble >= 0; --nibble) {
        out[size_t(at++)] = hex[(high >> (nibble * 4)) & 0xF];
        if (at == 8 || at == 13)
            ++at;
    }
    ++at;
    for (int nibble = 15; nibble >= 0; --nibble) {
        out[size_t(at++)] = hex[(low >> (nibble * 4)) & 0xF];
        if (at == 23)
            ++at;
    }
    return out;
}

sqlite3_stmt *RawSaleWriter::statementFor(const char *table, const Row &row)
{
    for (const auto &[name, statement] : m_inserts) {
        if (name == table)
            return statement;
    }
    // Prepared at a table's first row, which warm-up writes untimed.
    std::string sql = std::string("INSERT INTO \"") + table + "\" (\"id\"";
    std::string marks = "?";
    for (const auto &[column, value] : row) {
        sql += ",\"";
        sql += column;
        sql += '"';
        marks += ",?";
    }
    sql += ") VALUES (" + marks + ')';
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK)
        return nullptr;
    m_inserts.emplace_back(table, statement);
    return statement;
}

bool RawSaleWriter::insertLedger(const char *table, const std::string &id, const Row &row)
{
    sqlite3_stmt *insert = statementFor(table, row);
    if (!insert)
        return false;
    sqlite3_bind_text(insert, 1, id.data(), static_cast<int>(id.size()), SQLITE_STATIC);
    int index = 2;
    for (const auto &[column, value] : row)
        bind(insert, index++, value);
    if (!stepDone(insert))
        return false;

    m_payload.clear();
    m_payload += '{';
    for (const auto &[column, value] : row) {
        if (m_payload.size() > 1)
            m_payload += ',';
        m_payload += '"';
        m_payload += column;
        m_payload += "\":";
        appendJson(m_payload, value);
    }
    m_payload += '}';
    const qint64 stamp = wallMsecs() << 16;
    m_lastHlc = stamp > m_lastHlc ? stamp : m_lastHlc + 1;
    const std::string changeId = nextId();
    sqlite3_bind_text(m_insertChange, 1, changeId.data(), 36, SQLITE_STATIC);
    sqlite3_bind_text(m_insertChange, 2, table, -1, SQLITE_STATIC);
    sqlite3_bind_text(m_insertChange, 3, id.data(), static_cast<int>(id.size()), SQLITE_STATIC);
    sqlite3_bind_int64(m_insertChange, 4, m_lastHlc);
    sqlite3_bind_text(m_insertChange, 5, m_deviceId.data(), static_cast<int>(m_deviceId.size()),
                      SQLITE_STATIC);
    sqlite3_bind_text(m_insertChange, 6, m_payload.data(), static_cast<int>(m_payload.size()),
                      SQLITE_STATIC);
    return stepDone(m_insertChange);
}

Result<void> RawSaleWriter::write(const Sale &sale)
{
    if (!stepDone(m_begin))
        return lastError(QStringLiteral("begin"));
    bool ok = insertLedger("sales", sale.id, sale.sale);
    for (const auto &[id, row] : sale.lines)
        ok = ok && insertLedger("sale_lines", id, row);
    for (const auto &[id, row] : sale.movements)
        ok = ok && insertLedger("stock_movements", id, row);
    for (const auto &[id, row] : sale.payments)
        ok = ok && insertLedger("payments", id, row);
    if (!ok) {
        const Error error = lastError(QStringLiteral("insert"));
        stepDone(m_rollback);
        return error;
    }
    if (!stepDone(m_commit))
        return lastError(QStringLiteral("commit"));
    return {};
}

qint64 RawSaleWriter::scalar(const char *sql) const
{
    sqlite3_stmt *statement = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

Error RawSaleWriter::lastError(const QString &what) const
{
    return Error::storage(
        QStringLiteral("bench.raw"),
        QStringLiteral("Raw SQLCipher %1 failed: %2")
            .arg(what, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory")));
}

} // namespace Balcao::Bench
