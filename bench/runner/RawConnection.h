// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Random.h"
#include "common/Error.h"
#include "security/DatabaseKey.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Balcao::Bench {

// What the engine baselines (RawInserter, RawSaleWriter) write through: a
// bare SQLCipher connection with the key and pragmas Database::open uses,
// BEGIN/COMMIT/ROLLBACK and the change-log insert prepared once, and the
// device id, UUIDv7 ids and HLC stamps the change log needs, made in plain
// integer arithmetic.
class RawConnection
{
public:
    struct Setup
    {
        bool create = false; // the file may be new
        QByteArray extraPragmas; // after those of Database::open
        QByteArray schema; // run before anything is prepared
    };
    // `changeKind`: the change-log kind of every entry ("record", "ledger").
    static Result<std::unique_ptr<RawConnection>> open(const QString &path, const DatabaseKey &key,
                                                       const char *changeKind, const Setup &setup);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    sqlite3 *db() const { return m_db; }
    // A statement prepared once, finalized with the connection; null when
    // it does not prepare (lastError says why).
    sqlite3_stmt *prepare(const char *sql);
    // One statement run to its end and reset for the next: false on error.
    static bool stepDone(sqlite3_stmt *statement);
    static void bindText(sqlite3_stmt *statement, int index, std::string_view value);

    Result<void> begin();
    Result<void> commit();
    // Rolls back and returns the error of `what`, which failed.
    Error rollBack(const QString &what);

    const std::string &deviceId() const { return m_deviceId; }
    // A fresh UUIDv7 like Id::generate(); the char form allocates nothing.
    void nextId(char out[37]);
    std::string nextId();
    // A stamp after every earlier one, from the wall clock.
    qint64 nextHlc(qint64 nowMsecs);
    static qint64 wallMsecs();
    // The change-log entry of a row just written: its payload is JSON text.
    bool insertChange(const char *table, std::string_view rowId, qint64 hlc,
                      const std::string &payload);

    // `value` as a JSON string.
    static void appendJsonString(std::string &out, const std::string &value);
    qint64 scalar(const char *sql) const;
    Error lastError(const QString &what) const;

private:
    explicit RawConnection(sqlite3 *db);

    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_statements;
    sqlite3_stmt *m_begin = nullptr;
    sqlite3_stmt *m_commit = nullptr;
    sqlite3_stmt *m_rollback = nullptr;
    sqlite3_stmt *m_insertChange = nullptr;
    std::string m_deviceId;
    Random m_random;
    qint64 m_lastIdMsecs = 0;
    quint16 m_idSequence = 0;
    qint64 m_lastHlc = 0;
};

} // namespace Balcao::Bench
