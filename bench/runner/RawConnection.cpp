// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawConnection.h"

#include <QFile>

#include <sqlite3.h>

#include <chrono>
#include <random>

namespace Balcao::Bench {

namespace {

// Unlike the generator's data, a baseline's ids need no seed to repeat.
quint64 unseeded()
{
    std::random_device device;
    return (static_cast<quint64>(device()) << 32) ^ device();
}

} // namespace

RawConnection::RawConnection(sqlite3 *db)
    : m_db(db)
    , m_random(unseeded())
{
    m_deviceId = nextId();
}

RawConnection::~RawConnection()
{
    for (sqlite3_stmt *statement : m_statements)
        sqlite3_finalize(statement);
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<RawConnection>> RawConnection::open(const QString &path,
                                                           const DatabaseKey &key,
                                                           const char *changeKind,
                                                           const Setup &setup)
{
    sqlite3 *db = nullptr;
    const QByteArray file = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(file.constData(), &db,
                                   SQLITE_OPEN_READWRITE | (setup.create ? SQLITE_OPEN_CREATE : 0)
                                       | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
                                   nullptr);
    std::unique_ptr<RawConnection> connection(new RawConnection(db));
    if (rc != SQLITE_OK)
        return connection->lastError(QStringLiteral("open"));

    // The connection set-up of SqlCipherDriver::open and Database::open.
    const QByteArray pragmas = "PRAGMA key = \"x'" + key.toHex().toLatin1()
        + "'\"; SELECT count(*) FROM sqlite_master;"
          " PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;"
        + setup.extraPragmas;
    if (sqlite3_exec(db, pragmas.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return connection->lastError(QStringLiteral("key and pragmas"));
    if (!setup.schema.isEmpty()
        && sqlite3_exec(db, setup.schema.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return connection->lastError(QStringLiteral("schema"));

    const std::string insertChange
        = std::string("INSERT INTO change_log (change_id, table_name, row_id, kind, hlc, device_id,"
                      " payload) VALUES (?, ?, ?, '")
        + changeKind + "', ?, ?, ?)";
    const std::pair<sqlite3_stmt **, const char *> statements[] = {
        { &connection->m_begin, "BEGIN IMMEDIATE" },
        { &connection->m_commit, "COMMIT" },
        { &connection->m_rollback, "ROLLBACK" },
        { &connection->m_insertChange, insertChange.c_str() },
    };
    for (const auto &[target, sql] : statements) {
        *target = connection->prepare(sql);
        if (!*target)
            return connection->lastError(QString::fromLatin1(sql));
    }
    return connection;
}

sqlite3_stmt *RawConnection::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK)
        return nullptr;
    m_statements.push_back(statement);
    return statement;
}

bool RawConnection::stepDone(sqlite3_stmt *statement)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    return rc == SQLITE_DONE;
}

void RawConnection::bindText(sqlite3_stmt *statement, int index, std::string_view value)
{
    sqlite3_bind_text(statement, index, value.data(), static_cast<int>(value.size()),
                      SQLITE_STATIC);
}

Result<void> RawConnection::begin()
{
    if (!stepDone(m_begin))
        return lastError(QStringLiteral("begin"));
    return {};
}

Result<void> RawConnection::commit()
{
    if (!stepDone(m_commit))
        return lastError(QStringLiteral("commit"));
    return {};
}

Error RawConnection::rollBack(const QString &what)
{
    const Error error = lastError(what);
    stepDone(m_rollback);
    return error;
}

void RawConnection::nextId(char out[37])
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
        m_idSequence = static_cast<quint16>(m_random.next() & 0x03FF);
    }
    m_lastIdMsecs = msecs;
    const quint64 high = (static_cast<quint64>(msecs) << 16) | 0x7000u | m_idSequence;
    const quint64 low = (m_random.next() & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    static const char hex[] = "0123456789abcdef";
    int at = 0;
    for (int nibble = 15; nibble >= 0; --nibble) {
        out[at++] = hex[(high >> (nibble * 4)) & 0xF];
        if (at == 8 || at == 13)
            out[at++] = '-';
    }
    out[at++] = '-';
    for (int nibble = 15; nibble >= 0; --nibble) {
        out[at++] = hex[(low >> (nibble * 4)) & 0xF];
        if (at == 23)
            out[at++] = '-';
    }
    out[36] = '\0';
}

std::string RawConnection::nextId()
{
    char id[37];
    nextId(id);
    return std::string(id, 36);
}

qint64 RawConnection::nextHlc(qint64 nowMsecs)
{
    const qint64 stamp = nowMsecs << 16;
    m_lastHlc = stamp > m_lastHlc ? stamp : m_lastHlc + 1;
    return m_lastHlc;
}

qint64 RawConnection::wallMsecs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

bool RawConnection::insertChange(const char *table, std::string_view rowId, qint64 hlc,
                                 const std::string &payload)
{
    char changeId[37];
    nextId(changeId);
    sqlite3_bind_text(m_insertChange, 1, changeId, 36, SQLITE_STATIC);
    sqlite3_bind_text(m_insertChange, 2, table, -1, SQLITE_STATIC);
    bindText(m_insertChange, 3, rowId);
    sqlite3_bind_int64(m_insertChange, 4, hlc);
    bindText(m_insertChange, 5, m_deviceId);
    bindText(m_insertChange, 6, payload);
    return stepDone(m_insertChange);
}

void RawConnection::appendJsonString(std::string &out, const std::string &value)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : value) {
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

qint64 RawConnection::scalar(const char *sql) const
{
    sqlite3_stmt *statement = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

Error RawConnection::lastError(const QString &what) const
{
    return Error::storage(
        QStringLiteral("bench.raw"),
        QStringLiteral("Raw SQLCipher %1 failed: %2")
            .arg(what, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory")));
}

} // namespace Balcao::Bench
