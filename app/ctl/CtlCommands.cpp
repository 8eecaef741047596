// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlCommands.h"

#include "ChangeOutbox.h"
#include "CtlAccountCommands.h"
#include "CtlClientCommands.h"
#include "CtlContext.h"
#include "CtlProductCommands.h"
#include "CtlReceiptCommands.h"
#include "CtlReturnCommands.h"
#include "CtlSalesCommands.h"
#include "CtlSchedulingCommands.h"
#include "CtlShiftCommands.h"
#include "HttpSyncTransport.h"
#include "Protocol.h"
#include "SyncCredentials.h"
#include "SyncSession.h"
#include "TerminalEnrolment.h"
#include "TerminalJoin.h"
#include "clients/ClientService.h"
#include "common/Money.h"
#include "conflicts/ConflictInbox.h"
#include "devices/DeviceRegistry.h"
#include "locations/LocationService.h"
#include "security/DatabaseKeyProvider.h"
#include "security/KeychainSecretStore.h"
#include "settings/BusinessSetup.h"
#include "settings/DemoSalon.h"
#include "state/StateExporter.h"
#include "storage/ChangeWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSysInfo>
#include <QUrl>

#include <functional>

namespace Balcao::Ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Balcao::Ctl::CtlCommands", text);
}

int runInit(CtlContext &ctx)
{
    BusinessProfile profile;
    const auto business = ctx.takeOption(QStringLiteral("business"));
    const auto location = ctx.takeOption(QStringLiteral("location"));
    const auto timezone = ctx.takeOption(QStringLiteral("timezone"));
    const auto currency = ctx.takeOption(QStringLiteral("currency"));
    profile.locale = ctx.takeOption(QStringLiteral("locale")).value_or(QStringLiteral("pt_BR"));
    profile.deviceName = ctx.takeOption(QStringLiteral("device")).value_or(QString());
    profile.adminLogin = ctx.takeOption(QStringLiteral("admin-login")).value_or(QString());
    const auto adminPasswordFile = ctx.takeOption(QStringLiteral("admin-password-file"));
    const bool demo = ctx.takeFlag(QStringLiteral("demo"));
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (!business || !location || !timezone || !currency)
        return ctx.usage(tr("init needs --db, --business, --location, --timezone and --currency."));
    if (ctx.databasePath().isEmpty())
        return ctx.usage(tr("Give the database with --db PATH."));
    profile.businessName = *business;
    profile.locationName = *location;
    profile.timeZoneId = *timezone;
    profile.currencyCode = *currency;
    if (adminPasswordFile) {
        QFile file(*adminPasswordFile);
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(
                Error::invalid(QStringLiteral("cli.passwordFile"),
                               tr("Cannot read the password file %1.").arg(*adminPasswordFile)));
        profile.adminPassword = QString::fromUtf8(file.readLine(4096)).trimmed();
        if (profile.adminLogin.isEmpty())
            profile.adminLogin = QStringLiteral("admin");
    }

    // Check everything that can be checked before a file is created, so bad
    // input leaves nothing behind.
    if (QFile::exists(ctx.databasePath()))
        return ctx.fail(Error::conflict(QStringLiteral("init.exists"),
                                        tr("%1 already exists; init only creates new databases.")
                                            .arg(QDir::toNativeSeparators(ctx.databasePath()))));
    if (profile.businessName.simplified().isEmpty())
        return ctx.fail(
            Error::invalid(QStringLiteral("setup.nameRequired"), tr("The business needs a name.")));
    if (auto c = Currency::fromCode(profile.currencyCode); !c)
        return ctx.fail(c.error());
    if (auto zone = LocationService::checkTimeZone(profile.timeZoneId); !zone)
        return ctx.fail(zone.error());

    auto secret = ctx.passphrase();
    if (!secret)
        return ctx.fail(secret.error());
    KeychainSecretStore keychain;
    DatabaseKeyProvider keys(keychain);
    auto key = keys.createKey(ctx.databasePath(), *secret);
    if (!key) {
        if (key.error().code == QStringLiteral("key.keychainUnavailable"))
            return ctx.fail(Error::security(key.error().code,
                                            key.error().message + QLatin1Char(' ')
                                                + tr("With balcaoctl: --passphrase-file FILE.")));
        return ctx.fail(key.error());
    }
    const auto cleanUp = [&] {
        QFile::remove(ctx.databasePath());
        QFile::remove(ctx.databasePath() + QStringLiteral("-wal"));
        QFile::remove(ctx.databasePath() + QStringLiteral("-shm"));
        keys.forget(ctx.databasePath());
    };
    std::unique_ptr<LocalStore> store;
    {
        auto opened = LocalStore::open(ctx.databasePath(), *key);
        if (!opened) {
            cleanUp();
            return ctx.fail(opened.error());
        }
        store = std::move(*opened);
    }
    auto done = BusinessSetup(*store).initialise(profile);
    if (!done) {
        store.reset();
        cleanUp();
        return ctx.fail(done.error());
    }
    // The first-run wizard's demo salon (staff, services, this week's
    // agenda, sales): for trying Balcão out and for the package smoke tests.
    if (demo) {
        if (auto seeded = DemoSalon::seed(*store); !seeded) {
            store.reset();
            cleanUp();
            return ctx.fail(seeded.error());
        }
    }
    if (ctx.json()) {
        ctx.print(QJsonObject {
            { QStringLiteral("database"), QFileInfo(ctx.databasePath()).absoluteFilePath() },
            { QStringLiteral("device_id"), store->deviceId() },
            { QStringLiteral("location_id"), done->locationId.toString() },
            { QStringLiteral("cipher_version"), store->database().cipherVersion() },
            { QStringLiteral("key_storage"),
              *secret ? QStringLiteral("passphrase") : QStringLiteral("keychain") } });
    } else {
        ctx.print(tr("Created %1 for \"%2\" (encrypted with SQLCipher %3; key in the %4).")
                      .arg(QDir::toNativeSeparators(ctx.databasePath()),
                           profile.businessName.simplified(), store->database().cipherVersion(),
                           *secret ? tr("passphrase you gave") : tr("system keychain")));
    }
    return 0;
}

