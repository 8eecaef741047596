// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawSaleWriter.h"

#include <sqlite3.h>

#include <cstring>

namespace Balcao::Bench {

namespace {

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
    RawConnection::appendJsonString(out, std::get<std::string>(value));
}

void bind(sqlite3_stmt *statement, int index, const RawSaleWriter::Value &value)
{
    if (const qint64 *number = std::get_if<qint64>(&value))
        sqlite3_bind_int64(statement, index, *number);
    else if (const std::string *text = std::get_if<std::string>(&value))
        RawConnection::bindText(statement, index, *text);
    else
        sqlite3_bind_null(statement, index);
}

} // namespace

RawSaleWriter::RawSaleWriter(std::unique_ptr<RawConnection> connection)
    : m_connection(std::move(connection))
{ }

RawSaleWriter::~RawSaleWriter() = default;

Result<std::unique_ptr<RawSaleWriter>> RawSaleWriter::open(const QString &path,
                                                           const DatabaseKey &key, int pageCacheKiB)
{
    // The store's page cache, and no checkpoints of its own: the service
    // side's store checkpoints the log both sides write, on its thread.
    RawConnection::Setup setup;
    setup.extraPragmas = " PRAGMA wal_autocheckpoint = 0; PRAGMA cache_size = -"
        + QByteArray::number(pageCacheKiB) + ';';
    auto connection = RawConnection::open(path, key, "ledger", setup);
    if (!connection)
        return connection.error();
    return std::unique_ptr<RawSaleWriter>(new RawSaleWriter(std::move(*connection)));
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
    sqlite3_stmt *statement = m_connection->prepare(sql.c_str());
    if (statement)
        m_inserts.emplace_back(table, statement);
    return statement;
}

bool RawSaleWriter::insertLedger(const char *table, const std::string &id, const Row &row)
{
    sqlite3_stmt *insert = statementFor(table, row);
    if (!insert)
        return false;
    RawConnection::bindText(insert, 1, id);
    int index = 2;
    for (const auto &[column, value] : row)
        bind(insert, index++, value);
    if (!RawConnection::stepDone(insert))
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
    const qint64 hlc = m_connection->nextHlc(RawConnection::wallMsecs());
    return m_connection->insertChange(table, id, hlc, m_payload);
}

Result<void> RawSaleWriter::write(const Sale &sale)
{
    if (auto begun = m_connection->begin(); !begun)
        return begun;
    bool ok = insertLedger("sales", sale.id, sale.sale);
    for (const auto &[id, row] : sale.lines)
        ok = ok && insertLedger("sale_lines", id, row);
    for (const auto &[id, row] : sale.movements)
        ok = ok && insertLedger("stock_movements", id, row);
    for (const auto &[id, row] : sale.payments)
        ok = ok && insertLedger("payments", id, row);
    if (!ok)
        return m_connection->rollBack(QStringLiteral("insert"));
    return m_connection->commit();
}

} // namespace Balcao::Bench
