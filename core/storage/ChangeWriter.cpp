// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeWriter.h"

#include "Database.h"
#include "Schema.h"
#include "common/MergeRule.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QVarLengthArray>

namespace Balcao {

namespace {

QString placeholderList(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(u',');
}

} // namespace

ChangeWriter::ChangeWriter(Database &database, QString deviceId, HlcClock &clock)
    : m_database(database)
    , m_deviceId(std::move(deviceId))
    , m_clock(clock)
{ }

QVariant ChangeWriter::normalized(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return QVariant(value.toLongLong());
    case QMetaType::ULongLong:
        return QVariant(static_cast<qlonglong>(value.toULongLong()));
    case QMetaType::Double:
        return QVariant(value.toDouble());
    case QMetaType::QString:
        return value;
    default:
        return QVariant(value.toString());
    }
}

QJsonValue ChangeWriter::toJson(const QVariant &value)
{
    const QVariant v = normalized(value);
    if (!v.isValid())
        return QJsonValue(QJsonValue::Null);
    if (v.typeId() == QMetaType::LongLong)
        return QJsonValue(v.toLongLong());
    if (v.typeId() == QMetaType::Double)
        return QJsonValue(v.toDouble());
    return QJsonValue(v.toString());
}

QVariant ChangeWriter::fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return QVariant(static_cast<qlonglong>(value.toBool()));
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        return static_cast<double>(i) == d ? QVariant(static_cast<qlonglong>(i)) : QVariant(d);
    }
    case QJsonValue::String:
        return QVariant(value.toString());
    default:
        return QVariant(
            QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    }
}

QSqlQuery &ChangeWriter::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_database.connection());
        query.prepare(sql);
        it = m_statements.insert(sql, query);
    }
    return it.value();
}

Result<void> ChangeWriter::run(QSqlQuery &query, const QString &what)
{
    if (!query.exec()) {
        return Error::storage(
            QStringLiteral("storage.writeFailed"),
            tr("Could not save %1: %2").arg(what, query.lastError().databaseText()));
    }
    return {};
}

Result<const TableSchema *> ChangeWriter::checkedTable(const QString &table,
                                                       const QVariantMap &fields, bool ledger) const
{
    const TableSchema *schema = Schema::table(table);
    if (!schema)
        return Error::invalid(QStringLiteral("sync.unknownTable"),
                              tr("Unknown table \"%1\".").arg(table));
    if ((schema->kind == TableSchema::Kind::Ledger) != ledger) {
        return Error::invalid(
            QStringLiteral("sync.wrongTableKind"),
            ledger ? tr("\"%1\" holds editable records, not ledger facts.").arg(table)
                   : tr("\"%1\" is a ledger: its facts cannot be edited.").arg(table));
    }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!schema->hasColumn(it.key()))
            return Error::invalid(QStringLiteral("sync.unknownColumn"),
                                  tr("Unknown field \"%1\" in \"%2\".").arg(it.key(), table));
    }
    return schema;
}

Result<Hlc> ChangeWriter::writeRecord(const QString &table, const Id &rowId,
                                      const QVariantMap &fields)
{
    auto schema = checkedTable(table, fields, false);
    if (!schema)
        return schema.error();
    if (rowId.isNull())
        return Error::invalid(QStringLiteral("sync.nullId"), tr("A record needs an id."));
    const QString id = rowId.toString();
    // An edit that names no field (a service whose staff alone changed)
    // writes nothing here; there would be no column to select.
    if (fields.isEmpty())
        return Hlc();

    // Keep only the fields whose stored value differs.
    QVariantMap changed;
    {
        const QStringList columns = fields.keys();
        QStringList quoted;
        for (const QString &c : columns)
            quoted << QLatin1Char('"') + c + QLatin1Char('"');
        QSqlQuery &current = statement(
            QStringLiteral("SELECT %1 FROM \"%2\" WHERE id = ?").arg(quoted.join(u','), table));
        current.addBindValue(id);
        if (auto ok = run(current, table); !ok)
            return ok.error();
        if (current.next()) {
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant before = normalized(current.value(i));
                const QVariant after = normalized(fields.value(columns.at(i)));
                if (before != after || before.isValid() != after.isValid())
                    changed.insert(columns.at(i), fields.value(columns.at(i)));
            }
        } else {
            changed = fields;
        }
        current.finish();
    }
    if (changed.isEmpty())
        return Hlc();

    const Hlc hlc = m_clock.now();
    auto applied = applyColumns(**schema, id, changed, FieldVersion { hlc, m_deviceId });
    if (!applied)
        return applied.error();
    if (auto logged = logChange(table, id, "record", hlc, changed); !logged)
        return logged.error();
    return hlc;
}

