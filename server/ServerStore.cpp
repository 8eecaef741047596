// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerStore.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcStore, "balcaod.store", QtInfoMsg)

namespace Balcao::Server {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("balcaod-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Tables of the server. Businesses own everything else; each query filters
// by the business of the authenticated device.
const QStringList &schemaStatements()
{
    static const QStringList statements = {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        // last_seq is the business's change counter; updating it locks the
        // business row, which serialises pushes of one business so that server
        // sequence numbers commit in order and a puller can never skip one.
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS businesses (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
            " created_at BIGINT NOT NULL, last_seq BIGINT NOT NULL DEFAULT 0)"),
        // Codes and tokens are stored only as SHA-256 hashes.
        QStringLiteral("CREATE TABLE IF NOT EXISTS enrolment_codes (code_hash TEXT PRIMARY KEY,"
                       " business_id TEXT NOT NULL REFERENCES businesses (id),"
                       " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, used_at BIGINT)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY,"
            " business_id TEXT NOT NULL REFERENCES businesses (id), name TEXT NOT NULL,"
            " token_hash TEXT NOT NULL UNIQUE, enrolled_at BIGINT NOT NULL, revoked_at BIGINT)"),
        // One answer per (device, client batch id): a retried push gets it back.
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS batches (device_id TEXT NOT NULL REFERENCES devices (id),"
            " batch_id TEXT NOT NULL, request_hash TEXT NOT NULL, response TEXT NOT NULL,"
            " received_at BIGINT NOT NULL, PRIMARY KEY (device_id, batch_id))"),
        // The ledger of every change once, in server order (the pull cursor).
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS changes (business_id TEXT NOT NULL REFERENCES businesses "
            "(id),"
            " seq BIGINT NOT NULL, change_id TEXT NOT NULL, device_id TEXT NOT NULL,"
            " table_name TEXT NOT NULL, row_id TEXT NOT NULL, kind TEXT NOT NULL, hlc TEXT NOT "
            "NULL,"
            " origin_seq BIGINT NOT NULL, fields TEXT NOT NULL, received_at BIGINT NOT NULL,"
            " PRIMARY KEY (business_id, seq), UNIQUE (business_id, change_id))"),
        // The merged current state: one row per synced row, its values and
        // the version of each column, as JSON (the wire format of bootstrap).
        QStringLiteral("CREATE TABLE IF NOT EXISTS state_rows (business_id TEXT NOT NULL "
                       "REFERENCES businesses (id),"
                       " table_name TEXT NOT NULL, row_id TEXT NOT NULL, kind TEXT NOT NULL,"
                       " fields TEXT NOT NULL, versions TEXT NOT NULL,"
                       " PRIMARY KEY (business_id, table_name, row_id))"),
    };
    return statements;
}

} // namespace

ServerStore::~ServerStore()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

Error ServerStore::failure(const QString &what) const
{
    // The driver's text stays in the server log; callers see a stable code.
    qCWarning(lcStore) << "database failure:" << what << m_db.lastError().text();
    return Error::storage(QStringLiteral("server.storage"),
                          tr("The server's database failed to %1.").arg(what));
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const StoreLocation &location)
{
    std::unique_ptr<ServerStore> store(new ServerStore);
    store->m_connectionName = nextConnectionName();
    store->m_postgres = location.isPostgres();

    if (store->m_postgres) {
        const QUrl url(location.postgresUri, QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QStringLiteral("postgresql")
                && url.scheme() != QStringLiteral("postgres"))) {
            return Error::invalid(
                QStringLiteral("server.badPostgresUri"),
                tr("The PostgreSQL URI must look like postgresql://user@host:port/database."));
        }
        store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->m_connectionName);
        store->m_db.setUserName(url.userName());
        store->m_db.setPassword(url.password());
        store->m_db.setHostName(url.host());
        if (url.port() > 0)
            store->m_db.setPort(url.port());
        store->m_db.setDatabaseName(url.path().mid(1));
        // libpq keywords in the query string: host=/socket/dir, sslmode=…
        QStringList options;
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &[name, value] : items) {
            if (name == QStringLiteral("host"))
                store->m_db.setHostName(value);
            else
                options << name + QLatin1Char('=') + value;
        }
        store->m_db.setConnectOptions(options.join(u';'));
        // Never the password: this line goes to the log.
        store->m_description
            = QStringLiteral("PostgreSQL database \"%1\" on %2")
                  .arg(store->m_db.databaseName(),
                       store->m_db.hostName().isEmpty() ? QStringLiteral("the local socket")
                                                        : store->m_db.hostName());
    } else {
        if (!QDir().mkpath(location.dataDir)) {
            return Error::storage(QStringLiteral("server.dataDir"),
                                  tr("Cannot create the data directory %1.").arg(location.dataDir));
        }
        const QString file
            = QDir(location.dataDir).absoluteFilePath(QStringLiteral("balcaod.sqlite"));
        store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
        store->m_db.setDatabaseName(file);
        store->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        store->m_description = QStringLiteral("SQLite database %1").arg(file);
    }

    if (!store->m_db.open()) {
        qCWarning(lcStore) << "cannot open" << store->m_description
                           << store->m_db.lastError().text();
        return Error::storage(
            QStringLiteral("server.openFailed"),
            tr("Cannot open the %1: %2").arg(store->m_description, store->m_db.lastError().text()));
    }

    if (!store->m_postgres) {
        // WAL lets readers run beside the writer; FULL sync makes an
        // acknowledged batch survive a power cut, not only a crash.
        for (const QString &pragma : { QStringLiteral("PRAGMA journal_mode = WAL"),
                                       QStringLiteral("PRAGMA synchronous = FULL"),
                                       QStringLiteral("PRAGMA foreign_keys = ON") }) {
            if (auto ok = store->run(pragma); !ok)
                return ok.error();
        }
        // Token hashes and business data: readable by the server's user only.
        QFile::setPermissions(store->m_db.databaseName(), QFile::ReadOwner | QFile::WriteOwner);
    }

    if (auto migrated = store->migrate(); !migrated)
        return migrated.error();
    return store;
}

