// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "security/DatabaseKey.h"

#include <QJsonObject>

#include <string>
#include <utility>
#include <variant>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Balcao::Bench {

// The engine baseline of a sale (issue 5): the rows CheckoutService writes
// for a sale (the sale, its lines, payments and stock movements, a change-log
// entry with a JSON payload for each) as bare SQLCipher C calls in one
// transaction, statements prepared once. It reads nothing (no settings, no
// number sequence, no stock flags, no checks): that work is what the ratio
// measures. It opens the same database file as the service side, with the
// pragmas Database::open uses.
class RawSaleWriter
{
public:
    using Value = std::variant<std::nullptr_t, qint64, std::string>;
    // Column → value, in the order of the table's statement.
    using Row = std::vector<std::pair<const char *, Value>>;
    struct Sale
    {
        std::string id;
        Row sale;
        std::vector<std::pair<std::string, Row>> lines; // id, row
        std::vector<std::pair<std::string, Row>> payments;
        std::vector<std::pair<std::string, Row>> movements;
    };

    static Result<std::unique_ptr<RawSaleWriter>> open(const QString &path, const DatabaseKey &key,
                                                       int pageCacheKiB);
    ~RawSaleWriter();
    RawSaleWriter(const RawSaleWriter &) = delete;
    RawSaleWriter &operator=(const RawSaleWriter &) = delete;

    // This writer's device id and a fresh UUIDv7, for the caller's rows.
    const std::string &deviceId() const { return m_deviceId; }
    std::string nextId();
    // One sale, one transaction (BEGIN IMMEDIATE ... COMMIT).
    Result<void> write(const Sale &sale);
    qint64 scalar(const char *sql) const;

private:
    explicit RawSaleWriter(sqlite3 *db);
    sqlite3_stmt *statementFor(const char *table, const Row &row);
    bool insertLedger(const char *table, const std::string &id, const Row &row);
    Error lastError(const QString &what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_begin = nullptr;
    sqlite3_stmt *m_commit = nullptr;
    sqlite3_stmt *m_rollback = nullptr;
    sqlite3_stmt *m_insertChange = nullptr;
    std::vector<std::pair<std::string, sqlite3_stmt *>> m_inserts; // by table
    std::string m_deviceId;
    std::string m_payload;
    quint64 m_randomState = 0;
    qint64 m_lastIdMsecs = 0;
    quint16 m_idSequence = 0;
    qint64 m_lastHlc = 0;
};

} // namespace Balcao::Bench
