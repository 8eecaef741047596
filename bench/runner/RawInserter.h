// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientInserter.h"
#include "PersonFactory.h"
#include "RawConnection.h"
#include "security/DatabaseKey.h"

#include <memory>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Balcao::Bench {

// The engine baseline: the same rows the service writes for a new client
// (the client row, one column_versions row per column, one change_log entry
// with a JSON payload), as bare SQLCipher C calls with statements prepared
// once, on its own database file with the pragmas Database::open uses. It
// does no validation and no read-back: that work is what the ratio measures.
class RawInserter final : public ClientInserter
{
public:
    static Result<std::unique_ptr<RawInserter>> open(const QString &path, const DatabaseKey &key,
                                                     const QList<Person> &people);
    ~RawInserter() override;
    RawInserter(const RawInserter &) = delete;
    RawInserter &operator=(const RawInserter &) = delete;

    Result<void> insertAlone(qsizetype index) override;
    Result<void> insertBatch(qsizetype first, qsizetype count, Samples &perInsert) override;
    QJsonObject rowCounts() const override;

private:
    // Cleaned, UTF-8 values as the service would store them; empty is NULL.
    struct Row
    {
        std::string name;
        std::string phone;
        std::string email;
        std::string notes;
    };

    RawInserter(std::unique_ptr<RawConnection> connection, std::vector<Row> rows);
    bool insertRow(const Row &row);

    std::unique_ptr<RawConnection> m_connection;
    sqlite3_stmt *m_insertClient = nullptr;
    sqlite3_stmt *m_insertVersion = nullptr;
    std::vector<Row> m_rows;
    std::string m_payload;
};

} // namespace Balcao::Bench
