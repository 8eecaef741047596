// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerConfig.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace Balcao::Server {

// The server's database: SQLite or PostgreSQL behind one connection and one
// set of portable SQL statements. The two dialects differ only in how a
// connection is opened and tuned (open()); every table and query is written
// in the SQL both understand (BIGINT, TEXT, ON CONFLICT upserts).
class ServerStore
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Server::ServerStore)
public:
    static constexpr int kSchemaVersion = 1;

    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    // Opens (creating if needed) the store and brings its schema up to date.
    static Result<std::unique_ptr<ServerStore>> open(const StoreLocation &location);

    bool isPostgres() const { return m_postgres; }
    QString describe() const { return m_description; }

    // Runs a prepared statement with positional values.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {});

    // All or nothing: `work` returns a Result; an error rolls back.
    template<typename Work> auto transact(Work &&work) -> decltype(work())
    {
        if (!m_db.transaction())
            return failure(tr("start a transaction"));
        auto result = work();
        if (!result) {
            m_db.rollback();
            return result;
        }
        if (!m_db.commit()) {
            m_db.rollback();
            return failure(tr("commit"));
        }
        return result;
    }

private:
    ServerStore() = default;
    Result<void> migrate();
    Error failure(const QString &what) const;

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_description;
    bool m_postgres = false;
};

} // namespace Balcao::Server
