// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

#include "Migrator.h"

#include <algorithm>

namespace Balcao {

namespace {

// Ledger facts can only be added: a correction is a new fact.
QStringList immutable(const QStringList &tables)
{
    QStringList statements;
    for (const QString &table : tables) {
        for (const char *event : { "UPDATE", "DELETE" }) {
            statements << QStringLiteral("CREATE TRIGGER %1_immutable_%2 BEFORE %3 ON %1"
                                         " BEGIN SELECT RAISE(ABORT, 'ledger facts are immutable');"
                                         " END")
                              .arg(table, QString::fromLatin1(event).toLower(),
                                   QString::fromLatin1(event));
        }
    }
    return statements;
}

} // namespace

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
        { 4,
          QStringLiteral("checkout: products, stock ledger, sales, payments, returns, cash shifts"),
          QStringList {
              // Rate in basis points (1800 = 18 %); `included`: the price shown
              // already contains the tax (Brazil, EU) rather than adding it.
              QStringLiteral(
                  "CREATE TABLE tax_classes (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '',"
                  " rate_bp INTEGER NOT NULL DEFAULT 0, included INTEGER NOT NULL DEFAULT 1,"
                  " deleted INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral(
                  "CREATE TABLE products (id TEXT PRIMARY KEY, sku TEXT, name TEXT NOT NULL "
                  "DEFAULT '', category TEXT, description TEXT,"
                  " price_minor INTEGER NOT NULL DEFAULT 0, cost_minor INTEGER NOT NULL DEFAULT 0,"
                  " currency TEXT NOT NULL DEFAULT 'BRL', tax_class_id TEXT,"
                  " track_stock INTEGER NOT NULL DEFAULT 1, active INTEGER NOT NULL DEFAULT 1,"
                  " deleted INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral("CREATE INDEX products_by_sku ON products (sku) WHERE deleted = 0"),
              QStringLiteral("CREATE INDEX products_by_name ON products (name COLLATE NOCASE)"
                             " WHERE deleted = 0"),
              // One row per (product, barcode), its id derived from both: two
              // terminals adding the same code to one product write one row,
              // and the same code on two products stays visible as two rows.
              QStringLiteral(
                  "CREATE TABLE product_barcodes (id TEXT PRIMARY KEY, product_id TEXT NOT NULL "
                  "DEFAULT '', barcode TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT "
                  "0)"),
              QStringLiteral("CREATE INDEX product_barcodes_by_code ON product_barcodes (barcode)"
                             " WHERE deleted = 0"),
              QStringLiteral(
                  "CREATE INDEX product_barcodes_by_product ON product_barcodes (product_id)"),

              // Stock on hand is the sum of these. Signed quantities in units;
              // lot and expiry travel with every movement from the start.
              QStringLiteral(
                  "CREATE TABLE stock_movements (id TEXT PRIMARY KEY, product_id TEXT NOT NULL,"
                  " location_id TEXT NOT NULL, quantity INTEGER NOT NULL, kind TEXT NOT NULL,"
                  " reason TEXT, lot TEXT, expires_on TEXT, unit_cost_minor INTEGER,"
                  " source_table TEXT, source_id TEXT, device_id TEXT, user_id TEXT,"
                  " at INTEGER NOT NULL)"),
              // Covering: the sum for one product at one location reads the
              // index only.
              QStringLiteral("CREATE INDEX stock_movements_on_hand ON stock_movements"
                             " (product_id, location_id, quantity)"),
              QStringLiteral(
                  "CREATE INDEX stock_movements_by_source ON stock_movements (source_id)"),

              QStringLiteral("CREATE TABLE cash_drawers (id TEXT PRIMARY KEY, location_id TEXT,"
                             " name TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0)"),
              // A record: opening writes it, closing sets the count. Cash
              // moves themselves are ledger facts (payments, cash_movements).
              QStringLiteral(
                  "CREATE TABLE cash_shifts (id TEXT PRIMARY KEY, drawer_id TEXT, location_id "
                  "TEXT, device_id TEXT, currency TEXT NOT NULL DEFAULT 'BRL',"
                  " opened_at INTEGER NOT NULL DEFAULT 0, opened_by TEXT,"
                  " opening_float_minor INTEGER NOT NULL DEFAULT 0,"
                  " status TEXT NOT NULL DEFAULT 'open', closed_at INTEGER, closed_by TEXT,"
                  " counted_minor INTEGER, counted_detail TEXT, expected_minor INTEGER,"
                  " close_note TEXT, deleted INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral("CREATE INDEX cash_shifts_by_drawer ON cash_shifts"
                             " (drawer_id, opened_at) WHERE deleted = 0"),
              QStringLiteral(
                  "CREATE TABLE cash_movements (id TEXT PRIMARY KEY, shift_id TEXT NOT NULL,"
                  " kind TEXT NOT NULL, amount_minor INTEGER NOT NULL, currency TEXT NOT NULL,"
                  " reason TEXT, device_id TEXT, user_id TEXT, at INTEGER NOT NULL)"),
              QStringLiteral("CREATE INDEX cash_movements_by_shift ON cash_movements (shift_id)"),

              // The charged amounts of a sale are facts as printed on its
              // receipt; what was paid is the sum of its payments.
              QStringLiteral(
                  "CREATE TABLE sales (id TEXT PRIMARY KEY, number TEXT NOT NULL,"
                  " sequence INTEGER NOT NULL, location_id TEXT NOT NULL, device_id TEXT NOT NULL,"
                  " shift_id TEXT, client_id TEXT, user_id TEXT, approved_by TEXT,"
                  " appointment_id TEXT, at INTEGER NOT NULL, currency TEXT NOT NULL,"
                  " gross_minor INTEGER NOT NULL, discount_minor INTEGER NOT NULL,"
                  " tax_minor INTEGER NOT NULL, tip_minor INTEGER NOT NULL,"
                  " tip_staff_id TEXT, total_minor INTEGER NOT NULL,"
                  " order_discount TEXT, tax_rounding TEXT NOT NULL, exchange_return_id TEXT,"
                  " notes TEXT)"),
              QStringLiteral("CREATE INDEX sales_by_at ON sales (at)"),
              QStringLiteral("CREATE INDEX sales_by_location ON sales (location_id, at)"),
              QStringLiteral("CREATE INDEX sales_by_client ON sales (client_id, at)"),
              QStringLiteral("CREATE INDEX sales_by_number ON sales (number)"),
              QStringLiteral("CREATE INDEX sales_by_device ON sales (device_id, sequence)"),
              QStringLiteral("CREATE INDEX sales_by_shift ON sales (shift_id)"),
              QStringLiteral(
                  "CREATE TABLE sale_lines (id TEXT PRIMARY KEY, sale_id TEXT NOT NULL,"
                  " position INTEGER NOT NULL, kind TEXT NOT NULL, product_id TEXT,"
                  " service_id TEXT, appointment_item_id TEXT, gift_card_id TEXT, staff_id TEXT,"
                  " description TEXT NOT NULL, sku TEXT, quantity INTEGER NOT NULL,"
                  " unit_price_minor INTEGER NOT NULL, line_discount_minor INTEGER NOT NULL,"
                  " order_discount_minor INTEGER NOT NULL, net_minor INTEGER NOT NULL,"
                  " tax_class_id TEXT, tax_name TEXT, tax_rate_bp INTEGER NOT NULL,"
                  " tax_included INTEGER NOT NULL, tax_minor INTEGER NOT NULL,"
                  " total_minor INTEGER NOT NULL, unit_cost_minor INTEGER)"),
              QStringLiteral("CREATE INDEX sale_lines_by_sale ON sale_lines (sale_id, position)"),
              QStringLiteral("CREATE INDEX sale_lines_by_product ON sale_lines (product_id)"
                             " WHERE product_id IS NOT NULL"),
              // Money in (positive) or out (negative, refunds), for a sale, a
              // return or a client's account. Cash rows keep what was handed
              // over and the change given.
              QStringLiteral(
                  "CREATE TABLE payments (id TEXT PRIMARY KEY, sale_id TEXT, return_id TEXT,"
                  " client_id TEXT, shift_id TEXT, location_id TEXT, device_id TEXT, user_id TEXT,"
                  " method TEXT NOT NULL, amount_minor INTEGER NOT NULL, currency TEXT NOT NULL,"
                  " tendered_minor INTEGER, change_minor INTEGER, reference TEXT,"
                  " gift_card_id TEXT, at INTEGER NOT NULL)"),
              QStringLiteral("CREATE INDEX payments_by_sale ON payments (sale_id)"),
              QStringLiteral("CREATE INDEX payments_by_return ON payments (return_id)"),
              QStringLiteral("CREATE INDEX payments_by_shift ON payments (shift_id)"),
              QStringLiteral(
                  "CREATE TABLE returns (id TEXT PRIMARY KEY, number TEXT NOT NULL,"
                  " sequence INTEGER NOT NULL, sale_id TEXT, location_id TEXT NOT NULL,"
                  " device_id TEXT NOT NULL, shift_id TEXT, client_id TEXT, user_id TEXT,"
                  " approved_by TEXT, at INTEGER NOT NULL, currency TEXT NOT NULL,"
                  " refund_minor INTEGER NOT NULL, tax_minor INTEGER NOT NULL,"
                  " refund_method TEXT NOT NULL, reason TEXT, exchange_sale_id TEXT)"),
              QStringLiteral("CREATE INDEX returns_by_sale ON returns (sale_id)"),
              QStringLiteral("CREATE INDEX returns_by_at ON returns (at)"),
              QStringLiteral("CREATE INDEX returns_by_device ON returns (device_id, sequence)"),
              QStringLiteral(
                  "CREATE TABLE return_lines (id TEXT PRIMARY KEY, return_id TEXT NOT NULL,"
                  " sale_id TEXT, sale_line_id TEXT, product_id TEXT, description TEXT NOT NULL,"
                  " quantity INTEGER NOT NULL, refund_minor INTEGER NOT NULL,"
                  " tax_minor INTEGER NOT NULL, disposition TEXT NOT NULL, reason TEXT)"),
              QStringLiteral("CREATE INDEX return_lines_by_return ON return_lines (return_id)"),
              QStringLiteral(
                  "CREATE INDEX return_lines_by_sale_line ON return_lines (sale_line_id)"),
              // A client's store credit ('credit': what the business owes them)
              // and amount due ('due': what they owe) are sums of these.
              QStringLiteral(
                  "CREATE TABLE client_account_entries (id TEXT PRIMARY KEY,"
                  " client_id TEXT NOT NULL, kind TEXT NOT NULL, amount_minor INTEGER NOT NULL,"
                  " currency TEXT NOT NULL, sale_id TEXT, return_id TEXT, payment_id TEXT,"
                  " note TEXT, device_id TEXT, user_id TEXT, at INTEGER NOT NULL)"),
              QStringLiteral("CREATE INDEX client_account_entries_by_client ON"
                             " client_account_entries (client_id, kind)"),
              QStringLiteral(
                  "CREATE TABLE gift_cards (id TEXT PRIMARY KEY, code TEXT NOT NULL DEFAULT '',"
                  " currency TEXT NOT NULL DEFAULT 'BRL', issued_at INTEGER, expires_on TEXT,"
                  " deleted INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral("CREATE INDEX gift_cards_by_code ON gift_cards (code) WHERE "
                             "deleted = 0"),
              QStringLiteral(
                  "CREATE TABLE gift_card_entries (id TEXT PRIMARY KEY,"
                  " gift_card_id TEXT NOT NULL, amount_minor INTEGER NOT NULL,"
                  " currency TEXT NOT NULL, sale_id TEXT, return_id TEXT, payment_id TEXT,"
                  " device_id TEXT, at INTEGER NOT NULL)"),
              QStringLiteral(
                  "CREATE INDEX gift_card_entries_by_card ON gift_card_entries (gift_card_id)"),
              // E-mailed receipts wait in the same outbox as reminders.
              QStringLiteral("ALTER TABLE reminders ADD COLUMN sale_id TEXT"),
              // Services are sold at checkout too (ISS in Brazil).
              QStringLiteral("ALTER TABLE services ADD COLUMN tax_class_id TEXT"),
          }
              + immutable({ QStringLiteral("stock_movements"), QStringLiteral("cash_movements"),
                            QStringLiteral("sales"), QStringLiteral("sale_lines"),
                            QStringLiteral("payments"), QStringLiteral("returns"),
                            QStringLiteral("return_lines"),
                            QStringLiteral("client_account_entries"),
                            QStringLiteral("gift_card_entries") }) },
        { 5, QStringLiteral("stock on hand kept per product and location"),
          QStringList {
              // Local and derived (not synced): each product's movements at
              // each location summed, kept in step by a trigger with every
              // movement written here or applied from sync. Movements are
              // never updated or deleted, so inserts are all it follows.
              // Summing a popular product's thousands of movements at scale
              // took milliseconds once its pages were out of the cache.
              QStringLiteral("CREATE TABLE stock_on_hand (product_id TEXT NOT NULL,"
                             " location_id TEXT NOT NULL, quantity INTEGER NOT NULL,"
                             " PRIMARY KEY (product_id, location_id)) WITHOUT ROWID"),
              QStringLiteral("CREATE TRIGGER stock_on_hand_movement AFTER INSERT ON stock_movements"
                             " BEGIN INSERT INTO stock_on_hand (product_id, location_id, quantity)"
                             " VALUES (new.product_id, new.location_id, new.quantity)"
                             " ON CONFLICT (product_id, location_id) DO UPDATE"
                             " SET quantity = quantity + excluded.quantity; END"),
              QStringLiteral("INSERT INTO stock_on_hand (product_id, location_id, quantity)"
                             " SELECT product_id, location_id, sum(quantity) FROM stock_movements"
                             " GROUP BY product_id, location_id"),
          } },
        { 6, QStringLiteral("the sale that charged an appointment, by index"),
          QStringList {
              // Checking an appointment out asks whether a sale charged it
              // already; without an index that read every sale. Partial:
              // counter sales without an appointment pay nothing for it.
              QStringLiteral("CREATE INDEX sales_by_appointment ON sales (appointment_id, at)"
                             " WHERE appointment_id IS NOT NULL"),
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
                QStringLiteral("kind"), QStringLiteral("recipient"), QStringLiteral("sale_id"),
                QStringLiteral("status"), QStringLiteral("subject"),
                QStringLiteral("template_id") } },
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
                QStringLiteral("resource_kind"), QStringLiteral("tax_class_id") } },
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
            { QStringLiteral("tax_classes"),
              K::Record,
              { QStringLiteral("deleted"), QStringLiteral("included"), QStringLiteral("name"),
                QStringLiteral("rate_bp") } },
            { QStringLiteral("products"),
              K::Record,
              { QStringLiteral("active"), QStringLiteral("category"), QStringLiteral("cost_minor"),
                QStringLiteral("currency"), QStringLiteral("deleted"),
                QStringLiteral("description"), QStringLiteral("name"),
                QStringLiteral("price_minor"), QStringLiteral("sku"),
                QStringLiteral("tax_class_id"), QStringLiteral("track_stock") } },
            { QStringLiteral("product_barcodes"),
              K::Record,
              { QStringLiteral("barcode"), QStringLiteral("deleted"),
                QStringLiteral("product_id") } },
            { QStringLiteral("cash_drawers"),
              K::Record,
              { QStringLiteral("deleted"), QStringLiteral("location_id"),
                QStringLiteral("name") } },
            { QStringLiteral("cash_shifts"),
              K::Record,
              { QStringLiteral("close_note"), QStringLiteral("closed_at"),
                QStringLiteral("closed_by"), QStringLiteral("counted_detail"),
                QStringLiteral("counted_minor"), QStringLiteral("currency"),
                QStringLiteral("deleted"), QStringLiteral("device_id"), QStringLiteral("drawer_id"),
                QStringLiteral("expected_minor"), QStringLiteral("location_id"),
                QStringLiteral("opened_at"), QStringLiteral("opened_by"),
                QStringLiteral("opening_float_minor"), QStringLiteral("status") } },
            { QStringLiteral("gift_cards"),
              K::Record,
              { QStringLiteral("code"), QStringLiteral("currency"), QStringLiteral("deleted"),
                QStringLiteral("expires_on"), QStringLiteral("issued_at") } },
            { QStringLiteral("stock_movements"),
              K::Ledger,
              { QStringLiteral("at"), QStringLiteral("device_id"), QStringLiteral("expires_on"),
                QStringLiteral("kind"), QStringLiteral("location_id"), QStringLiteral("lot"),
                QStringLiteral("product_id"), QStringLiteral("quantity"), QStringLiteral("reason"),
                QStringLiteral("source_id"), QStringLiteral("source_table"),
                QStringLiteral("unit_cost_minor"), QStringLiteral("user_id") } },
            { QStringLiteral("cash_movements"),
              K::Ledger,
              { QStringLiteral("amount_minor"), QStringLiteral("at"), QStringLiteral("currency"),
                QStringLiteral("device_id"), QStringLiteral("kind"), QStringLiteral("reason"),
                QStringLiteral("shift_id"), QStringLiteral("user_id") } },
            { QStringLiteral("sales"),
              K::Ledger,
              { QStringLiteral("appointment_id"),
                QStringLiteral("approved_by"),
                QStringLiteral("at"),
                QStringLiteral("client_id"),
                QStringLiteral("currency"),
                QStringLiteral("device_id"),
                QStringLiteral("discount_minor"),
                QStringLiteral("exchange_return_id"),
                QStringLiteral("gross_minor"),
                QStringLiteral("location_id"),
                QStringLiteral("notes"),
                QStringLiteral("number"),
                QStringLiteral("order_discount"),
                QStringLiteral("sequence"),
                QStringLiteral("shift_id"),
                QStringLiteral("tax_minor"),
                QStringLiteral("tax_rounding"),
                QStringLiteral("tip_minor"),
                QStringLiteral("tip_staff_id"),
                QStringLiteral("total_minor"),
                QStringLiteral("user_id") } },
            { QStringLiteral("sale_lines"),
              K::Ledger,
              { QStringLiteral("appointment_item_id"),
                QStringLiteral("description"),
                QStringLiteral("gift_card_id"),
                QStringLiteral("kind"),
                QStringLiteral("line_discount_minor"),
                QStringLiteral("net_minor"),
                QStringLiteral("order_discount_minor"),
                QStringLiteral("position"),
                QStringLiteral("product_id"),
                QStringLiteral("quantity"),
                QStringLiteral("sale_id"),
                QStringLiteral("service_id"),
                QStringLiteral("sku"),
                QStringLiteral("staff_id"),
                QStringLiteral("tax_class_id"),
                QStringLiteral("tax_included"),
                QStringLiteral("tax_minor"),
                QStringLiteral("tax_name"),
                QStringLiteral("tax_rate_bp"),
                QStringLiteral("total_minor"),
                QStringLiteral("unit_cost_minor"),
                QStringLiteral("unit_price_minor") } },
            { QStringLiteral("payments"),
              K::Ledger,
              { QStringLiteral("amount_minor"), QStringLiteral("at"),
                QStringLiteral("change_minor"), QStringLiteral("client_id"),
                QStringLiteral("currency"), QStringLiteral("device_id"),
                QStringLiteral("gift_card_id"), QStringLiteral("location_id"),
                QStringLiteral("method"), QStringLiteral("reference"), QStringLiteral("return_id"),
                QStringLiteral("sale_id"), QStringLiteral("shift_id"),
                QStringLiteral("tendered_minor"), QStringLiteral("user_id") } },
            { QStringLiteral("returns"),
              K::Ledger,
              { QStringLiteral("approved_by"), QStringLiteral("at"), QStringLiteral("client_id"),
                QStringLiteral("currency"), QStringLiteral("device_id"),
                QStringLiteral("exchange_sale_id"), QStringLiteral("location_id"),
                QStringLiteral("number"), QStringLiteral("reason"), QStringLiteral("refund_method"),
                QStringLiteral("refund_minor"), QStringLiteral("sale_id"),
                QStringLiteral("sequence"), QStringLiteral("shift_id"), QStringLiteral("tax_minor"),
                QStringLiteral("user_id") } },
            { QStringLiteral("return_lines"),
              K::Ledger,
              { QStringLiteral("description"), QStringLiteral("disposition"),
                QStringLiteral("product_id"), QStringLiteral("quantity"), QStringLiteral("reason"),
                QStringLiteral("refund_minor"), QStringLiteral("return_id"),
                QStringLiteral("sale_id"), QStringLiteral("sale_line_id"),
                QStringLiteral("tax_minor") } },
            { QStringLiteral("client_account_entries"),
              K::Ledger,
              { QStringLiteral("amount_minor"), QStringLiteral("at"), QStringLiteral("client_id"),
                QStringLiteral("currency"), QStringLiteral("device_id"), QStringLiteral("kind"),
                QStringLiteral("note"), QStringLiteral("payment_id"), QStringLiteral("return_id"),
                QStringLiteral("sale_id"), QStringLiteral("user_id") } },
            { QStringLiteral("gift_card_entries"),
              K::Ledger,
              { QStringLiteral("amount_minor"), QStringLiteral("at"), QStringLiteral("currency"),
                QStringLiteral("device_id"), QStringLiteral("gift_card_id"),
                QStringLiteral("payment_id"), QStringLiteral("return_id"),
                QStringLiteral("sale_id") } },
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
