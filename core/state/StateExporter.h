// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace Balcao {

class Database;

// The whole logical state of a business in a canonical form: every synced
// table by name, rows by id, columns by name, tombstoned rows included.
// Versions, the change log and local bookkeeping are not part of it, so two
// terminals with the same data produce the same bytes and the same hash.
class StateExporter
{
public:
    explicit StateExporter(Database &database);
    QJsonObject exportState() const;
    QByteArray canonicalJson() const;
    // SHA-256 of canonicalJson(), in hex.
    QString stateHash() const;

private:
    Database &m_database;
};

} // namespace Balcao
