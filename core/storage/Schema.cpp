// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

#include "Migrator.h"

#include <algorithm>

namespace Balcao {

// Synced tables deliberately carry no foreign keys: rows of different tables
// can arrive from other terminals in any order, and a reference to a row not
// yet seen must not reject the change. Referential checks run after merge.
QList<Migration> Schema::migrations()
{
    return {
        { 1,
          QStringLiteral("local store, change log, records and audit ledger"),
          {
              QStringLiteral("CREATE TABLE local_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) "
                             "WITHOUT ROWID"),
              QStringLiteral(
                  "CREATE TABLE column_versions ("
                  " table_name TEXT NOT NULL, row_id TEXT NOT NULL, column_name TEXT NOT NULL,"
                  " hlc INTEGER NOT NULL, device_id TEXT NOT NULL,"
                  " PRIMARY KEY (table_name, row_id, column_name)) WITHOUT ROWID"),
              // The outbox: one entry per local mutation, in commit order.
              QStringLiteral("CREATE TABLE change_log ("
                             " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                             " change_id TEXT NOT NULL UNIQUE,"
                             " table_name TEXT NOT NULL, row_id TEXT NOT NULL,"
                             " kind TEXT NOT NULL CHECK (kind IN ('record', 'ledger')),"
                             " hlc INTEGER NOT NULL, device_id TEXT NOT NULL,"
                             " payload TEXT NOT NULL,"
                             " acknowledged INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral(
                  "CREATE INDEX change_log_pending ON change_log (seq) WHERE acknowledged = 0"),

              QStringLiteral("CREATE TABLE settings (id TEXT PRIMARY KEY, name TEXT NOT NULL "
                             "DEFAULT '', value TEXT,"
                             " deleted INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"),
              QStringLiteral(
                  "CREATE TABLE locations (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '',"
                  " time_zone TEXT NOT NULL DEFAULT 'UTC', address TEXT, phone TEXT,"
                  " deleted INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral(
                  "CREATE TABLE devices (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '',"
                  " location_id TEXT, platform TEXT, deleted INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral(
                  "CREATE TABLE staff (id TEXT PRIMARY KEY, display_name TEXT NOT NULL DEFAULT '',"
                  " email TEXT, phone TEXT, location_id TEXT, active INTEGER NOT NULL DEFAULT 1,"
                  " deleted INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral(
                  "CREATE TABLE users (id TEXT PRIMARY KEY, staff_id TEXT, login TEXT NOT NULL "
                  "DEFAULT '',"
                  " password_hash TEXT, role TEXT NOT NULL DEFAULT 'staff',"
                  " active INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral("CREATE INDEX users_login ON users (login) WHERE deleted = 0"),
              QStringLiteral(
                  "CREATE TABLE clients (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '',"
                  " phone TEXT, email TEXT, notes TEXT, created_at INTEGER,"
                  " deleted INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral("CREATE INDEX clients_by_name ON clients (name COLLATE NOCASE) WHERE "
                             "deleted = 0"),
              QStringLiteral("CREATE INDEX clients_by_phone ON clients (phone) WHERE deleted = 0"),

              // Ledger: immutable facts. Triggers make a correction impossible
              // except as a new fact.
              QStringLiteral("CREATE TABLE audit_events (id TEXT PRIMARY KEY, at INTEGER NOT NULL,"
                             " device_id TEXT NOT NULL, user_id TEXT, action TEXT NOT NULL,"
                             " subject_table TEXT, subject_id TEXT, details TEXT)"),
              QStringLiteral(
                  "CREATE TRIGGER audit_events_immutable_update BEFORE UPDATE ON audit_events"
                  " BEGIN SELECT RAISE(ABORT, 'ledger facts are immutable'); END"),
              QStringLiteral(
                  "CREATE TRIGGER audit_events_immutable_delete BEFORE DELETE ON audit_events"
                  " BEGIN SELECT RAISE(ABORT, 'ledger facts are immutable'); END"),
          } },
        { 2,
          QStringLiteral("conflict inbox"),
          {
              // A record like any other: its id is derived from the kind and the
              // subjects, so terminals that detect the same conflict on their own
              // write the same row, and a resolution syncs as a field edit.
              QStringLiteral(
                  "CREATE TABLE conflicts (id TEXT PRIMARY KEY, kind TEXT NOT NULL DEFAULT '',"
                  " subject_table TEXT, subject_ids TEXT, facts TEXT,"
                  " status TEXT NOT NULL DEFAULT 'open', resolution TEXT, resolved_by TEXT,"
                  " resolved_at INTEGER, deleted INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral("CREATE INDEX conflicts_open ON conflicts (kind) WHERE status = "
                             "'open' AND deleted = 0"),
          } },
    };
}

const QList<TableSchema> &Schema::syncedTables()
{
    using K = TableSchema::Kind;
    static const QList<TableSchema> tables = [] {
        QList<TableSchema> list = {
            { QStringLiteral("audit_events"),
              K::Ledger,
              { QStringLiteral("action"), QStringLiteral("at"), QStringLiteral("details"),
                QStringLiteral("device_id"), QStringLiteral("subject_id"),
                QStringLiteral("subject_table"), QStringLiteral("user_id") } },
            { QStringLiteral("clients"),
              K::Record,
              { QStringLiteral("created_at"), QStringLiteral("deleted"), QStringLiteral("email"),
                QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("phone") } },
            { QStringLiteral("conflicts"),
              K::Record,
              { QStringLiteral("deleted"), QStringLiteral("facts"), QStringLiteral("kind"),
                QStringLiteral("resolution"), QStringLiteral("resolved_at"),
                QStringLiteral("resolved_by"), QStringLiteral("status"),
                QStringLiteral("subject_ids"), QStringLiteral("subject_table") } },
            { QStringLiteral("devices"),
              K::Record,
              { QStringLiteral("deleted"), QStringLiteral("location_id"), QStringLiteral("name"),
                QStringLiteral("platform") } },
            { QStringLiteral("locations"),
              K::Record,
              { QStringLiteral("address"), QStringLiteral("deleted"), QStringLiteral("name"),
                QStringLiteral("phone"), QStringLiteral("time_zone") } },
            { QStringLiteral("settings"),
              K::Record,
              { QStringLiteral("deleted"), QStringLiteral("name"), QStringLiteral("value") } },
            { QStringLiteral("staff"),
              K::Record,
              { QStringLiteral("active"), QStringLiteral("deleted"), QStringLiteral("display_name"),
                QStringLiteral("email"), QStringLiteral("location_id"), QStringLiteral("phone") } },
            { QStringLiteral("users"),
              K::Record,
              { QStringLiteral("active"), QStringLiteral("deleted"), QStringLiteral("login"),
                QStringLiteral("password_hash"), QStringLiteral("role"),
                QStringLiteral("staff_id") } },
        };
        std::sort(list.begin(), list.end(),
                  [](const auto &a, const auto &b) { return a.name < b.name; });
        return list;
    }();
    return tables;
}

const TableSchema *Schema::table(const QString &name)
{
    for (const TableSchema &t : syncedTables()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

} // namespace Balcao