int runExport(CtlContext &ctx)
{
    const auto output = ctx.takeOption(QStringLiteral("output"));
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    const QByteArray json = StateExporter((*store)->database()).canonicalJson();
    if (output) {
        QSaveFile file(*output);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) < 0 || !file.commit())
            return ctx.fail(Error::storage(QStringLiteral("cli.writeFailed"),
                                           tr("Cannot write %1.").arg(*output)));
        return 0;
    }
    QTextStream(stdout) << QString::fromUtf8(json) << Qt::endl;
    return 0;
}

int runStateHash(CtlContext &ctx)
{
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    const QString hash = StateExporter((*store)->database()).stateHash();
    ctx.json() ? ctx.print(QJsonObject { { QStringLiteral("state_hash"), hash } })
               : ctx.print(hash);
    return 0;
}

int runChanges(CtlContext &ctx)
{
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    const QList<Change> pending = ChangeOutbox(**store).pending();
    if (ctx.json()) {
        QJsonArray array;
        for (const Change &c : pending)
            array.append(c.toJson());
        ctx.print(array);
    } else {
        for (const Change &c : pending)
            ctx.print(QStringLiteral("%1  %2  %3 %4  %5")
                          .arg(c.seq)
                          .arg(c.hlc.toString(), c.table, c.rowId,
                               QStringList(c.fields.keys()).join(u',')));
    }
    return 0;
}

int runRekey(CtlContext &ctx)
{
    const auto newPassphraseFile = ctx.takeOption(QStringLiteral("new-passphrase-file"));
    const bool toKeychain = ctx.takeFlag(QStringLiteral("to-keychain"));
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (newPassphraseFile.has_value() == toKeychain)
        return ctx.usage(tr("rekey needs either --new-passphrase-file FILE or --to-keychain."));
    std::optional<QString> newPassphrase;
    if (newPassphraseFile) {
        newPassphrase = CtlContext::readSecretLine(*newPassphraseFile);
        if (!newPassphrase)
            return ctx.fail(
                Error::invalid(QStringLiteral("cli.passphraseFile"),
                               tr("Cannot read the passphrase file %1.").arg(*newPassphraseFile)));
    }
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    KeychainSecretStore keychain;
    auto rekeyed = DatabaseKeyProvider(keychain).rekey((*store)->database(), newPassphrase);
    if (!rekeyed)
        return ctx.fail(rekeyed.error());
    ctx.json() ? ctx.print(QJsonObject { { QStringLiteral("rekeyed"), true } })
               : ctx.print(tr("The database key was changed."));
    return 0;
}

