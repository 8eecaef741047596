// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataGenerator.h"
#include "EntityPlan.h"
#include "PersonFactory.h"
#include "clients/ClientService.h"
#include "state/StateExporter.h"
#include "storage/LocalStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Bench;

class TestBenchSmoke : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseKey m_key = DatabaseKey::generate();

    QString generate(const QString &name, quint64 seed, double scale)
    {
        const QString path = m_dir.filePath(name);
        auto outcome = DataGenerator(GeneratorOptions { seed, scale, 40 }).generate(path, m_key);
        if (!outcome)
            qFatal("generate: %s", qPrintable(outcome.error().message));
        return path;
    }

    std::unique_ptr<LocalStore> open(const QString &path)
    {
        LocalStore::Options options;
        options.mode = Database::OpenMode::MustExist;
        auto store = LocalStore::open(path, m_key, options);
        if (!store)
            qFatal("open: %s", qPrintable(store.error().message));
        return std::move(*store);
    }

    static qint64 scalar(LocalStore &store, const QString &sql)
    {
        QSqlQuery query(store.database().connection());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

private slots:
    void planHasTheScaleOneCounts()
    {
        QMap<QString, qint64> counts;
        for (const EntitySpec &spec : entityPlan())
            counts.insert(QString::fromLatin1(spec.name), scaledCount(spec, 1.0));
        QCOMPARE(counts.value(QStringLiteral("locations")), 3);
        QCOMPARE(counts.value(QStringLiteral("staff")), 30);
        QCOMPARE(counts.value(QStringLiteral("clients")), 100'000);
        QCOMPARE(counts.value(QStringLiteral("appointments")), 1'000'000);
        QCOMPARE(counts.value(QStringLiteral("products")), 300);
        QCOMPARE(counts.value(QStringLiteral("sales")), 300'000);
        // A tiny scale keeps at least one location and one staff member.
        for (const EntitySpec &spec : entityPlan())
            QVERIFY(scaledCount(spec, 0.0001) >= spec.minimum);
    }

    void peopleAreValidInput()
    {
        PersonFactory factory(1, "test");
        static const QRegularExpression mobile(QStringLiteral("^\\+55 \\d\\d 9\\d{4}-\\d{4}$"));
        QSet<QString> phones;
        for (int i = 0; i < 2000; ++i) {
            const Person p = factory.client();
            QVERIFY2(ClientService::cleanName(p.name).ok(), qPrintable(p.name));
            if (!p.phone.isEmpty()) {
                QVERIFY2(mobile.match(p.phone).hasMatch(), qPrintable(p.phone));
                QVERIFY(ClientService::cleanPhone(p.phone).ok());
                QVERIFY2(!phones.contains(p.phone), qPrintable(p.phone));
                phones.insert(p.phone);
            }
            if (!p.email.isEmpty())
                QVERIFY2(ClientService::cleanEmail(p.email).ok(), qPrintable(p.email));
            QVERIFY(ClientService::cleanNotes(p.notes).ok());
        }
        QVERIFY(phones.size() > 1800); // almost everyone leaves a phone
    }

    void tinyScaleHasTheCountsAndTheirVersions()
    {
        const QString path = m_dir.filePath(QStringLiteral("counts.db"));
        auto outcome = DataGenerator(GeneratorOptions { 42, 0.001, 40 }).generate(path, m_key);
        QVERIFY2(outcome.ok(), outcome ? "" : qPrintable(outcome.error().message));
        QMap<QString, EntityOutcome> byName;
        for (const EntityOutcome &e : outcome->entities)
            byName.insert(e.name, e);
        QCOMPARE(byName.value(QStringLiteral("clients")).generated, 100);
        QCOMPARE(byName.value(QStringLiteral("locations")).generated, 1);
        QCOMPARE(byName.value(QStringLiteral("staff")).generated, 1);
        QCOMPARE(byName.value(QStringLiteral("appointments")).generated, 1000);
        QVERIFY(byName.value(QStringLiteral("appointments")).pendingNote.isEmpty());
        QCOMPARE(byName.value(QStringLiteral("products")).generated, 10);
        QCOMPARE(byName.value(QStringLiteral("sales")).generated, 300);

        auto store = open(path);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM clients WHERE deleted = 0")),
                 100);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM locations")), 1);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM staff")), 1);
        // Written like real use: six versioned columns and one outbox entry per client.
        QCOMPARE(scalar(*store,
                        QStringLiteral(
                            "SELECT count(*) FROM column_versions WHERE table_name = 'clients'")),
                 600);
        QCOMPARE(
            scalar(*store,
                   QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'clients'")),
            100);
        // Creation dates follow the simulated calendar, not the machine's.
        QCOMPARE(scalar(*store,
                        QStringLiteral("SELECT min(created_at) >= %1 FROM clients")
                            .arg(DataGenerator::kStartMsecs)),
                 1);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(DISTINCT created_at) FROM clients")),
                 100);

        // Sales went through checkout: numbered, paid in full, each fact in
        // the outbox, spread over the past, and stock received before it
        // ran out.
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(DISTINCT number) FROM sales")), 300);
        QCOMPARE(
            scalar(*store,
                   QStringLiteral("SELECT count(*) FROM sales s WHERE total_minor <> (SELECT "
                                  "sum(amount_minor) FROM payments p WHERE p.sale_id = s.id)")),
            0);
        QCOMPARE(scalar(*store,
                        QStringLiteral("SELECT count(*) FROM sales s WHERE NOT EXISTS "
                                       "(SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)")),
                 0);
        QCOMPARE(
            scalar(*store,
                   QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'sales'")),
            300);
        QCOMPARE(scalar(*store,
                        QStringLiteral("SELECT count(*) FROM (SELECT sum(quantity) AS q "
                                       "FROM stock_movements GROUP BY product_id, "
                                       "location_id) WHERE q < 0")),
                 0);
        QVERIFY(scalar(*store,
                       QStringLiteral("SELECT count(*) FROM stock_movements WHERE kind = "
                                      "'receipt'"))
                > 0);
        QVERIFY(scalar(*store, QStringLiteral("SELECT count(DISTINCT at / 86400000) FROM sales"))
                > 30);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM product_barcodes")), 10);
    }

    // Regression: the agenda was laid out at twice the pace the day layout
    // really fills, so half of the appointments (each with three reminder
    // rows) lay months ahead of "now" instead of the planned month.
    void appointmentsEndAboutAMonthAhead()
    {
        const QString path = generate(QStringLiteral("agenda.db"), 42, 0.001);
        auto store = open(path);
        // A visit ahead was created the day before "now", one in the past
        // the day before it took place, so the latest creation is "now" - 1 day.
        const qint64 now
            = scalar(*store, QStringLiteral("SELECT max(created_at) FROM appointments")) + 86400000;
        const qint64 last
            = scalar(*store, QStringLiteral("SELECT max(starts_at) FROM appointments"));
        const double daysAhead = double(last - now) / 86400000.0;
        QVERIFY2(daysAhead > 28 && daysAhead < 31, qPrintable(QString::number(daysAhead)));
        const qint64 ahead = scalar(
            *store,
            QStringLiteral("SELECT count(*) FROM appointments WHERE starts_at >= %1").arg(now));
        const qint64 all = scalar(*store, QStringLiteral("SELECT count(*) FROM appointments"));
        QVERIFY2(ahead > 0 && ahead < all / 3,
                 qPrintable(QStringLiteral("%1 of %2").arg(ahead).arg(all)));
        // Reminders only for the visits ahead.
        QCOMPARE(scalar(*store,
                        QStringLiteral("SELECT count(*) FROM reminders r JOIN appointments a ON"
                                       " a.id = r.appointment_id WHERE a.starts_at < %1")
                            .arg(now)),
                 0);
    }

    void sameSeedGivesTheSameState()
    {
        const QString a = generate(QStringLiteral("a.db"), 7, 0.001);
        const QString b = generate(QStringLiteral("b.db"), 7, 0.001);
        const QString c = generate(QStringLiteral("c.db"), 8, 0.001);
        auto storeA = open(a);
        auto storeB = open(b);
        auto storeC = open(c);
        const QString hashA = StateExporter(storeA->database()).stateHash();
        QCOMPARE(StateExporter(storeB->database()).stateHash(), hashA);
        QVERIFY(StateExporter(storeC->database()).stateHash() != hashA);
        // Ids are part of that state: the seeded id source made them.
        QCOMPARE(storeA->deviceId(), storeB->deviceId());
    }

    void generatorLeavesIdsRandomAfterwards()
    {
        generate(QStringLiteral("ids.db"), 9, 0.001);
        // The seeded source is uninstalled: ids come from the system again.
        QVERIFY(Id::generate() != Id::generate());
        QVERIFY(Id::generate().timestampMsecs()
                > DataGenerator::kStartMsecs + 365LL * 24 * 3600 * 1000);
    }

    void runnerPrintsOneJsonObject()
    {
        QProcess bench;
        bench.start(QStringLiteral(BALCAO_BENCH_EXECUTABLE),
                    { QStringLiteral("--scale"), QStringLiteral("0.001"), QStringLiteral("--seed"),
                      QStringLiteral("3"), QStringLiteral("--inserts"), QStringLiteral("10"),

                      QStringLiteral("--batched-inserts"), QStringLiteral("20"),
                      QStringLiteral("--batch"), QStringLiteral("10"), QStringLiteral("--warmup"),
                      QStringLiteral("2"), QStringLiteral("--opens"), QStringLiteral("2"),
                      QStringLiteral("--checkout-runs"), QStringLiteral("20"),
                      QStringLiteral("--dir"), m_dir.path() });
        QVERIFY(bench.waitForFinished(120'000));
        const QByteArray err = bench.readAllStandardError();
        QCOMPARE(bench.exitCode(), 0);
        QVERIFY2(!err.isEmpty(), "progress goes to stderr");
        QJsonParseError parseError;
        const QJsonDocument doc
            = QJsonDocument::fromJson(bench.readAllStandardOutput(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        const QJsonObject json = doc.object();

        const QJsonObject parameters = json.value(QStringLiteral("parameters")).toObject();
        QCOMPARE(parameters.value(QStringLiteral("seed")).toInteger(), 3);
        QCOMPARE(parameters.value(QStringLiteral("scale")).toDouble(), 0.001);
        const QJsonObject environment = json.value(QStringLiteral("environment")).toObject();
        for (const char *key : { "sqlcipher_version", "sqlite_version", "build_type", "cpu_model" })
            QVERIFY2(!environment.value(QLatin1String(key)).toString().isEmpty(), key);
        QVERIFY(environment.value(QStringLiteral("cores")).toInt() >= 1);

        const QJsonObject generation = json.value(QStringLiteral("generation")).toObject();
        for (const char *key :
             { "seconds", "entities_per_second", "rows_per_second", "rows_written" })
            QVERIFY2(generation.value(QLatin1String(key)).isDouble(), key);
        QCOMPARE(generation.value(QStringLiteral("entities")).toArray().size(),
                 qsizetype(entityPlan().size()));
        QCOMPARE(generation.value(QStringLiteral("tables"))
                     .toObject()
                     .value(QStringLiteral("clients"))
                     .toInteger(),
                 100);

        const QJsonObject open = json.value(QStringLiteral("open")).toObject();
        QCOMPARE(open.value(QStringLiteral("runs")).toInt(), 2);
        QVERIFY(open.value(QStringLiteral("median_ms")).isDouble());

        const QJsonObject inserts = json.value(QStringLiteral("client_insert")).toObject();
        for (const QString &mode :
             { QStringLiteral("per_transaction"), QStringLiteral("batched") }) {
            const QJsonObject m = inserts.value(mode).toObject();
            QVERIFY2(m.value(QStringLiteral("ratio_service_to_raw")).isDouble(), qPrintable(mode));
            for (const QString &side : { QStringLiteral("service"), QStringLiteral("raw") }) {
                const QJsonObject s = m.value(side).toObject();
                for (const char *key : { "mean_us", "p50_us", "p99_us", "inserts_per_second" })
                    QVERIFY2(s.value(QLatin1String(key)).isDouble(),
                             qPrintable(mode + u' ' + side + u' ' + QLatin1String(key)));
            }
            // Both sides wrote the same rows: the comparison is like for like.
            const QJsonObject serviceRows = m.value(QStringLiteral("service"))
                                                .toObject()
                                                .value(QStringLiteral("rows_written"))
                                                .toObject();
            const QJsonObject rawRows = m.value(QStringLiteral("raw"))
                                            .toObject()
                                            .value(QStringLiteral("rows_written"))
                                            .toObject();
            QCOMPARE(serviceRows, rawRows);
            QCOMPARE(serviceRows.value(QStringLiteral("column_versions")).toInteger(),
                     6 * serviceRows.value(QStringLiteral("clients")).toInteger());
        }
        const QJsonObject scheduling = json.value(QStringLiteral("scheduling")).toObject();
        QCOMPARE(scheduling.value(QStringLiteral("appointments")).toInteger(), 1000);
        for (const char *figure : { "free_slot_search_7_days", "week_view", "client_search_3_chars",
                                    "booking_commit" }) {
            const QJsonObject f = scheduling.value(QLatin1String(figure)).toObject();
            QVERIFY2(f.value(QStringLiteral("p99_ms")).isDouble(), figure);
            QVERIFY2(f.value(QStringLiteral("runs")).toInt() > 0, figure);
        }
        // The week view finds the generated agenda, and booking commits.
        QVERIFY(scheduling.value(QStringLiteral("week_view"))
                    .toObject()
                    .value(QStringLiteral("mean_appointments"))
                    .toDouble()
                > 0);

        const QJsonObject checkout = json.value(QStringLiteral("checkout")).toObject();
        QCOMPARE(checkout.value(QStringLiteral("sales")).toInteger(), 300);
        const QJsonObject commit = checkout.value(QStringLiteral("sale_commit")).toObject();
        QCOMPARE(commit.value(QStringLiteral("runs")).toInt(), 20);
        QVERIFY(commit.value(QStringLiteral("ratio_service_to_raw")).isDouble());
        for (const QString &side : { QStringLiteral("service"), QStringLiteral("raw") }) {
            const QJsonObject s = commit.value(side).toObject();
            for (const char *key : { "median_ms", "p99_ms", "mean_us" })
                QVERIFY2(s.value(QLatin1String(key)).isDouble(),
                         qPrintable(side + u' ' + QLatin1String(key)));
        }
        // Like for like: both sides wrote the same rows for one sale.
        const QJsonObject serviceRows = commit.value(QStringLiteral("service"))
                                            .toObject()
                                            .value(QStringLiteral("rows_per_sale"))
                                            .toObject();
        QCOMPARE(serviceRows,
                 commit.value(QStringLiteral("raw"))
                     .toObject()
                     .value(QStringLiteral("rows_per_sale"))
                     .toObject());
        QCOMPARE(serviceRows.value(QStringLiteral("sale_lines")).toInteger(), 5);
        QCOMPARE(serviceRows.value(QStringLiteral("payments")).toInteger(), 2);
        QCOMPARE(serviceRows.value(QStringLiteral("stock_movements")).toInteger(), 5);
        QCOMPARE(serviceRows.value(QStringLiteral("change_log")).toInteger(), 13);
        for (const char *figure : { "sales_history_first_screen", "stock_on_hand" }) {
            const QJsonObject f = checkout.value(QLatin1String(figure)).toObject();
            QVERIFY2(f.value(QStringLiteral("p99_ms")).isDouble(), figure);
            QCOMPARE(f.value(QStringLiteral("runs")).toInt(), 20);
        }
        QVERIFY(checkout.value(QStringLiteral("sales_history_first_screen"))
                    .toObject()
                    .value(QStringLiteral("mean_rows"))
                    .toDouble()
                > 0);

        const QJsonObject targets = json.value(QStringLiteral("targets")).toObject();
        for (const char *figure : { "sale_commit", "sales_history_first_screen", "stock_on_hand" })
            QVERIFY2(targets.value(QLatin1String(figure))
                         .toObject()
                         .value(QStringLiteral("pass"))
                         .isBool(),
                     figure);
        QVERIFY(targets.value(QStringLiteral("booking_commit"))
                    .toObject()
                    .contains(QStringLiteral("pass")));
        QVERIFY(targets.value(QStringLiteral("per_transaction"))
                    .toObject()
                    .value(QStringLiteral("pass"))
                    .isBool());
        QVERIFY(targets.value(QStringLiteral("batched"))
                    .toObject()
                    .value(QStringLiteral("pass"))
                    .isBool());
    }

    void runnerMeasuresSyncAgainstARealServer()
    {
        QProcess bench;
        bench.start(
            QStringLiteral(BALCAO_BENCH_EXECUTABLE),
            { QStringLiteral("--measure"), QStringLiteral("sync"), QStringLiteral("--scale"),
              QStringLiteral("0.001"), QStringLiteral("--latency-changes"), QStringLiteral("3"),
              QStringLiteral("--latency-warmup"), QStringLiteral("1"),
              QStringLiteral("--pull-runs"), QStringLiteral("2"), QStringLiteral("--reader-rounds"),
              QStringLiteral("2"), QStringLiteral("--dir"), m_dir.path() });
        QVERIFY(bench.waitForFinished(120'000));
        const QByteArray err = bench.readAllStandardError();
        QVERIFY2(bench.exitCode() == 0, err.constData());
        QJsonParseError parseError;
        const QJsonDocument doc
            = QJsonDocument::fromJson(bench.readAllStandardOutput(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject json = doc.object();
        const QJsonObject parameters = json.value(QStringLiteral("parameters")).toObject();
        QCOMPARE(parameters.value(QStringLiteral("latency_changes")).toInt(), 3);
        QVERIFY(!parameters.value(QStringLiteral("balcaod")).toString().isEmpty());
        // sync starts from the generated business, so generation ran too; inserts did not.
        QVERIFY(json.value(QStringLiteral("generation")).isObject());
        QVERIFY(!json.contains(QStringLiteral("client_insert")));

        const QJsonObject sync = json.value(QStringLiteral("sync")).toObject();
        const auto part
            = [&](const char *name) { return sync.value(QLatin1String(name)).toObject(); };
        const auto hasNumbers
            = [](const QJsonObject &object, std::initializer_list<const char *> keys) {
                  for (const char *key : keys) {
                      if (!object.value(QLatin1String(key)).isDouble()) {
                          qWarning("missing number: %s", key);
                          return false;
                      }
                  }
                  return true;
              };
        // Every change of the generated database (100 clients and the rest) went
        // through the server: pushed, accepted, pulled, bootstrapped.
        const QJsonObject push = part("push");
        QVERIFY(hasNumbers(push,
                           { "changes", "accepted_by_server", "batch_size", "seconds",
                             "changes_per_second", "changes_per_second_in_requests" }));
        QVERIFY(push.value(QStringLiteral("changes")).toInt() > 100);
        QCOMPARE(push.value(QStringLiteral("accepted_by_server")).toInt(),
                 push.value(QStringLiteral("changes")).toInt());
        QVERIFY(hasNumbers(push.value(QStringLiteral("requests")).toObject(),
                           { "count", "median_ms", "p99_ms", "seconds" }));
        const QJsonObject pull = part("pull_apply");
        QVERIFY(hasNumbers(pull,
                           { "changes", "applied", "seconds", "changes_per_second",
                             "client_seconds", "client_changes_per_second", "client_cpu_seconds",
                             "client_cpu_microseconds_per_change" }));
        QCOMPARE(pull.value(QStringLiteral("changes")).toInt(),
                 push.value(QStringLiteral("changes")).toInt());
        QVERIFY(pull.value(QStringLiteral("state_matches_origin")).toBool());
        // Each run by a new terminal pulled everything.
        const QJsonArray runs = pull.value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        for (const QJsonValue &run : runs)
            QCOMPARE(run.toObject().value(QStringLiteral("changes")).toInt(),
                     push.value(QStringLiteral("changes")).toInt());
        // The same pages read alone, every one by simdjson and in place.
        const QJsonObject reader = pull.value(QStringLiteral("reader")).toObject();
        QCOMPARE(reader.value(QStringLiteral("changes")).toInt(),
                 push.value(QStringLiteral("changes")).toInt());
        QCOMPARE(reader.value(QStringLiteral("rounds")).toInt(), 2);
        QVERIFY(reader.value(QStringLiteral("pages")).toInt() >= 1);
        QCOMPARE(reader.value(QStringLiteral("pages_read_by_simdjson")).toInt(),
                 reader.value(QStringLiteral("pages")).toInt());
        QCOMPARE(reader.value(QStringLiteral("pages_copied_for_padding")).toInt(), 0);
        for (const char *name : { "pull_page_reader", "qjsondocument" })
            QVERIFY2(hasNumbers(reader.value(QLatin1String(name)).toObject(),
                                { "best_seconds", "median_seconds", "mb_per_second",
                                  "changes_per_second", "best_cpu_seconds", "mb_per_cpu_second",
                                  "changes_per_cpu_second" }),
                     name);
        const QJsonObject bootstrap = part("bootstrap");
        QVERIFY(hasNumbers(bootstrap, { "rows", "seconds", "rows_per_second", "client_seconds" }));
        QCOMPARE(bootstrap.value(QStringLiteral("clients")).toInt(), 100);
        QVERIFY(bootstrap.value(QStringLiteral("state_matches_origin")).toBool());
        const QJsonObject latency = part("latency_a_to_b");
        QVERIFY(hasNumbers(latency, { "p50_ms", "p99_ms", "mean_ms", "min_ms", "max_ms" }));
        QCOMPARE(latency.value(QStringLiteral("changes")).toInt(), 3);
        const QJsonObject server = part("server");
        QVERIFY(hasNumbers(server, { "peak_rss_mib", "database_bytes", "pid" }));
        for (const char *phase :
             { "idle", "after_push", "after_pull", "after_bootstrap", "after_latency" }) {
            QVERIFY2(hasNumbers(server.value(QStringLiteral("memory"))
                                    .toObject()
                                    .value(QLatin1String(phase))
                                    .toObject(),
                                { "rss_mib", "peak_rss_mib" }),
                     phase);
        }

        const QJsonObject targets = json.value(QStringLiteral("targets")).toObject();
        for (const char *target : { "pull_apply", "bootstrap", "latency_a_to_b" })
            QVERIFY2(targets.value(QLatin1String(target))
                         .toObject()
                         .value(QStringLiteral("pass"))
                         .isBool(),
                     target);
        QVERIFY(!targets.contains(QStringLiteral("batched")));
    }

    void runnerReusesASavedGeneration()
    {
        const QString saved = m_dir.filePath(QStringLiteral("saved"));
        const auto run = [&](const QString &seed, const QStringList &more = {}) {
            QProcess bench;
            bench.start(
                QStringLiteral(BALCAO_BENCH_EXECUTABLE),
                more
                    + QStringList { QStringLiteral("--measure"), QStringLiteral("open,scheduling"),
                                    QStringLiteral("--scale"), QStringLiteral("0.001"),
                                    QStringLiteral("--seed"), seed, QStringLiteral("--opens"),
                                    QStringLiteral("1"), QStringLiteral("--scheduling-runs"),
                                    QStringLiteral("5"), QStringLiteral("--dir"), m_dir.path(),
                                    QStringLiteral("--reuse-data"), saved });
            if (!bench.waitForFinished(120'000) || bench.exitCode() != 0)
                qFatal("balcao-bench failed: %s", bench.readAllStandardError().constData());
            return QJsonDocument::fromJson(bench.readAllStandardOutput()).object();
        };
        const auto generation = [](const QJsonObject &json) {
            return json.value(QStringLiteral("generation")).toObject();
        };
        const QJsonObject first = run(QStringLiteral("5"));
        QCOMPARE(generation(first).value(QStringLiteral("reused")).toBool(true), false);
        QCOMPARE(first.value(QStringLiteral("parameters"))
                     .toObject()
                     .value(QStringLiteral("reuse_data"))
                     .toString(),
                 saved);
        const QJsonObject second = run(QStringLiteral("5"));
        QCOMPARE(generation(second).value(QStringLiteral("reused")).toBool(false), true);
        QCOMPARE(generation(second).value(QStringLiteral("tables")),
                 generation(first).value(QStringLiteral("tables")));
        // Measuring did not change the saved database: the same agenda again.
        QCOMPARE(second.value(QStringLiteral("scheduling"))
                     .toObject()
                     .value(QStringLiteral("appointments"))
                     .toInteger(),
                 1000);
        QCOMPARE(
            second.value(QStringLiteral("open")).toObject().value(QStringLiteral("runs")).toInt(),
            1);
        QCOMPARE(second.value(QStringLiteral("scheduling"))
                     .toObject()
                     .value(QStringLiteral("week_view"))
                     .toObject()
                     .value(QStringLiteral("runs"))
                     .toInt(),
                 5);
        const auto checkpoints = [](const QJsonObject &json) {
            return json.value(QStringLiteral("scheduling"))
                .toObject()
                .value(QStringLiteral("booking_commit"))
                .toObject()
                .value(QStringLiteral("wal_checkpoints"))
                .toObject();
        };
        QCOMPARE(checkpoints(second).value(QStringLiteral("mode")).toString(),
                 QStringLiteral("thread"));
        QCOMPARE(checkpoints(second).value(QStringLiteral("threshold_frames")).toInt(), 1000);
        // Another seed is another database; SQLite's own checkpoints on request.
        const QJsonObject other = run(
            QStringLiteral("6"), { QStringLiteral("--wal-checkpoints"), QStringLiteral("commit") });
        QCOMPARE(generation(other).value(QStringLiteral("reused")).toBool(true), false);
        QCOMPARE(checkpoints(other).value(QStringLiteral("mode")).toString(),
                 QStringLiteral("commit"));
        QCOMPARE(QDir(saved).entryList({ QStringLiteral("*.db") }, QDir::Files).size(), 2);
    }

    // The agenda page paged on a tiny business: the figure's structure (the
    // watchdog ticked, every step was taken), never its timings.
    void runnerMeasuresTheAgendaStalls()
    {
        QProcess bench;
        bench.start(QStringLiteral(BALCAO_BENCH_EXECUTABLE),
                    { QStringLiteral("--measure"), QStringLiteral("agenda"),
                      QStringLiteral("--scale"), QStringLiteral("0.001"), QStringLiteral("--seed"),
                      QStringLiteral("4"), QStringLiteral("--agenda-weeks"), QStringLiteral("3"),
                      QStringLiteral("--dir"), m_dir.path() });
        QVERIFY(bench.waitForFinished(120'000));
        const QByteArray err = bench.readAllStandardError();
#ifndef BALCAO_BENCH_UI
        QVERIFY(bench.exitCode() != 0);
        QVERIFY(bench.readAllStandardOutput().isEmpty());
        QVERIFY2(err.contains("BALCAO_BUILD_UI"), err.constData());
#else
        QVERIFY2(bench.exitCode() == 0, err.constData());
        const QJsonObject json = QJsonDocument::fromJson(bench.readAllStandardOutput()).object();
        const QJsonObject agenda = json.value(QStringLiteral("agenda")).toObject();
        QCOMPARE(agenda.value(QStringLiteral("weeks")).toInt(), 3);
        QCOMPARE(agenda.value(QStringLiteral("window")).toString(), QStringLiteral("1366x768"));
        QVERIFY(!agenda.value(QStringLiteral("location")).toString().isEmpty());
        QVERIFY(agenda.value(QStringLiteral("mean_appointments_per_week")).toDouble() > 0);
        for (const char *phase : { "paced", "held" }) {
            const QJsonObject figures = agenda.value(QLatin1String(phase)).toObject();
            QCOMPARE(figures.value(QStringLiteral("steps")).toInt(), 6);
            QVERIFY2(figures.value(QStringLiteral("ticks")).toInt() > 6, phase);
            // A gap is at least the timer's interval.
            QVERIFY(figures.value(QStringLiteral("longest_stall_ms")).toDouble()
                    >= figures.value(QStringLiteral("gap_p50_ms")).toDouble());
            QVERIFY(figures.value(QStringLiteral("gap_p50_ms")).toDouble() >= 4);
        }
        QVERIFY(agenda.value(QStringLiteral("paced"))
                    .toObject()
                    .value(QStringLiteral("week_shown_median_ms"))
                    .toDouble()
                > 0);
        const QJsonObject target = json.value(QStringLiteral("targets"))
                                       .toObject()
                                       .value(QStringLiteral("agenda_longest_stall"))
                                       .toObject();
        QCOMPARE(target.value(QStringLiteral("max_ms")).toDouble(), 50.0);
        QVERIFY(target.value(QStringLiteral("pass")).isBool());
        QCOMPARE(target.value(QStringLiteral("longest_stall_ms")).toDouble(),
                 agenda.value(QStringLiteral("longest_stall_ms")).toDouble());
#endif
    }

    void runnerRejectsBadArgumentsWithoutOutput()
    {
        QProcess bench;
        bench.start(QStringLiteral(BALCAO_BENCH_EXECUTABLE),
                    { QStringLiteral("--scale"), QStringLiteral("0") });
        QVERIFY(bench.waitForFinished(30'000));
        QVERIFY(bench.exitCode() != 0);
        QVERIFY(bench.readAllStandardOutput().isEmpty());
        QVERIFY(bench.readAllStandardError().contains("--scale"));
    }
};

QTEST_GUILESS_MAIN(TestBenchSmoke)
#include "TestBenchSmoke.moc"
