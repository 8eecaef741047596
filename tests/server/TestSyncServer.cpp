// SPDX-License-Identifier: GPL-3.0-or-later
#include "Protocol.h"
#include "ServerFixture.h"
#include "common/Id.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

QString newId()
{
    return Id::generate().toString();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject fieldsOf(const QHash<QString, QJsonObject> &rows, const QString &table,
                     const QString &rowId)
{
    return rows.value(table + QLatin1Char('/') + rowId).value(QStringLiteral("fields")).toObject();
}

} // namespace

#define FIXTURE(name, ...)                                                                         \
    BALCAO_FETCH_BACKEND();                                                                        \
    ServerFixture name(backend __VA_OPT__(, ) __VA_ARGS__);                                        \
    QVERIFY2(name.ok(), "the server did not start")

class TestSyncServer : public QObject
{
    Q_OBJECT

private slots:
    void testEnrolmentCodeIsSingleUseAndExpires_data() { addBackendRows(); }
    void testEnrolmentCodeIsSingleUseAndExpires()
    {
        FIXTURE(f);
        const QString business = f.createBusiness();
        const QString code = f.enrolmentCode(business);
        const auto enrolWith = [&](const QString &c) {
            return f.call("POST", QStringLiteral("/v1/enrol"),
                          json({ { QStringLiteral("code"), c },
                                 { QStringLiteral("device_name"), QStringLiteral("Caixa 1") } }));
        };
        // Typed by a person: lower case and without dashes still works.
        const HttpReply first = enrolWith(code.toLower().remove(QLatin1Char('-')));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QStringLiteral("business_id")).toString(), business);
        QVERIFY(!Id::fromString(first.json.value(QStringLiteral("device_id")).toString()).isNull());
        QVERIFY(first.json.value(QStringLiteral("token")).toString().size()
                >= 43); // 256 bits, base64url

        const HttpReply again = enrolWith(code);
        QCOMPARE(again.status, 403);
        QCOMPARE(again.errorCode(), QStringLiteral("enrol.invalidCode"));
        QVERIFY(!again.json.contains(QStringLiteral("token")));
        QCOMPARE(enrolWith(QStringLiteral("AAAAA-BBBBB-CCCCC-DDDDD")).status, 403);

        const QString expiring = f.enrolmentCode(business);
        f.clock().advance(25 * 3600 * 1000);
        QCOMPARE(enrolWith(expiring).status, 403);

        QCOMPARE(f.call("POST", QStringLiteral("/v1/enrol"), "{not json").status, 400);
        QCOMPARE(
            f.call("POST", QStringLiteral("/v1/enrol"), json({ { QStringLiteral("code"), 12 } }))
                .status,
            400);
        // The token is stored only hashed.
        auto stored = f.store().run(QStringLiteral("SELECT token_hash FROM devices WHERE id = ?"),
                                    { first.json.value(QStringLiteral("device_id")).toString() });
        QVERIFY(stored && stored->next());
        QVERIFY(stored->value(0).toString()
                != first.json.value(QStringLiteral("token")).toString());
        QCOMPARE(stored->value(0).toString().size(), 64);
    }

    void testSameBatchTwiceIsAppliedOnce_data() { addBackendRows(); }
    void testSameBatchTwiceIsAppliedOnce()
    {
        FIXTURE(f);
        const QString business = f.createBusiness();
        const EnrolledDevice a = f.enrol(business, QStringLiteral("A"));
        const QString ana = newId();
        const QList<Change> batch {
            f.record(a, QStringLiteral("clients"), ana,
                     { { QStringLiteral("name"), QStringLiteral("Ana") } }),
            f.fact(a, QStringLiteral("audit_events"), newId(),
                   { { QStringLiteral("at"), 1 },
                     { QStringLiteral("device_id"), a.id },
                     { QStringLiteral("action"), QStringLiteral("x") } }),
        };
        const HttpReply first = f.push(a, QStringLiteral("batch-1"), batch);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QStringLiteral("stored")).toInt(), 2);
        QCOMPARE(f.lastSeq(business), 2);

        const HttpReply retry = f.push(a, QStringLiteral("batch-1"), batch);
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.raw, first.raw); // the same answer
        QCOMPARE(f.lastSeq(business), 2);

        // The same changes under a new batch id are recognised by change id.
        const HttpReply resent = f.push(a, QStringLiteral("batch-2"), batch);
        QCOMPARE(resent.status, 200);
        QCOMPARE(resent.json.value(QStringLiteral("stored")).toInt(), 0);
        QCOMPARE(resent.json.value(QStringLiteral("duplicates")).toInt(), 2);
        QCOMPARE(f.lastSeq(business), 2);

        // A batch id names one batch: other content under it is refused.
        const HttpReply reused
            = f.push(a, QStringLiteral("batch-1"),
                     { f.record(a, QStringLiteral("clients"), ana,
                                { { QStringLiteral("name"), QStringLiteral("Other") } }, 10) });
        QCOMPARE(reused.status, 409);
        QCOMPARE(reused.errorCode(), QStringLiteral("sync.batchIdReused"));
        QCOMPARE(f.lastSeq(business), 2);
    }

    void testPullReturnsOthersChangesInOrderPaged_data() { addBackendRows(); }
    void testPullReturnsOthersChangesInOrderPaged()
    {
        FIXTURE(f);
        const QString business = f.createBusiness();
        const EnrolledDevice a = f.enrol(business, QStringLiteral("A"));
        const EnrolledDevice b = f.enrol(business, QStringLiteral("B"));
        QList<Change> sent;
        for (int i = 0; i < 5; ++i)
            sent << f.record(a, QStringLiteral("clients"), newId(),
                             { { QStringLiteral("name"), QStringLiteral("C%1").arg(i) } }, i);
        QCOMPARE(f.push(a, QStringLiteral("one"), sent.mid(0, 3)).status, 200);
        const Change own = f.record(b, QStringLiteral("clients"), newId(),
                                    { { QStringLiteral("name"), QStringLiteral("B's") } });
        QCOMPARE(f.push(b, QStringLiteral("b1"), { own }).status, 200);
        QCOMPARE(f.push(a, QStringLiteral("two"), sent.mid(3)).status, 200);

        QStringList received;
        qint64 cursor = 0;
        QList<bool> more;
        for (int page = 0; page < 10; ++page) {
            const HttpReply reply = f.pull(b, cursor, 2);
            QCOMPARE(reply.status, 200);
            qint64 previous = cursor;
            for (const QJsonValue &v : reply.json.value(QStringLiteral("changes")).toArray()) {
                const QJsonObject c = v.toObject();
                QVERIFY(c.value(QStringLiteral("server_seq")).toInteger() > previous);
                previous = c.value(QStringLiteral("server_seq")).toInteger();
                auto parsed = Change::fromJson(c);
                QVERIFY(parsed.ok());
                QCOMPARE(parsed->deviceId, a.id);
                received << parsed->changeId;
            }
            cursor = reply.json.value(QStringLiteral("next_cursor")).toInteger();
            more << reply.json.value(QStringLiteral("has_more")).toBool();
            if (!more.last())
                break;
        }
        QStringList expected;
        for (const Change &c : sent)
            expected << c.changeId;
        QCOMPARE(received, expected); // server order, nothing of B's own
        QCOMPARE(more, (QList<bool> { true, true, false }));
        QCOMPARE(cursor, 6); // past B's own change too

        // Nothing new: an empty page that keeps the cursor.
        const HttpReply idle = f.pull(b, cursor);
        QCOMPARE(idle.json.value(QStringLiteral("changes")).toArray().size(), 0);
        QCOMPARE(idle.json.value(QStringLiteral("next_cursor")).toInteger(), 6);
        QCOMPARE(idle.json.value(QStringLiteral("has_more")).toBool(), false);
        // A gets B's change only.
        const HttpReply forA = f.pull(a, 0);
        QCOMPARE(forA.json.value(QStringLiteral("changes")).toArray().size(), 1);
        // A cursor the server never gave out.
        QCOMPARE(f.pull(b, 99).status, 409);
        QCOMPARE(f.call("GET", QStringLiteral("/v1/pull?after=x"), {}, b.token).status, 400);
        QCOMPARE(f.call("GET", QStringLiteral("/v1/pull?limit=0"), {}, b.token).status, 400);
    }

    void testBootstrapEqualsMergedState_data() { addBackendRows(); }
    void testBootstrapEqualsMergedState()
    {
        FIXTURE(f);
        const QString business = f.createBusiness();
        const EnrolledDevice a = f.enrol(business, QStringLiteral("A"));
        const EnrolledDevice b = f.enrol(business, QStringLiteral("B"));
        const QString ana = newId();
        const QString bia = newId();
        const QString fact = newId();
        QCOMPARE(f.push(a, QStringLiteral("a1"),
                        { f.record(a, QStringLiteral("clients"), ana,
                                   { { QStringLiteral("name"), QStringLiteral("Ana") },
                                     { QStringLiteral("phone"), QStringLiteral("1") } },
                                   0),
                          f.record(a, QStringLiteral("clients"), bia,
                                   { { QStringLiteral("name"), QStringLiteral("Bia") } }, 0),
                          f.fact(a, QStringLiteral("audit_events"), fact,
                                 { { QStringLiteral("at"), 5 },
                                   { QStringLiteral("device_id"), a.id },
                                   { QStringLiteral("action"), QStringLiteral("sale") } }) })
                     .status,
                 200);
        QCOMPARE(f.push(b, QStringLiteral("b1"),
                        { f.record(b, QStringLiteral("clients"), ana,
                                   { { QStringLiteral("phone"), QStringLiteral("2") } }, 100),
                          f.record(b, QStringLiteral("locations"), newId(),
                                   { { QStringLiteral("name"), QStringLiteral("Centro") } }, 100) })
                     .status,
                 200);

        qint64 cursor = -1;
        int pages = 0;
        const auto rows = f.bootstrap(b, 1, &cursor, &pages);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(pages, 4);
        QCOMPARE(cursor, f.lastSeq(business));
        const QJsonObject anaRow = rows.value(QStringLiteral("clients/") + ana);
        QCOMPARE(fieldsOf(rows, QStringLiteral("clients"), ana),
                 (QJsonObject { { QStringLiteral("name"), QStringLiteral("Ana") },
                                { QStringLiteral("phone"), QStringLiteral("2") } }));
        const QJsonObject versions = anaRow.value(QStringLiteral("versions")).toObject();
        QCOMPARE(versions.value(QStringLiteral("name"))
                     .toObject()
                     .value(QStringLiteral("device_id"))
                     .toString(),
                 a.id);
        QCOMPARE(versions.value(QStringLiteral("phone"))
                     .toObject()
                     .value(QStringLiteral("device_id"))
                     .toString(),
                 b.id);
        QCOMPARE(versions.value(QStringLiteral("phone"))
                     .toObject()
                     .value(QStringLiteral("hlc"))
                     .toString(),
                 Hlc(f.clock().nowMsecsSinceEpoch() + 100, 0).toString());
        const QJsonObject factRow = rows.value(QStringLiteral("audit_events/") + fact);
        QCOMPARE(factRow.value(QStringLiteral("kind")).toString(), QStringLiteral("ledger"));
        QCOMPARE(factRow.value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("action"))
                     .toString(),
                 QStringLiteral("sale"));

        // The cursor is fixed on the first page: a push between pages does not move it.
        const HttpReply first = f.call("GET", QStringLiteral("/v1/bootstrap?limit=2"), {}, a.token);
        QCOMPARE(first.status, 200);
        const qint64 before = first.json.value(QStringLiteral("cursor")).toInteger();
        QCOMPARE(f.push(a, QStringLiteral("a2"),
                        { f.record(a, QStringLiteral("clients"), newId(),
                                   { { QStringLiteral("name"), QStringLiteral("Late") } }, 200) })
                     .status,
                 200);
        const HttpReply second
            = f.call("GET",
                     QStringLiteral("/v1/bootstrap?limit=2&page=")
                         + first.json.value(QStringLiteral("next_page")).toString(),
                     {}, a.token);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json.value(QStringLiteral("cursor")).toInteger(), before);
        QCOMPARE(f.call("GET", QStringLiteral("/v1/bootstrap?page=@@@"), {}, a.token).status, 400);
    }

    // The server folds with the terminals' rule, whatever the arrival order.
    void testServerMergeRule_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<bool>("aFirst");
        for (const QString &backend : { QStringLiteral("sqlite"), QStringLiteral("postgres") }) {
            QTest::addRow("%s, A arrives first", qPrintable(backend)) << backend << true;
            QTest::addRow("%s, B arrives first", qPrintable(backend)) << backend << false;
        }
    }
    void testServerMergeRule()
    {
        QFETCH(bool, aFirst);
        FIXTURE(f);
        const QString business = f.createBusiness();
        const EnrolledDevice a = f.enrol(business, QStringLiteral("A"));
        const EnrolledDevice b = f.enrol(business, QStringLiteral("B"));
        const EnrolledDevice reader = f.enrol(business, QStringLiteral("reader"));
        const QString ana = newId();
        const QString bia = newId();
        const QString tie = newId();
        const auto s = [](const char *text) { return QString::fromLatin1(text); };
        // A: renames Ana (t+10), edits Bia (t+10), edits tie (t+50, counter 3)
        const QList<Change> fromA {
            f.record(a, s("clients"), ana, { { s("name"), s("Ana Souza") } }, 10),
            f.record(a, s("clients"), bia, { { s("name"), s("Bia A") } }, 10),
            f.record(a, s("clients"), tie, { { s("name"), s("tie A") } }, 50, 3),
        };
        // B: adds Ana's phone (t+20, different field), edits Bia's name later
        // (t+20) and deletes Bia even later (t+30), same stamp on tie.
        const QList<Change> fromB {
            f.record(b, s("clients"), ana, { { s("phone"), s("11987654321") } }, 20),
            f.record(b, s("clients"), bia, { { s("name"), s("Bia B") } }, 20),
            f.record(b, s("clients"), bia, { { s("deleted"), 1 } }, 30),
            f.record(b, s("clients"), tie, { { s("name"), s("tie B") } }, 50, 3),
        };
        // An edit of Bia older than the tombstone does not bring her back.
        const QList<Change> lateOldEdit { f.record(
            a, s("clients"), bia, { { s("deleted"), 0 }, { s("notes"), s("old") } }, 25) };
        if (aFirst) {
            QCOMPARE(f.push(a, s("a"), fromA).status, 200);
            QCOMPARE(f.push(b, s("b"), fromB).status, 200);
        } else {
            QCOMPARE(f.push(b, s("b"), fromB).status, 200);
            QCOMPARE(f.push(a, s("a"), fromA).status, 200);
        }
        QCOMPARE(f.push(a, s("late"), lateOldEdit).status, 200);

        const auto rows = f.bootstrap(reader, 100);
        QCOMPARE(fieldsOf(rows, s("clients"), ana),
                 (QJsonObject { { s("name"), s("Ana Souza") }, { s("phone"), s("11987654321") } }));
        const QJsonObject biaFields = fieldsOf(rows, s("clients"), bia);
        QCOMPARE(biaFields.value(s("name")).toString(), s("Bia B"));
        QCOMPARE(biaFields.value(s("deleted")).toInteger(), 1);
        QCOMPARE(biaFields.value(s("notes")).toString(),
                 s("old")); // its own field, never written before
        // Equal HLC: the higher device id wins, on every replica.
        const QString tieWinner = a.id > b.id ? s("tie A") : s("tie B");
        QCOMPARE(fieldsOf(rows, s("clients"), tie).value(s("name")).toString(), tieWinner);
        // Everything is in the ledger, the losers too.
        QCOMPARE(f.lastSeq(business), 8);
    }

    void testTenancyIsolationOnEveryEndpoint_data() { addBackendRows(); }
    void testTenancyIsolationOnEveryEndpoint()
    {
        FIXTURE(f);
        const QString first = f.createBusiness(QStringLiteral("First"));
        const QString second = f.createBusiness(QStringLiteral("Second"));
        const EnrolledDevice a = f.enrol(first, QStringLiteral("A"));
        const EnrolledDevice other = f.enrol(second, QStringLiteral("Other"));
        QCOMPARE(other.businessId, second);
        const QString ana = newId();
        const Change secret = f.record(a, QStringLiteral("clients"), ana,
                                       { { QStringLiteral("name"), QStringLiteral("Ana") } });
        QCOMPARE(f.push(a, QStringLiteral("a1"), { secret }).status, 200);

        // pull and bootstrap: the other business sees nothing of the first.
        const HttpReply pulled = f.pull(other, 0);
        QCOMPARE(pulled.status, 200);
        QCOMPARE(pulled.json.value(QStringLiteral("changes")).toArray().size(), 0);
        QVERIFY(!pulled.raw.contains(ana.toLatin1()));
        QCOMPARE(f.bootstrap(other, 100).size(), 0);
        // A page token made for the first business shows the caller's own business only.
        const HttpReply page = f.call("GET", QStringLiteral("/v1/bootstrap?limit=1"), {}, a.token);
        const HttpReply foreignPage
            = f.call("GET",
                     QStringLiteral("/v1/bootstrap?page=")
                         + page.json.value(QStringLiteral("next_page")).toString(),
                     {}, other.token);
        QVERIFY(!foreignPage.raw.contains(ana.toLatin1()));

        // push: the same row id and change id land in the caller's business only.
        Change replay = secret;
        replay.deviceId = a.id;
        const HttpReply impersonated = f.push(other, QStringLiteral("x1"), { replay });
        QCOMPARE(impersonated.status, 422); // cannot push in another device's name
        QCOMPARE(impersonated.errorCode(), QStringLiteral("sync.foreignDevice"));
        Change overwrite = f.record(other, QStringLiteral("clients"), ana,
                                    { { QStringLiteral("name"), QStringLiteral("Hacked") } }, 1000);
        overwrite.changeId = secret.changeId;
        QCOMPARE(f.push(other, QStringLiteral("x2"), { overwrite }).status, 200);
        QCOMPARE(fieldsOf(f.bootstrap(a, 100), QStringLiteral("clients"), ana)
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Ana"));
        QCOMPARE(f.pull(a, 0).json.value(QStringLiteral("changes")).toArray().size(), 0);
        QCOMPARE(f.lastSeq(first), 1);
        QCOMPARE(f.lastSeq(second), 1);
        // Batch ids are per device: the other business's "a1" is its own.
        QCOMPARE(f.push(other, QStringLiteral("a1"), {}).status, 200);
        // An enrolment code of the first business never yields a device of the second.
        const EnrolledDevice b = f.enrol(first, QStringLiteral("B"));
        QCOMPARE(b.businessId, first);
    }

    void testRevokedAndUnknownTokensGet401_data() { addBackendRows(); }
    void testRevokedAndUnknownTokensGet401()
    {
        FIXTURE(f);
        const QString business = f.createBusiness();
        const EnrolledDevice a = f.enrol(business, QStringLiteral("A"));
        QCOMPARE(f.pull(a, 0).status, 200);
        QVERIFY(f.server().tokens().revoke(a.id).ok());
        const Change change = f.record(a, QStringLiteral("clients"), newId(),
                                       { { QStringLiteral("name"), QStringLiteral("x") } });
        for (const QString &token : { a.token, QStringLiteral("not-a-token"), QString() }) {
            const QList<HttpReply> replies { f.push(EnrolledDevice { a.id, token, business, {} },
                                                    QStringLiteral("b"), { change }),
                                             f.call("GET", QStringLiteral("/v1/pull"), {}, token),
                                             f.call("GET", QStringLiteral("/v1/bootstrap"), {},
                                                    token) };
            for (const HttpReply &reply : replies) {
                QCOMPARE(reply.status, 401);
                QCOMPARE(reply.errorCode(), QStringLiteral("auth.unauthorized"));
                QCOMPARE(reply.json.keys(),
                         QStringList { QStringLiteral("error") }); // nothing else
            }
        }
        QCOMPARE(f.lastSeq(business), 0);
        QVERIFY(!f.server().tokens().revoke(newId()).ok());
    }

    void testProtocolMismatchTellsWhomToUpdate_data() { addBackendRows(); }
    void testProtocolMismatchTellsWhomToUpdate()
    {
        FIXTURE(f);
        const EnrolledDevice a = f.enrol(f.createBusiness(), QStringLiteral("A"));
        const auto pull = [&](ServerFixture::Headers headers) {
            return f.call("GET", QStringLiteral("/v1/pull"), {}, a.token, headers);
        };
        const HttpReply oldTerminal
            = pull({ Protocol::kVersion, Protocol::schemaVersion() - 1, {} });
        QCOMPARE(oldTerminal.status, 426);
        QCOMPARE(oldTerminal.errorCode(), QStringLiteral("protocol.unsupportedSchema"));
        QVERIFY2(
            oldTerminal.errorMessage().contains(QStringLiteral("Update Balcão on this terminal")),
            qPrintable(oldTerminal.errorMessage()));
        const HttpReply newTerminal
            = pull({ Protocol::kVersion + 1, Protocol::schemaVersion(), {} });
        QCOMPARE(newTerminal.status, 426);
        QCOMPARE(newTerminal.errorCode(), QStringLiteral("protocol.unsupportedVersion"));
        QVERIFY(newTerminal.errorMessage().contains(QStringLiteral("update the server")));
        QCOMPARE(pull({ 0, 0, {} }).status, 400);
        QCOMPARE(f.call("POST", QStringLiteral("/v1/enrol"), "{}", {}, { 2, 1, {} }).status, 426);
    }

    // Bad input gets a 4xx with a JSON error and changes nothing, not even
    // the batch journal: the same batch id fixed and sent again is applied.
    void testBadPushesChangeNothing_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString row = newId();
        const QString change = newId();
        const auto c = [&](const QString &table, const QString &kind, const QString &fields,
                           const QString &hlc) {
            return QStringLiteral(
                       R"({"change_id":"%1","table":"%2","row_id":"%3","kind":"%4","hlc":"%5","device_id":"DEVICE","fields":%6})")
                .arg(change, table, row, kind, hlc, fields);
        };
        const QString goodHlc = Hlc(1767225600000, 0).toString();
        const QString good = c(QStringLiteral("clients"), QStringLiteral("record"),
                               QStringLiteral(R"({"name":"Ana"})"), goodHlc);
        const QList<std::tuple<const char *, QString, int, QString>> cases {
            { "malformed json", QStringLiteral(R"({"batch_id":"b","changes":[)"), 400,
              QStringLiteral("request.malformedJson") },
            { "array body", QStringLiteral("[]"), 400, QStringLiteral("request.malformedJson") },
            { "batch id a number", QStringLiteral(R"({"batch_id":7,"changes":[]})"), 400,
              QStringLiteral("request.badBatchId") },
            { "changes not an array", QStringLiteral(R"({"batch_id":"b","changes":{}})"), 400,
              QStringLiteral("request.badChanges") },
            { "unknown table",
              QStringLiteral(R"({"batch_id":"b","changes":[%1,%2]})")
                  .arg(good,
                       c(QStringLiteral("sales_secret"), QStringLiteral("record"),
                         QStringLiteral("{}"), goodHlc)),
              400, QStringLiteral("sync.unknownTable") },
            { "unknown column",
              QStringLiteral(R"({"batch_id":"b","changes":[%1]})")
                  .arg(c(QStringLiteral("clients"), QStringLiteral("record"),
                         QStringLiteral(R"({"salary":1})"), goodHlc)),
              400, QStringLiteral("sync.unknownColumn") },
            { "ledger edit",
              QStringLiteral(R"({"batch_id":"b","changes":[%1]})")
                  .arg(c(QStringLiteral("audit_events"), QStringLiteral("record"),
                         QStringLiteral(R"({"action":"x"})"), goodHlc)),
              400, QStringLiteral("sync.wrongTableKind") },
            { "nested value",
              QStringLiteral(R"({"batch_id":"b","changes":[%1]})")
                  .arg(c(QStringLiteral("clients"), QStringLiteral("record"),
                         QStringLiteral(R"({"name":["a"]})"), goodHlc)),
              400, QStringLiteral("sync.wrongType") },
            { "bad hlc",
              QStringLiteral(R"({"batch_id":"b","changes":[%1]})")
                  .arg(c(QStringLiteral("clients"), QStringLiteral("record"),
                         QStringLiteral(R"({"name":"x"})"), QStringLiteral("yesterday"))),
              400, QStringLiteral("sync.malformedChange") },
            { "change not an object",
              QStringLiteral(R"({"batch_id":"b","changes":[%1, 3]})").arg(good), 400,
              QStringLiteral("sync.malformedChange") },
            { "oversized",
              QStringLiteral(R"({"batch_id":"b","changes":[%1],"pad":"%2"})")
                  .arg(good, QString(70 * 1024, QLatin1Char('x'))),
              413, QStringLiteral("request.tooLarge") },
        };
        for (const QString &backend : { QStringLiteral("sqlite"), QStringLiteral("postgres") }) {
            for (const auto &[name, body, status, code] : cases)
                QTest::addRow("%s, %s", qPrintable(backend), name)
                    << backend << body.toUtf8() << status << code;
        }
    }
    void testBadPushesChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        FIXTURE(f, Server::SyncServer::Limits { 64 * 1024, 5 * 60 * 1000 });
        const QString business = f.createBusiness();
        const EnrolledDevice a = f.enrol(business, QStringLiteral("A"));
        const EnrolledDevice reader = f.enrol(business, QStringLiteral("reader"));
        body.replace("DEVICE", a.id.toLatin1());
        const HttpReply reply = f.call("POST", QStringLiteral("/v1/push"), body, a.token);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QVERIFY(!reply.errorMessage().isEmpty());
        QCOMPARE(f.lastSeq(business), 0);
        QCOMPARE(f.bootstrap(reader, 100).size(), 0);
        // Nothing was journaled under the batch id.
        const HttpReply fixed
            = f.push(a, QStringLiteral("b"),
                     { f.record(a, QStringLiteral("clients"), newId(),
                                { { QStringLiteral("name"), QStringLiteral("Ana") } }) });
        QCOMPARE(fixed.status, 200);
        QCOMPARE(fixed.json.value(QStringLiteral("stored")).toInt(), 1);
    }

    void testFarFutureHlcIsRefused_data() { addBackendRows(); }
    void testFarFutureHlcIsRefused()
    {
        FIXTURE(f);
        const QString business = f.createBusiness();
        const EnrolledDevice a = f.enrol(business, QStringLiteral("Caixa da frente"));
        const qint64 sixMinutes = 6 * 60 * 1000;
        const HttpReply refused = f.push(
            a, QStringLiteral("b1"),
            { f.record(a, QStringLiteral("clients"), newId(),
                       { { QStringLiteral("name"), QStringLiteral("ok") } }),
              f.record(a, QStringLiteral("clients"), newId(),
                       { { QStringLiteral("name"), QStringLiteral("future") } }, sixMinutes) });
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), QStringLiteral("sync.clockAhead"));
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("Caixa da frente")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(refused.errorMessage().contains(a.id));
        QCOMPARE(f.lastSeq(business), 0);
        // Within the bound is fine; the same stamp is accepted once the server's clock catches up.
        QCOMPARE(
            f.push(a, QStringLiteral("b2"),
                   { f.record(a, QStringLiteral("clients"), newId(),
                              { { QStringLiteral("name"), QStringLiteral("x") } }, 4 * 60 * 1000) })
                .status,
            200);
        f.clock().advance(sixMinutes);
        QCOMPARE(
            f.push(a, QStringLiteral("b1-later"),
                   { f.record(a, QStringLiteral("clients"), newId(),
                              { { QStringLiteral("name"), QStringLiteral("x") } }, 60 * 1000) })
                .status,
            200);
    }

    void testUnknownPathsAndMethods_data() { addBackendRows(); }
    void testUnknownPathsAndMethods()
    {
        FIXTURE(f);
        const EnrolledDevice a = f.enrol(f.createBusiness(), QStringLiteral("A"));
        const HttpReply missing = f.call("GET", QStringLiteral("/v1/nothing"), {}, a.token);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), QStringLiteral("request.notFound"));
        const HttpReply wrong = f.call("DELETE", QStringLiteral("/v1/push"), {}, a.token);
        QCOMPARE(wrong.status, 405);
        QCOMPARE(wrong.header("Allow"), QByteArrayLiteral("POST"));
    }

    void testPlainHttpOnlyOnLoopback()
    {
        ServerFixture f(QStringLiteral("sqlite"));
        Server::SyncServer other(f.store(), f.clock(), {});
        auto refused = other.listen(QHostAddress::Any, 0);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("server.plainHttpRefused"));
    }
};

QTEST_GUILESS_MAIN(TestSyncServer)
#include "TestSyncServer.moc"