int runCheck(CtlContext &ctx)
{
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    const QStringList problems = (*store)->database().integrityCheck();
    const bool ok = problems == QStringList { QStringLiteral("ok") };
    if (ctx.json()) {
        ctx.print(QJsonObject {
            { QStringLiteral("integrity"), ok ? QStringLiteral("ok") : problems.join(u'\n') },
            { QStringLiteral("cipher_version"), (*store)->database().cipherVersion() },
            { QStringLiteral("schema_version"), (*store)->database().schemaVersion() },
            { QStringLiteral("device_id"), (*store)->deviceId() },
            { QStringLiteral("pending_changes"), ChangeOutbox(**store).pendingCount() } });
    } else {
        ctx.print(ok ? tr("Integrity: ok")
                     : tr("Integrity problems:\n%1").arg(problems.join(u'\n')));
        ctx.print(tr("SQLCipher %1, schema %2")
                      .arg((*store)->database().cipherVersion())
                      .arg((*store)->database().schemaVersion()));
    }
    return ok ? 0 : 1;
}

// Joins this terminal to a business on a server. On a path with no database
// yet it creates one and fills it from the server's current state, as a new
// terminal at the front desk would.
int runEnroll(CtlContext &ctx)
{
    const auto server = ctx.takeOption(QStringLiteral("server"));
    const auto code = ctx.takeOption(QStringLiteral("code"));
    const QString deviceName
        = ctx.takeOption(QStringLiteral("device")).value_or(QSysInfo::machineHostName());
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (!server || !code || ctx.databasePath().isEmpty())
        return ctx.usage(tr("enroll needs --db, --server and --code."));
    auto url = TerminalEnrolment::parseServer(*server);
    if (!url)
        return ctx.fail(url.error());

    KeychainSecretStore keychain;
    std::unique_ptr<LocalStore> store;
    TerminalEnrolment::Outcome outcome;
    if (!QFile::exists(ctx.databasePath())) {
        auto secret = ctx.passphrase();
        if (!secret)
            return ctx.fail(secret.error());
        // Once the server has taken the code the new database stays, and
        // "balcaoctl sync" finishes whatever the bootstrap did not get to.
        TerminalJoin::Request request;
        request.databasePath = ctx.databasePath();
        request.passphrase = *secret;
        request.server = *url;
        request.code = *code;
        request.deviceName = deviceName;
        request.onFailure = TerminalJoin::OnFailure::KeepOnceEnrolled;
        auto joined = TerminalJoin(keychain).join(request);
        if (!joined)
            return ctx.fail(joined.error());
        store = std::move(joined->store);
        outcome = joined->outcome;
    } else {
        auto opened = ctx.openStore();
        if (!opened)
            return ctx.fail(opened.error());
        store = std::move(*opened);
        auto enrolled = TerminalEnrolment(*store, keychain).enrol(*url, *code, deviceName, false);
        if (!enrolled)
            return ctx.fail(enrolled.error());
        outcome = *enrolled;
    }
    if (ctx.json()) {
        ctx.print(QJsonObject { { QStringLiteral("device_id"), store->deviceId() },
                                { QStringLiteral("business_id"), outcome.businessId },
                                { QStringLiteral("bootstrapped_rows"), outcome.bootstrappedRows },
                                { QStringLiteral("pushed"), outcome.report.pushed },
                                { QStringLiteral("pulled"), outcome.report.pulled } });
    } else {
        ctx.print(tr("Enrolled as device %1; %2 rows from the server, %3 changes sent.")
                      .arg(store->deviceId())
                      .arg(outcome.bootstrappedRows)
                      .arg(outcome.report.pushed));
    }
    return 0;
}

int runSync(CtlContext &ctx)
{
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    KeychainSecretStore keychain;
    auto credentials = SyncCredentials(**store, keychain).load();
    if (!credentials)
        return ctx.fail(credentials.error());
    HttpSyncTransport transport(credentials->server, credentials->token, Protocol::schemaVersion());
    auto report = SyncSession(**store, transport).run();
    if (!report)
        return ctx.fail(report.error());
    const int pending = ChangeOutbox(**store).pendingCount();
    const int conflicts = static_cast<int>(ConflictInbox(**store).open().size());
    if (ctx.json()) {
        ctx.print(QJsonObject { { QStringLiteral("pushed"), report->pushed },
                                { QStringLiteral("pulled"), report->pulled },
                                { QStringLiteral("applied"), report->applied },
                                { QStringLiteral("pending"), pending },
                                { QStringLiteral("open_conflicts"), conflicts } });
    } else {
        ctx.print(tr("Sent %1 and received %2 changes; %3 waiting, %4 open conflicts.")
                      .arg(report->pushed)
                      .arg(report->pulled)
                      .arg(pending)
                      .arg(conflicts));
    }
    return 0;
}