Result<Hlc> ChangeWriter::deleteRecord(const QString &table, const Id &rowId)
{
    return writeRecord(table, rowId, { { QStringLiteral("deleted"), 1 } });
}

Result<Hlc> ChangeWriter::appendLedger(const QString &table, const Id &rowId,
                                       const QVariantMap &fields)
{
    if (rowId.isNull())
        return Error::invalid(QStringLiteral("sync.nullId"), tr("A ledger fact needs an id."));
    auto inserted = applyLedger(table, rowId.toString(), fields);
    if (!inserted)
        return inserted.error();
    if (!*inserted)
        return Error::conflict(
            QStringLiteral("sync.duplicateFact"),
            tr("A fact with id %1 already exists in \"%2\".").arg(rowId.toString(), table));
    const Hlc hlc = m_clock.now();
    if (auto logged = logChange(table, rowId.toString(), "ledger", hlc, fields); !logged)
        return logged.error();
    return hlc;
}

Result<int> ChangeWriter::applyRecord(const QString &table, const QString &rowId,
                                      const QVariantMap &fields, const FieldVersion &version)
{
    auto schema = checkedTable(table, fields, false);
    if (!schema)
        return schema.error();
    if (Id::fromString(rowId).isNull())
        return Error::invalid(QStringLiteral("sync.nullId"),
                              tr("\"%1\" is not a record id.").arg(rowId));
    return applyColumns(**schema, rowId, fields, version);
}

Result<int> ChangeWriter::applyColumns(const TableSchema &table, const QString &rowId,
                                       const QVariantMap &fields, const FieldVersion &version)
{
    // Per-column last-writer-wins by (HLC, device id).
    QHash<QString, FieldVersion> stored;
    {
        QSqlQuery &versions
            = statement(QStringLiteral("SELECT column_name, hlc, device_id FROM column_versions "
                                       "WHERE table_name = ? AND row_id = ?"));
        versions.bindValue(0, table.name);
        versions.bindValue(1, rowId);
        if (auto ok = run(versions, table.name); !ok)
            return ok.error();
        while (versions.next()) {
            stored.insert(versions.value(0).toString(),
                          FieldVersion {
                              Hlc::fromPacked(static_cast<quint64>(versions.value(1).toLongLong())),
                              versions.value(2).toString() });
        }
    }
    QVarLengthArray<QVariantMap::const_iterator, 16> winners;
    bool anyVersionStored = false;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const auto existing = stored.constFind(it.key());
        const bool known = existing != stored.cend();
        if (MergeRule::incomingWins(known ? std::optional(*existing) : std::nullopt, version)) {
            winners.append(it);
            anyVersionStored = anyVersionStored || known;
        }
    }
    if (winners.isEmpty())
        return 0;

    // The statements of a (table, columns) pair are prepared once and found
    // by a short key: writes repeat the same few shapes, and building their
    // text and finding them by it was a tenth of a write.
    QString shape;
    shape.reserve(table.name.size() + 16 * winners.size());
    shape += table.name;
    for (const auto &winner : winners)
        shape += QLatin1Char('|') + winner.key();
    auto found = m_byShape.find(shape);
    if (found == m_byShape.end())
        found = m_byShape.emplace(shape, prepareShape(table, winners)).first;
    ShapeStatements &statements = found->second;

    QSqlQuery &upsert = statements.rowUpsert;
    upsert.bindValue(0, rowId);
    for (int i = 0; i < winners.size(); ++i)
        upsert.bindValue(i + 1, normalized(winners.at(i).value()));
    if (auto ok = run(upsert, table.name); !ok)
        return ok.error();

    // No winner has a version yet (a new row, or columns never written): an
    // INSERT OR IGNORE, which SQLite runs without the statement journal the
    // upsert of several rows needs (some 5 k instructions a row). Should
    // a version exist after all, fewer rows go in and the upsert below
    // writes them all as before.
    if (!anyVersionStored) {
        QSqlQuery &insert = statements.versionInsert;
        bindVersion(insert, table.name, rowId, version);
        if (auto ok = run(insert, table.name); !ok)
            return ok.error();
        if (insert.numRowsAffected() == winners.size())
            return static_cast<int>(winners.size());
    }
    QSqlQuery &versionWrite = statements.versionUpsert;
    bindVersion(versionWrite, table.name, rowId, version);
    if (auto ok = run(versionWrite, table.name); !ok)
        return ok.error();
    return static_cast<int>(winners.size());
}

