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
        { 3,
          QStringLiteral("scheduling: catalog, schedules, appointments, reminders; richer clients"),
          {
              QStringLiteral("CREATE TABLE service_categories (id TEXT PRIMARY KEY,"
                             " name TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0,"
                             " deleted INTEGER NOT NULL DEFAULT 0)"),
              // `kind` is free text (cut, colour, consultation, surgery, return
              // visit, vaccination...) so a pet clinic's kinds of appointment
              // need no code; `resource_kind` names the kind of room, chair or
              // table the service occupies, matched against resources.kind.
              QStringLiteral(
                  "CREATE TABLE services (id TEXT PRIMARY KEY, category_id TEXT,"
                  " name TEXT NOT NULL DEFAULT '', description TEXT, kind TEXT,"
                  " duration_minutes INTEGER NOT NULL DEFAULT 30,"
                  " price_minor INTEGER NOT NULL DEFAULT 0, currency TEXT NOT NULL DEFAULT 'BRL',"
                  " buffer_before_minutes INTEGER NOT NULL DEFAULT 0,"
                  " buffer_after_minutes INTEGER NOT NULL DEFAULT 0, resource_kind TEXT,"
                  " color TEXT, active INTEGER NOT NULL DEFAULT 1,"
                  " deleted INTEGER NOT NULL DEFAULT 0)"),
              // One row per (service, staff member), its id derived from both,
              // so two terminals allowing the same pair write the same row.
              QStringLiteral(
                  "CREATE TABLE service_staff (id TEXT PRIMARY KEY, service_id TEXT NOT NULL "
                  "DEFAULT '', staff_id TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT "
                  "0)"),
              QStringLiteral("CREATE INDEX service_staff_by_service ON service_staff (service_id)"
                             " WHERE deleted = 0"),
              QStringLiteral("CREATE INDEX service_staff_by_staff ON service_staff (staff_id)"
                             " WHERE deleted = 0"),
              QStringLiteral(
                  "CREATE TABLE resources (id TEXT PRIMARY KEY, location_id TEXT,"
                  " name TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '',"
                  " active INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral("CREATE INDEX resources_by_location ON resources (location_id, kind)"
                             " WHERE deleted = 0"),
              // Weekly hours in the location's local time, minutes from
              // midnight; kind 'work' or 'break'. Several rows per weekday make
              // split shifts.
              QStringLiteral(
                  "CREATE TABLE staff_hours (id TEXT PRIMARY KEY, staff_id TEXT NOT NULL DEFAULT "
                  "'',"
                  " location_id TEXT NOT NULL DEFAULT '', weekday INTEGER NOT NULL DEFAULT 1,"
                  " start_minute INTEGER NOT NULL DEFAULT 0, end_minute INTEGER NOT NULL DEFAULT 0,"
                  " kind TEXT NOT NULL DEFAULT 'work', deleted INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral("CREATE INDEX staff_hours_by_staff ON staff_hours (staff_id)"
                             " WHERE deleted = 0"),
              // An exception for one local date: when a staff member has any
              // row for a date, those rows replace the weekly hours of that
              // date ('off' alone = not working).
              QStringLiteral(
                  "CREATE TABLE staff_date_hours (id TEXT PRIMARY KEY, staff_id TEXT NOT NULL "
                  "DEFAULT '', location_id TEXT NOT NULL DEFAULT '', day TEXT NOT NULL DEFAULT '',"
                  " start_minute INTEGER NOT NULL DEFAULT 0, end_minute INTEGER NOT NULL DEFAULT 0,"
                  " kind TEXT NOT NULL DEFAULT 'work', deleted INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral("CREATE INDEX staff_date_hours_by_staff ON staff_date_hours"
                             " (staff_id, day) WHERE deleted = 0"),
              QStringLiteral(
                  "CREATE TABLE staff_time_off (id TEXT PRIMARY KEY, staff_id TEXT NOT NULL "
                  "DEFAULT '', starts_at INTEGER NOT NULL DEFAULT 0, ends_at INTEGER NOT NULL "
                  "DEFAULT 0, reason TEXT, deleted INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral("CREATE INDEX staff_time_off_by_staff ON staff_time_off"
                             " (staff_id, ends_at) WHERE deleted = 0"),
              QStringLiteral("CREATE TABLE appointment_series (id TEXT PRIMARY KEY,"
                             " interval_weeks INTEGER NOT NULL DEFAULT 1, until_day TEXT,"
                             " occurrences INTEGER, deleted INTEGER NOT NULL DEFAULT 0)"),
              // Times in UTC milliseconds; the visit spans its items.
              QStringLiteral(
                  "CREATE TABLE appointments (id TEXT PRIMARY KEY, location_id TEXT,"
                  " client_id TEXT, staff_id TEXT, starts_at INTEGER NOT NULL DEFAULT 0,"
                  " ends_at INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL DEFAULT 'booked',"
                  " cancel_reason TEXT, source TEXT NOT NULL DEFAULT 'front_desk', notes TEXT,"
                  " internal_notes TEXT, series_id TEXT, series_index INTEGER,"
                  " created_at INTEGER, deleted INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral("CREATE INDEX appointments_by_location ON appointments"
                             " (location_id, starts_at) WHERE deleted = 0"),
              QStringLiteral("CREATE INDEX appointments_by_client ON appointments"
                             " (client_id, starts_at) WHERE deleted = 0"),
              QStringLiteral("CREATE INDEX appointments_by_series ON appointments"
                             " (series_id, series_index) WHERE series_id IS NOT NULL"),
              // One service of a visit. busy_from/busy_to include the service's
              // buffers as they were when booked, so editing a service later
              // does not move the time already blocked.
              QStringLiteral(
                  "CREATE TABLE appointment_items (id TEXT PRIMARY KEY,"
                  " appointment_id TEXT NOT NULL DEFAULT '', service_id TEXT, staff_id TEXT,"
                  " resource_id TEXT, starts_at INTEGER NOT NULL DEFAULT 0,"
                  " ends_at INTEGER NOT NULL DEFAULT 0, busy_from INTEGER NOT NULL DEFAULT 0,"
                  " busy_to INTEGER NOT NULL DEFAULT 0, price_minor INTEGER NOT NULL DEFAULT 0,"
                  " currency TEXT NOT NULL DEFAULT 'BRL', position INTEGER NOT NULL DEFAULT 0,"
                  " deleted INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral("CREATE INDEX appointment_items_by_appointment ON appointment_items"
                             " (appointment_id)"),
              QStringLiteral("CREATE INDEX appointment_items_by_staff ON appointment_items"
                             " (staff_id, busy_from) WHERE deleted = 0"),
              QStringLiteral("CREATE INDEX appointment_items_by_resource ON appointment_items"
                             " (resource_id, busy_from) WHERE deleted = 0 AND resource_id IS NOT "
                             "NULL"),
              QStringLiteral(
                  "CREATE TABLE reminder_templates (id TEXT PRIMARY KEY,"
                  " kind TEXT NOT NULL DEFAULT '', channel TEXT NOT NULL DEFAULT 'whatsapp',"
                  " language TEXT, subject TEXT, body TEXT NOT NULL DEFAULT '',"
                  " offset_minutes INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1,"
                  " deleted INTEGER NOT NULL DEFAULT 0)"),
              // The outbox the server delivers from. One row per (appointment,
              // kind), id derived from both, so a reschedule on any terminal
              // rewrites the same message instead of adding one.
              QStringLiteral(
                  "CREATE TABLE reminders (id TEXT PRIMARY KEY, appointment_id TEXT,"
                  " client_id TEXT, template_id TEXT, kind TEXT NOT NULL DEFAULT '',"
                  " channel TEXT NOT NULL DEFAULT 'whatsapp', recipient TEXT,"
                  " due_at INTEGER NOT NULL DEFAULT 0, subject TEXT, body TEXT,"
                  " status TEXT NOT NULL DEFAULT 'scheduled', deleted INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral("CREATE INDEX reminders_due ON reminders (status, due_at)"
                             " WHERE deleted = 0"),
              QStringLiteral("CREATE INDEX reminders_by_appointment ON reminders (appointment_id)"),

              QStringLiteral("ALTER TABLE clients ADD COLUMN tags TEXT"),
              QStringLiteral("ALTER TABLE clients ADD COLUMN vip INTEGER NOT NULL DEFAULT 0"),
              QStringLiteral("ALTER TABLE clients ADD COLUMN birthday TEXT"),
              QStringLiteral("ALTER TABLE clients ADD COLUMN communication_preference TEXT"),
              QStringLiteral(
                  "ALTER TABLE clients ADD COLUMN marketing_consent INTEGER NOT NULL DEFAULT 0"),
              QStringLiteral("ALTER TABLE clients ADD COLUMN merged_into TEXT"),
              // Local and derived (not synced): substring search by name, phone
              // digits or e-mail that answers while typing. Triggers keep it in
              // step with every write, local or applied from sync.
              QStringLiteral("CREATE VIRTUAL TABLE clients_search USING fts5(name, phone, email,"
                             " tokenize = 'trigram remove_diacritics 1')"),
              QStringLiteral(
                  "CREATE TRIGGER clients_search_insert AFTER INSERT ON clients WHEN new.deleted = "
                  "0"
                  " BEGIN INSERT INTO clients_search (rowid, name, phone, email) VALUES"
                  " (new.rowid, new.name, replace(coalesce(new.phone, ''), '+', ''), new.email);"
                  " END"),
              QStringLiteral(
                  "CREATE TRIGGER clients_search_update AFTER UPDATE OF name, phone, email, deleted"
                  " ON clients BEGIN DELETE FROM clients_search WHERE rowid = old.rowid;"
                  " INSERT INTO clients_search (rowid, name, phone, email) SELECT new.rowid,"
                  " new.name, replace(coalesce(new.phone, ''), '+', ''), new.email"
                  " WHERE new.deleted = 0; END"),
              QStringLiteral("CREATE TRIGGER clients_search_delete AFTER DELETE ON clients"
                             " BEGIN DELETE FROM clients_search WHERE rowid = old.rowid; END"),
              QStringLiteral("INSERT INTO clients_search (rowid, name, phone, email) SELECT rowid,"
                             " name, replace(coalesce(phone, ''), '+', ''), email FROM clients"
                             " WHERE deleted = 0"),
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
              { QStringLiteral("birthday"), QStringLiteral("communication_preference"),
                QStringLiteral("created_at"), QStringLiteral("deleted"), QStringLiteral("email"),
                QStringLiteral("marketing_consent"), QStringLiteral("merged_into"),
                QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("phone"),
                QStringLiteral("tags"), QStringLiteral("vip") } },
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
            { QStringLiteral("appointment_items"),
              K::Record,
              { QStringLiteral("appointment_id"), QStringLiteral("busy_from"),
                QStringLiteral("busy_to"), QStringLiteral("currency"), QStringLiteral("deleted"),
                QStringLiteral("ends_at"), QStringLiteral("position"),
                QStringLiteral("price_minor"), QStringLiteral("resource_id"),
                QStringLiteral("service_id"), QStringLiteral("staff_id"),
                QStringLiteral("starts_at") } },
            { QStringLiteral("appointment_series"),
              K::Record,
              { QStringLiteral("deleted"), QStringLiteral("interval_weeks"),
                QStringLiteral("occurrences"), QStringLiteral("until_day") } },
            { QStringLiteral("appointments"),
              K::Record,
              { QStringLiteral("cancel_reason"), QStringLiteral("client_id"),
                QStringLiteral("created_at"), QStringLiteral("deleted"), QStringLiteral("ends_at"),
                QStringLiteral("internal_notes"), QStringLiteral("location_id"),
                QStringLiteral("notes"), QStringLiteral("series_id"),
                QStringLiteral("series_index"), QStringLiteral("source"),
                QStringLiteral("staff_id"), QStringLiteral("starts_at"),
                QStringLiteral("status") } },
            { QStringLiteral("reminder_templates"),
              K::Record,
              { QStringLiteral("active"), QStringLiteral("body"), QStringLiteral("channel"),
                QStringLiteral("deleted"), QStringLiteral("kind"), QStringLiteral("language"),
                QStringLiteral("offset_minutes"), QStringLiteral("subject") } },
            { QStringLiteral("reminders"),
              K::Record,
              { QStringLiteral("appointment_id"), QStringLiteral("body"), QStringLiteral("channel"),
                QStringLiteral("client_id"), QStringLiteral("deleted"), QStringLiteral("due_at"),
                QStringLiteral("kind"), QStringLiteral("recipient"), QStringLiteral("status"),
                QStringLiteral("subject"), QStringLiteral("template_id") } },
            { QStringLiteral("resources"),
              K::Record,
              { QStringLiteral("active"), QStringLiteral("deleted"), QStringLiteral("kind"),
                QStringLiteral("location_id"), QStringLiteral("name") } },
            { QStringLiteral("service_categories"),
              K::Record,
              { QStringLiteral("deleted"), QStringLiteral("name"), QStringLiteral("position") } },
            { QStringLiteral("service_staff"),
              K::Record,
              { QStringLiteral("deleted"), QStringLiteral("service_id"),
                QStringLiteral("staff_id") } },
            { QStringLiteral("services"),
              K::Record,
              { QStringLiteral("active"), QStringLiteral("buffer_after_minutes"),
                QStringLiteral("buffer_before_minutes"), QStringLiteral("category_id"),
                QStringLiteral("color"), QStringLiteral("currency"), QStringLiteral("deleted"),
                QStringLiteral("description"), QStringLiteral("duration_minutes"),
                QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("price_minor"),
                QStringLiteral("resource_kind") } },
            { QStringLiteral("staff_date_hours"),
              K::Record,
              { QStringLiteral("day"), QStringLiteral("deleted"), QStringLiteral("end_minute"),
                QStringLiteral("kind"), QStringLiteral("location_id"), QStringLiteral("staff_id"),
                QStringLiteral("start_minute") } },
            { QStringLiteral("staff_hours"),
              K::Record,
              { QStringLiteral("deleted"), QStringLiteral("end_minute"), QStringLiteral("kind"),
                QStringLiteral("location_id"), QStringLiteral("staff_id"),
                QStringLiteral("start_minute"), QStringLiteral("weekday") } },
            { QStringLiteral("staff_time_off"),
              K::Record,
              { QStringLiteral("deleted"), QStringLiteral("ends_at"), QStringLiteral("reason"),
                QStringLiteral("staff_id"), QStringLiteral("starts_at") } },
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