int runConflicts(CtlContext &ctx)
{
    const QString action = ctx.takePositional();
    if (action == QStringLiteral("list")) {
        if (auto rest = ctx.expectNoMore(); !rest)
            return ctx.usage(rest.error().message);
        auto store = ctx.openStore();
        if (!store)
            return ctx.fail(store.error());
        ConflictInbox inbox(**store);
        QJsonArray array;
        for (const Conflict &c : inbox.open()) {
            QJsonArray subjects;
            for (const QString &id : c.subjectIds)
                subjects.append(id);
            QJsonArray resolutions;
            for (const QString &r : inbox.resolutions(c))
                resolutions.append(r);
            if (ctx.json()) {
                array.append(QJsonObject { { QStringLiteral("id"), c.id.toString() },
                                           { QStringLiteral("kind"), c.kind },
                                           { QStringLiteral("subject_table"), c.subjectTable },
                                           { QStringLiteral("subject_ids"), subjects },
                                           { QStringLiteral("facts"), c.facts },
                                           { QStringLiteral("resolutions"), resolutions } });
            } else {
                ctx.print(QStringLiteral("%1  %2  %3")
                              .arg(c.id.toString(), c.kind,
                                   QString::fromUtf8(
                                       QJsonDocument(c.facts).toJson(QJsonDocument::Compact))));
            }
        }
        if (ctx.json())
            ctx.print(array);
        return 0;
    }
    if (action == QStringLiteral("resolve")) {
        const auto id = ctx.takeOption(QStringLiteral("id"));
        const auto resolution = ctx.takeOption(QStringLiteral("resolution"));
        if (auto rest = ctx.expectNoMore(); !rest)
            return ctx.usage(rest.error().message);
        if (!id || !resolution)
            return ctx.usage(tr("conflicts resolve needs --id and --resolution."));
        const Id conflictId = Id::fromString(*id);
        if (conflictId.isNull())
            return ctx.fail(Error::invalid(QStringLiteral("cli.badId"),
                                           tr("\"%1\" is not a conflict id.").arg(*id)));
        auto store = ctx.openStore();
        if (!store)
            return ctx.fail(store.error());
        if (auto resolved = ConflictInbox(**store).resolve(conflictId, *resolution); !resolved)
            return ctx.fail(resolved.error());
        ctx.json() ? ctx.print(
            QJsonObject { { QStringLiteral("id"), *id }, { QStringLiteral("resolved"), true } })
                   : ctx.print(tr("Conflict %1 resolved.").arg(*id));
        return 0;
    }
    return ctx.usage(tr("Unknown conflicts command \"%1\": use list or resolve.").arg(action));
}

// A read-only SQL shell over the decrypted database, for admins and support:
// `query_only` makes any write fail, so it cannot bypass the change log.
int runSql(CtlContext &ctx)
{
    const QString sql = ctx.takePositional();
    if (auto rest = ctx.expectNoMore(); !rest)
        return ctx.usage(rest.error().message);
    if (sql.trimmed().isEmpty())
        return ctx.usage(
            tr("sql needs a query, e.g. balcaoctl sql \"SELECT count(*) FROM clients\"."));
    auto store = ctx.openStore(Database::OpenMode::ReadOnly);
    if (!store)
        return ctx.fail(store.error());
    QSqlQuery query((*store)->database().connection());
    query.exec(QStringLiteral("PRAGMA query_only = ON"));
    if (!query.exec(sql))
        return ctx.fail(
            Error::invalid(QStringLiteral("cli.sqlFailed"), query.lastError().databaseText()));
    QJsonArray rows;
    while (query.next()) {
        const QSqlRecord record = query.record();
        if (ctx.json()) {
            QJsonObject row;
            for (int i = 0; i < record.count(); ++i)
                row.insert(record.fieldName(i), ChangeWriter::toJson(query.value(i)));
            rows.append(row);
        } else {
            QStringList cells;
            for (int i = 0; i < record.count(); ++i)
                cells << query.value(i).toString();
            ctx.print(cells.join(u'\t'));
        }
    }
    if (ctx.json())
        ctx.print(rows);
    return 0;
}

} // namespace