void ChangeWriter::bindVersion(QSqlQuery &query, const QString &table, const QString &rowId,
                               const FieldVersion &version)
{
    query.bindValue(0, table);
    query.bindValue(1, rowId);
    query.bindValue(2, static_cast<qlonglong>(version.hlc.packed()));
    query.bindValue(3, version.deviceId);
}

ChangeWriter::ShapeStatements
ChangeWriter::prepareShape(const TableSchema &table,
                           const QVarLengthArray<QVariantMap::const_iterator, 16> &winners) const
{
    QStringList columns { QStringLiteral("\"id\"") };
    QStringList updates;
    QStringList versionRows;
    for (const auto &winner : winners) {
        const QString &c = winner.key();
        columns << QLatin1Char('"') + c + QLatin1Char('"');
        updates << QStringLiteral("\"%1\" = excluded.\"%1\"").arg(c);
        // The column names are literals; they passed checkedTable(), so
        // they are the schema's own identifiers.
        versionRows << QStringLiteral("(?1, ?2, '%1', ?3, ?4)").arg(c);
    }
    const QString upsertSql
        = QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
              .arg(table.name, columns.join(u','), placeholderList(columns.size()),
                   updates.join(u','));
    // All the winners' versions in one statement, the values they share
    // bound once (a statement per column cost about a fifth of a write).
    const QString versionValues
        = QStringLiteral("INTO column_versions (table_name, row_id, column_name, hlc, device_id)"
                         " VALUES %1")
              .arg(versionRows.join(u','));
    // OR IGNORE, not a plain INSERT: with no way to fail half-way, SQLite
    // needs no statement journal for it.
    const QString insertSql = QStringLiteral("INSERT OR IGNORE ") + versionValues;
    const QString versionSql = QStringLiteral("INSERT ") + versionValues
        + QStringLiteral(" ON CONFLICT (table_name, row_id, column_name)"
                         " DO UPDATE SET hlc = excluded.hlc, device_id = excluded.device_id");
    ShapeStatements statements { QSqlQuery(m_database.connection()),
                                 QSqlQuery(m_database.connection()),
                                 QSqlQuery(m_database.connection()) };
    statements.rowUpsert.prepare(upsertSql);
    statements.versionInsert.prepare(insertSql);
    statements.versionUpsert.prepare(versionSql);
    return statements;
}

Result<bool> ChangeWriter::applyLedger(const QString &table, const QString &rowId,
                                       const QVariantMap &fields)
{
    auto schema = checkedTable(table, fields, true);
    if (!schema)
        return schema.error();
    QSqlQuery &exists = statement(QStringLiteral("SELECT 1 FROM \"%1\" WHERE id = ?").arg(table));
    exists.addBindValue(rowId);
    if (auto ok = run(exists, table); !ok)
        return ok.error();
    const bool known = exists.next();
    exists.finish();
    if (known)
        return false;

    QStringList columns { QStringLiteral("\"id\"") };
    const QStringList keys = fields.keys();
    for (const QString &c : keys)
        columns << QLatin1Char('"') + c + QLatin1Char('"');
    const QString placeholders = placeholderList(columns.size());
    QSqlQuery &insert = statement(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                                      .arg(table, columns.join(u','), placeholders));
    insert.addBindValue(rowId);
    for (const QString &c : keys)
        insert.addBindValue(normalized(fields.value(c)));
    if (auto ok = run(insert, table); !ok)
        return ok.error();
    return true;
}

Result<void> ChangeWriter::logChange(const QString &table, const QString &rowId, const char *kind,
                                     Hlc hlc, const QVariantMap &fields)
{
    QJsonObject payload;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        payload.insert(it.key(), toJson(it.value()));
    QSqlQuery &insert = statement(QStringLiteral(
        "INSERT INTO change_log (change_id, table_name, row_id, kind, hlc, device_id, payload)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(Id::generate().toString());
    insert.addBindValue(table);
    insert.addBindValue(rowId);
    insert.addBindValue(QString::fromLatin1(kind));
    insert.addBindValue(static_cast<qlonglong>(hlc.packed()));
    insert.addBindValue(m_deviceId);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    return run(insert, tr("the change log"));
}

} // namespace Balcao