Result<QSqlQuery> ServerStore::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // PostgreSQL cannot PREPARE DDL: statements without values run directly.
    if (values.isEmpty()) {
        if (!query.exec(sql)) {
            qCWarning(lcStore) << "query failed:" << sql << query.lastError().text();
            return Error::storage(QStringLiteral("server.storage"),
                                  tr("The server's database refused a query."));
        }
        return query;
    }
    if (!query.prepare(sql)) {
        qCWarning(lcStore) << "prepare failed:" << sql << query.lastError().text();
        return Error::storage(QStringLiteral("server.storage"),
                              tr("The server's database refused a query."));
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcStore) << "query failed:" << sql << query.lastError().text();
        return Error::storage(QStringLiteral("server.storage"),
                              tr("The server's database refused a query."));
    }
    return query;
}

Result<void> ServerStore::migrate()
{
    return transact([&]() -> Result<void> {
        for (const QString &statement : schemaStatements()) {
            if (auto ok = run(statement); !ok)
                return ok.error();
        }
        auto current = run(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema'"));
        if (!current)
            return current.error();
        if (current->next()) {
            const int found = current->value(0).toInt();
            if (found > kSchemaVersion) {
                return Error::unsupported(
                    QStringLiteral("server.schemaTooNew"),
                    tr("The database was written by a newer balcaod (schema %1; this one "
                       "knows %2). Update balcaod.")
                        .arg(found)
                        .arg(kSchemaVersion));
            }
            return {};
        }
        current->finish();
        auto written
            = run(QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('schema', ?)"),
                  { QString::number(kSchemaVersion) });
        if (!written)
            return written.error();
        return {};
    });
}

} // namespace Balcao::Server
