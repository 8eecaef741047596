// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RawConnection.h"

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
    const std::string &deviceId() const { return m_connection->deviceId(); }
    std::string nextId() { return m_connection->nextId(); }
    // One sale, one transaction (BEGIN IMMEDIATE ... COMMIT).
    Result<void> write(const Sale &sale);
    qint64 scalar(const char *sql) const { return m_connection->scalar(sql); }

private:
    explicit RawSaleWriter(std::unique_ptr<RawConnection> connection);
    sqlite3_stmt *statementFor(const char *table, const Row &row);
    bool insertLedger(const char *table, const std::string &id, const Row &row);

    std::unique_ptr<RawConnection> m_connection;
    std::vector<std::pair<std::string, sqlite3_stmt *>> m_inserts; // by table
    std::string m_payload;
};

} // namespace Balcao::Bench
