// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Hlc.h"
#include "common/Id.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVarLengthArray>
#include <QVariantMap>

#include <unordered_map>

namespace Balcao {

class Database;
struct TableSchema;

// The one path every mutation of synced data takes. In the caller's
// transaction it writes the row, the version of each column it changed
// (HLC + device id) and, for local changes, one change-log entry: the outbox
// sync ships. Remote changes come in through apply*(), which run the same
// per-column last-writer-wins rule and write no outbox entry.
class ChangeWriter
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ChangeWriter)
public:
    ChangeWriter(Database &database, QString deviceId, HlcClock &clock);

    // Sets the given fields of a record. Fields whose value does not change
    // are left alone, so an edit form that saves every field cannot overwrite
    // a concurrent edit of another field. Returns the stamp used, or a null
    // Hlc when nothing changed.
    Result<Hlc> writeRecord(const QString &table, const Id &rowId, const QVariantMap &fields);
    // A tombstone: the row stays (and syncs), flagged deleted.
    Result<Hlc> deleteRecord(const QString &table, const Id &rowId);
    // Inserts an immutable fact. A second insert of the same id is an error.
    Result<Hlc> appendLedger(const QString &table, const Id &rowId, const QVariantMap &fields);

    // Applies fields stamped elsewhere; returns how many columns won.
    Result<int> applyRecord(const QString &table, const QString &rowId, const QVariantMap &fields,
                            const FieldVersion &version);
    // Inserts a fact unless its id exists; returns whether it was new.
    Result<bool> applyLedger(const QString &table, const QString &rowId, const QVariantMap &fields);

    const QString &deviceId() const { return m_deviceId; }

    // Values as stored: integers as qlonglong, text as QString, NULL invalid.
    static QVariant normalized(const QVariant &value);
    static QJsonValue toJson(const QVariant &value);
    static QVariant fromJson(const QJsonValue &value);

private:
    Result<const TableSchema *> checkedTable(const QString &table, const QVariantMap &fields,
                                             bool ledger) const;
    Result<int> applyColumns(const TableSchema &table, const QString &rowId,
                             const QVariantMap &fields, const FieldVersion &version);
    Result<void> logChange(const QString &table, const QString &rowId, const char *kind, Hlc hlc,
                           const QVariantMap &fields);
    Result<void> run(QSqlQuery &query, const QString &what);
    QSqlQuery &statement(const QString &sql);

    // The writes of one (table, winning columns) shape.
    struct ShapeStatements
    {
        QSqlQuery rowUpsert;
        QSqlQuery versionInsert; // when none of the columns has a version yet
        QSqlQuery versionUpsert;
    };
    ShapeStatements
    prepareShape(const TableSchema &table,
                 const QVarLengthArray<QVariantMap::const_iterator, 16> &winners) const;
    static void bindVersion(QSqlQuery &query, const QString &table, const QString &rowId,
                            const FieldVersion &version);

    Database &m_database;
    QString m_deviceId;
    HlcClock &m_clock;
    QHash<QString, QSqlQuery> m_statements;
    // Key: the table and the columns, '|'-separated.
    std::unordered_map<QString, ShapeStatements> m_byShape;
};

} // namespace Balcao