QString CtlCommands::helpText()
{
    // Checkout's lines follow the agenda's in one placeholder, so the
    // translated frame around them stays the same.
    const QString agendaAndCheckout = CtlSchedulingCommands::helpText()
        + CtlProductCommands::helpText() + CtlSalesCommands::helpText()
        + CtlReturnCommands::helpText() + CtlAccountCommands::helpText()
        + CtlShiftCommands::helpText() + CtlReceiptCommands::helpText();
    return tr("Usage: balcaoctl COMMAND [options]\n"
              "\n"
              "Commands:\n"
              "  init --db PATH --business NAME --location NAME --timezone TZ --currency CODE\n"
              "       [--locale pt_BR] [--device NAME] [--admin-login LOGIN --admin-password-file "
              "FILE]\n"
              "       [--demo]                a demo salon: staff, services, this week's agenda, "
              "sales\n"
              "%1"
              "%2"
              "  export [--output FILE]     the whole logical state, canonical JSON\n"
              "  state-hash                 SHA-256 of that state\n"
              "  changes                    the pending change log (outbox)\n"
              "  rekey (--new-passphrase-file FILE | --to-keychain)\n"
              "  check                      integrity, cipher and schema versions\n"
              "  sql QUERY                  run a read-only SQL query on the decrypted database\n"
              "  enroll --server URL --code CODE [--device NAME]\n"
              "                             join a business on a server (creates and fills --db "
              "when "
              "new)\n"
              "  sync                       send pending changes and receive the others'\n"
              "  conflicts list             open conflicts with their facts and resolutions\n"
              "  conflicts resolve --id ID --resolution R\n"
              "\n"
              "Options for every command:\n"
              "  --db PATH                  the database file\n"
              "  --passphrase-file FILE     read the passphrase from FILE (- for standard input);\n"
              "                             without it the key comes from the system keychain\n"
              "  --json                     machine-readable output (errors too, on stderr)\n"
              "\n"
              "  balcaoctl --version        print the version\n")
        .arg(CtlClientCommands::helpText(), agendaAndCheckout);
}

int CtlCommands::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CtlContext ctx(arguments, out, err);
    if (arguments == QStringList { QStringLiteral("--version") }) {
        out << QStringLiteral("balcaoctl %1").arg(QCoreApplication::applicationVersion())
            << Qt::endl;
        return 0;
    }
    if (ctx.takeFlag(QStringLiteral("help")) || ctx.remaining().isEmpty()) {
        out << helpText();
        return ctx.remaining().isEmpty() ? 0 : 0;
    }
    const QString command = ctx.takePositional();
    static const QHash<QString, std::function<int(CtlContext &)>> commands = {
        { QStringLiteral("init"), runInit },
        { QStringLiteral("client"), CtlClientCommands::run },
        { QStringLiteral("export"), runExport },
        { QStringLiteral("state-hash"), runStateHash },
        { QStringLiteral("changes"), runChanges },
        { QStringLiteral("rekey"), runRekey },
        { QStringLiteral("check"), runCheck },
        { QStringLiteral("sql"), runSql },
        { QStringLiteral("enroll"), runEnroll },
        { QStringLiteral("sync"), runSync },
        { QStringLiteral("conflicts"), runConflicts },
        { QStringLiteral("service"), CtlSchedulingCommands::runService },
        { QStringLiteral("staff"), CtlSchedulingCommands::runStaff },
        { QStringLiteral("appointment"), CtlSchedulingCommands::runAppointment },
        { QStringLiteral("availability"), CtlSchedulingCommands::runAvailability },
        { QStringLiteral("tax"), CtlProductCommands::runTax },
        { QStringLiteral("product"), CtlProductCommands::runProduct },
        { QStringLiteral("stock"), CtlProductCommands::runStock },
        { QStringLiteral("sale"), CtlSalesCommands::run },
        { QStringLiteral("return"), CtlReturnCommands::runReturn },
        { QStringLiteral("exchange"), CtlReturnCommands::runExchange },
        { QStringLiteral("account"), CtlAccountCommands::run },
        { QStringLiteral("shift"), CtlShiftCommands::runShift },
        { QStringLiteral("drawer"), CtlShiftCommands::runDrawer },
        { QStringLiteral("receipt"), CtlReceiptCommands::run },
    };
    const auto it = commands.constFind(command);
    if (it == commands.cend())
        return ctx.usage(tr("Unknown command \"%1\". Run balcaoctl --help.").arg(command));
    return (*it)(ctx);
}

} // namespace Balcao::Ctl
