// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawInserter.h"

#include "clients/ClientService.h"
#include "storage/Migrator.h"
#include "storage/Schema.h"

#include <sqlite3.h>

namespace Balcao::Bench {

namespace {

// The columns ChangeWriter versions for a new client, in the order
// QJsonObject writes them in the payload.
constexpr const char *kColumns[] = { "created_at", "deleted", "email", "name", "notes", "phone" };

// A cleaned value as the payload holds it: empty is null.
void appendJsonValue(std::string &out, const std::string &value)
{
    if (value.empty())
        out += "null";
    else
        RawConnection::appendJsonString(out, value);
}

void bindTextOrNull(sqlite3_stmt *statement, int index, const std::string &value)
{
    if (value.empty())
        sqlite3_bind_null(statement, index);
    else
        RawConnection::bindText(statement, index, value);
}

std::string cleaned(Result<QString> value)
{
    return value ? value->toStdString() : std::string();
}

} // namespace

RawInserter::RawInserter(std::unique_ptr<RawConnection> connection, std::vector<Row> rows)
    : m_connection(std::move(connection))
    , m_rows(std::move(rows))
{ }

RawInserter::~RawInserter() = default;

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

    // The same schema as the service's database.
    RawConnection::Setup setup;
    setup.create = true;
    setup.schema = "BEGIN IMMEDIATE;";
    int version = 0;
    for (const Migration &migration : Schema::migrations()) {
        for (const QString &statement : migration.statements)
            setup.schema += statement.toUtf8() + ';';
        version = migration.version;
    }
    setup.schema += "PRAGMA user_version = " + QByteArray::number(version) + "; COMMIT;";
    auto connection = RawConnection::open(path, key, "record", setup);
    if (!connection)
        return connection.error();

    std::unique_ptr<RawInserter> inserter(new RawInserter(std::move(*connection), std::move(rows)));
    RawConnection &db = *inserter->m_connection;
    inserter->m_insertClient = db.prepare(
        "INSERT INTO clients (id, name, phone, email, notes, created_at, deleted) VALUES (?, ?, "
        "?, ?, ?, ?, ?)");
    if (!inserter->m_insertClient)
        return db.lastError(QStringLiteral("insert into clients"));
    inserter->m_insertVersion = db.prepare(
        "INSERT INTO column_versions (table_name, row_id, column_name, hlc, device_id) VALUES "
        "(?, ?, ?, ?, ?)");
    if (!inserter->m_insertVersion)
        return db.lastError(QStringLiteral("insert into column_versions"));
    return inserter;
}

bool RawInserter::insertRow(const Row &row)
{
    RawConnection &db = *m_connection;
    char id[37];
    db.nextId(id);
    const qint64 now = RawConnection::wallMsecs();
    const qint64 hlc = db.nextHlc(now);

    sqlite3_bind_text(m_insertClient, 1, id, 36, SQLITE_STATIC);
    bindTextOrNull(m_insertClient, 2, row.name);
    bindTextOrNull(m_insertClient, 3, row.phone);
    bindTextOrNull(m_insertClient, 4, row.email);
    bindTextOrNull(m_insertClient, 5, row.notes);
    sqlite3_bind_int64(m_insertClient, 6, now);
    sqlite3_bind_int(m_insertClient, 7, 0);
    if (!RawConnection::stepDone(m_insertClient))
        return false;

    for (const char *column : kColumns) {
        sqlite3_bind_text(m_insertVersion, 1, "clients", 7, SQLITE_STATIC);
        sqlite3_bind_text(m_insertVersion, 2, id, 36, SQLITE_STATIC);
        sqlite3_bind_text(m_insertVersion, 3, column, -1, SQLITE_STATIC);
        sqlite3_bind_int64(m_insertVersion, 4, hlc);
        RawConnection::bindText(m_insertVersion, 5, db.deviceId());
        if (!RawConnection::stepDone(m_insertVersion))
            return false;
    }

    m_payload.clear();
    m_payload += "{\"created_at\":";
    m_payload += std::to_string(now);
    m_payload += ",\"deleted\":0,\"email\":";
    appendJsonValue(m_payload, row.email);
    m_payload += ",\"name\":";
    appendJsonValue(m_payload, row.name);
    m_payload += ",\"notes\":";
    appendJsonValue(m_payload, row.notes);
    m_payload += ",\"phone\":";
    appendJsonValue(m_payload, row.phone);
    m_payload += '}';

    return db.insertChange("clients", std::string_view(id, 36), hlc, m_payload);
}

Result<void> RawInserter::insertAlone(qsizetype index)
{
    if (auto begun = m_connection->begin(); !begun)
        return begun;
    if (!insertRow(m_rows.at(static_cast<size_t>(index))))
        return m_connection->rollBack(QStringLiteral("insert"));
    return m_connection->commit();
}

Result<void> RawInserter::insertBatch(qsizetype first, qsizetype count, Samples &perInsert)
{
    if (auto begun = m_connection->begin(); !begun)
        return begun;
    for (qsizetype i = first; i < first + count; ++i) {
        const auto start = SteadyClock::now();
        const bool inserted = insertRow(m_rows.at(static_cast<size_t>(i)));
        perInsert.add(nanosecondsSince(start));
        if (!inserted)
            return m_connection->rollBack(QStringLiteral("insert"));
    }
    return m_connection->commit();
}

QJsonObject RawInserter::rowCounts() const
{
    return QJsonObject {
        { QStringLiteral("clients"), m_connection->scalar("SELECT count(*) FROM clients") },
        { QStringLiteral("column_versions"),
          m_connection->scalar(
              "SELECT count(*) FROM column_versions WHERE table_name = 'clients'") },
        { QStringLiteral("change_log"),
          m_connection->scalar("SELECT count(*) FROM change_log WHERE table_name = 'clients'") }
    };
}

} // namespace Balcao::Bench
