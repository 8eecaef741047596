// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawInserter.h"

#include "clients/ClientService.h"
#include "storage/Migrator.h"
#include "storage/Schema.h"

#include <QFile>

#include <sqlite3.h>

#include <chrono>
#include <random>

namespace Balcao::Bench {

namespace {

// The columns ChangeWriter versions for a new client, in the order
// QJsonObject writes them in the payload.
constexpr const char *kColumns[] = { "created_at", "deleted", "email", "name", "notes", "phone" };

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

void appendJsonString(std::string &out, const std::string &value)
{
    if (value.empty()) {
        out += "null";
        return;
    }
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

void bindTextOrNull(sqlite3_stmt *statement, int index, const std::string &value)
{
    if (value.empty())
        sqlite3_bind_null(statement, index);
    else
        sqlite3_bind_text(statement, index, value.data(), static_cast<int>(value.size()),
                          SQLITE_STATIC);
}

bool stepDone(sqlite3_stmt *statement)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    return rc == SQLITE_DONE;
}

std::string cleaned(Result<QString> value)
{
    return value ? value->toStdString() : std::string();
}

} // namespace

RawInserter::RawInserter(sqlite3 *db, std::vector<Row> rows)
    : m_db(db)
    , m_rows(std::move(rows))
{
    std::random_device device;
    m_randomState = (static_cast<quint64>(device()) << 32) ^ device();
    char id[37];
    nextUuid(id);
    m_deviceId.assign(id, 36);
}

RawInserter::~RawInserter()
{
    for (sqlite3_stmt *statement :
         { m_begin, m_commit, m_rollback, m_insertClient, m_insertVersion, m_insertChange })
        sqlite3_finalize(statement);
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<RawInserter>> RawInserter::open(const QString &path, const DatabaseKey &key,
                                                       const QList<Person> &people)
{
    // Inputs are cleaned with the service's own rules, outside the timing, so
    // both sides store identical values.
    std::vector<Row> rows;
    rows.reserve(static_cast<size_t>(people.size()));
    for (const Person &p : people) {
        rows.push_back(Row { cleaned(ClientService::cleanName(p.name)),
                             cleaned(ClientService::cleanPhone(p.phone)),
                             cleaned(ClientService::cleanEmail(p.email)),
                             cleaned(ClientService::cleanNotes(p.notes)) });
    }

    sqlite3 *db = nullptr;
    const QByteArray file = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(file.constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
                                       | SQLITE_OPEN_EXRESCODE,
                                   nullptr);
    std::unique_ptr<RawInserter> inserter(new RawInserter(db, std::move(rows)));
    if (rc != SQLITE_OK)
        return inserter->lastError(QStringLiteral("open"));

    // The connection set-up of SqlCipherDriver::open and Database::open.
    const QByteArray setup = "PRAGMA key = \"x'" + key.toHex().toLatin1()
        + "'\"; SELECT count(*) FROM sqlite_master;"
          " PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;";
    if (sqlite3_exec(db, setup.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return inserter->lastError(QStringLiteral("key and pragmas"));

    // The same schema as the service's database.
    QByteArray schema = "BEGIN IMMEDIATE;";
    int version = 0;
    for (const Migration &migration : Schema::migrations()) {
        for (const QString &statement : migration.statements)
            schema += statement.toUtf8() + ';';
        version = migration.version;
    }
    schema += "PRAGMA user_version = " + QByteArray::number(version) + "; COMMIT;";
    if (sqlite3_exec(db, schema.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return inserter->lastError(QStringLiteral("schema"));

    if (auto prepared = inserter->prepareStatements(); !prepared)
        return prepared.error();
    return inserter;
}

Result<void> RawInserter::prepareStatements()
{
    const std::pair<sqlite3_stmt **, const char *> statements[] = {
        { &m_begin, "BEGIN IMMEDIATE" },
        { &m_commit, "COMMIT" },
        { &m_rollback, "ROLLBACK" },
        { &m_insertClient,
          "INSERT INTO clients (id, name, phone, email, notes, created_at, deleted) VALUES (?, ?, "
          "?, ?, ?, ?, ?)" },
        { &m_insertVersion,
          "INSERT INTO column_versions (table_name, row_id, column_name, hlc, device_id) VALUES "
          "(?, ?, ?, ?, ?)" },
        { &m_insertChange,
          "INSERT INTO change_log (change_id, table_name, row_id, kind, hlc, device_id, payload)"
          " VALUES (?, ?, ?, 'record', ?, ?, ?)" },
    };
    for (const auto &[target, sql] : statements) {
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, target, nullptr)
            != SQLITE_OK)
            return lastError(QString::fromLatin1(sql));
    }
    return {};
}

void RawInserter::nextUuid(char out[37])
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

qint64 RawInserter::nextHlc(qint64 nowMsecs)
{
    const qint64 stamp = nowMsecs << 16;
    m_lastHlc = stamp > m_lastHlc ? stamp : m_lastHlc + 1;
    return m_lastHlc;
}

bool RawInserter::insertRow(const Row &row)
{
    char id[37];
    nextUuid(id);
    const qint64 now = wallMsecs();
    const qint64 hlc = nextHlc(now);

    sqlite3_bind_text(m_insertClient, 1, id, 36, SQLITE_STATIC);
    bindTextOrNull(m_insertClient, 2, row.name);
    bindTextOrNull(m_insertClient, 3, row.phone);
    bindTextOrNull(m_insertClient, 4, row.email);
    bindTextOrNull(m_insertClient, 5, row.notes);
    sqlite3_bind_int64(m_insertClient, 6, now);
    sqlite3_bind_int(m_insertClient, 7, 0);
    if (!stepDone(m_insertClient))
        return false;

    for (const char *column : kColumns) {
        sqlite3_bind_text(m_insertVersion, 1, "clients", 7, SQLITE_STATIC);
        sqlite3_bind_text(m_insertVersion, 2, id, 36, SQLITE_STATIC);
        sqlite3_bind_text(m_insertVersion, 3, column, -1, SQLITE_STATIC);
        sqlite3_bind_int64(m_insertVersion, 4, hlc);
        sqlite3_bind_text(m_insertVersion, 5, m_deviceId.data(),
                          static_cast<int>(m_deviceId.size()), SQLITE_STATIC);
        if (!stepDone(m_insertVersion))
            return false;
    }

    m_payload.clear();
    m_payload += "{\"created_at\":";
    m_payload += std::to_string(now);
    m_payload += ",\"deleted\":0,\"email\":";
    appendJsonString(m_payload, row.email);
    m_payload += ",\"name\":";
    appendJsonString(m_payload, row.name);
    m_payload += ",\"notes\":";
    appendJsonString(m_payload, row.notes);
    m_payload += ",\"phone\":";
    appendJsonString(m_payload, row.phone);
    m_payload += '}';

    char changeId[37];
    nextUuid(changeId);
    sqlite3_bind_text(m_insertChange, 1, changeId, 36, SQLITE_STATIC);
    sqlite3_bind_text(m_insertChange, 2, "clients", 7, SQLITE_STATIC);
    sqlite3_bind_text(m_insertChange, 3, id, 36, SQLITE_STATIC);
    sqlite3_bind_int64(m_insertChange, 4, hlc);
    sqlite3_bind_text(m_insertChange, 5, m_deviceId.data(), static_cast<int>(m_deviceId.size()),
                      SQLITE_STATIC);
    sqlite3_bind_text(m_insertChange, 6, m_payload.data(), static_cast<int>(m_payload.size()),
                      SQLITE_STATIC);
    return stepDone(m_insertChange);
}

Result<void> RawInserter::insertAlone(qsizetype index)
{
    if (!stepDone(m_begin))
        return lastError(QStringLiteral("begin"));
    if (!insertRow(m_rows.at(static_cast<size_t>(index)))) {
        const Error error = lastError(QStringLiteral("insert"));
        stepDone(m_rollback);
        return error;
    }
    if (!stepDone(m_commit))
        return lastError(QStringLiteral("commit"));
    return {};
}

Result<void> RawInserter::insertBatch(qsizetype first, qsizetype count, Samples &perInsert)
{
    if (!stepDone(m_begin))
        return lastError(QStringLiteral("begin"));
    for (qsizetype i = first; i < first + count; ++i) {
        const auto start = SteadyClock::now();
        const bool inserted = insertRow(m_rows.at(static_cast<size_t>(i)));
        perInsert.add(nanosecondsSince(start));
        if (!inserted) {
            const Error error = lastError(QStringLiteral("insert"));
            stepDone(m_rollback);
            return error;
        }
    }
    if (!stepDone(m_commit))
        return lastError(QStringLiteral("commit"));
    return {};
}

qint64 RawInserter::scalar(const char *sql) const
{
    sqlite3_stmt *statement = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

QJsonObject RawInserter::rowCounts() const
{
    return QJsonObject {
        { QStringLiteral("clients"), scalar("SELECT count(*) FROM clients") },
        { QStringLiteral("column_versions"),
          scalar("SELECT count(*) FROM column_versions WHERE table_name = 'clients'") },
        { QStringLiteral("change_log"),
          scalar("SELECT count(*) FROM change_log WHERE table_name = 'clients'") }
    };
}

Error RawInserter::lastError(const QString &what) const
{
    return Error::storage(
        QStringLiteral("bench.raw"),
        QStringLiteral("Raw SQLCipher %1 failed: %2")
            .arg(what, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory")));
}

} // namespace Balcao::Bench
