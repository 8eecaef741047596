// SPDX-License-Identifier: GPL-3.0-or-later
#include "Change.h"
#include "PullPageReader.h"
#include "common/Id.h"
#include "storage/ChangeWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Balcao;

// PullPageReader reads pull pages with simdjson, and leaves to QJsonDocument
// only the bodies simdjson refuses or cannot tell. Whatever the body, its
// answer must be the one of the QJsonDocument reading every page had before
// (kept here as the reference), changes, cursor, flag and errors alike, and
// the tests say which bodies simdjson serves.
class TestPullPageReader : public QObject
{
    Q_OBJECT

private:
    // The reading before PullPageReader, with one rule added since: a body
    // that is not a page (not an object, or without an array of changes, a
    // string or number cursor and a boolean has_more) is an error, where it
    // used to read as an empty page with cursor "0".
    static Result<PullPage> reference(const QByteArray &body)
    {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        const QJsonObject json = document.object();
        const QJsonValue cursor = json.value(QStringLiteral("next_cursor"));
        if (!document.isObject() || !json.value(QStringLiteral("changes")).isArray()
            || !(cursor.isString() || cursor.isDouble())
            || !json.value(QStringLiteral("has_more")).isBool())
            return Error::invalid(QStringLiteral("sync.badPullPage"),
                                  QStringLiteral("The server's answer is not a page of changes."));
        PullPage page;
        for (const QJsonValue &value : json.value(QStringLiteral("changes")).toArray()) {
            auto change = Change::fromJson(value.toObject());
            if (!change)
                return change.error();
            page.changes << *change;
        }
        const QJsonValue next = json.value(QStringLiteral("next_cursor"));
        page.nextCursor = next.isString() ? next.toString() : QString::number(next.toInteger());
        page.hasMore = json.value(QStringLiteral("has_more")).toBool();
        return page;
    }

    static QString describe(const QVariant &v)
    {
        return QStringLiteral("%1:%2").arg(QString::fromLatin1(v.typeName()), v.toString());
    }

    // Empty when equal, else what differs.
    static QString difference(const Result<PullPage> &a, const Result<PullPage> &b)
    {
        if (a.ok() != b.ok())
            return QStringLiteral("one read failed, the other did not");
        if (!a.ok()) {
            if (a.error().code != b.error().code || a.error().message != b.error().message
                || a.error().kind != b.error().kind)
                return QStringLiteral("errors differ: %1 / %2")
                    .arg(a.error().message, b.error().message);
            return {};
        }
        if (a->nextCursor != b->nextCursor)
            return QStringLiteral("cursor %1 / %2").arg(a->nextCursor, b->nextCursor);
        if (a->hasMore != b->hasMore)
            return QStringLiteral("has_more differs");
        if (a->changes.size() != b->changes.size())
            return QStringLiteral("%1 / %2 changes").arg(a->changes.size()).arg(b->changes.size());
        for (qsizetype i = 0; i < a->changes.size(); ++i) {
            const Change &x = a->changes.at(i);
            const Change &y = b->changes.at(i);
            if (x.changeId != y.changeId || x.table != y.table || x.rowId != y.rowId
                || x.ledger != y.ledger || x.hlc != y.hlc || x.deviceId != y.deviceId
                || x.seq != y.seq)
                return QStringLiteral("change %1 differs").arg(i);
            if (x.fields.keys() != y.fields.keys())
                return QStringLiteral("change %1: field names differ").arg(i);
            for (auto it = x.fields.cbegin(); it != x.fields.cend(); ++it) {
                const QVariant &other = y.fields.value(it.key());
                if (it->typeId() != other.typeId() || it->isNull() != other.isNull()
                    || *it != other)
                    return QStringLiteral("change %1, %2: %3 / %4")
                        .arg(i)
                        .arg(it.key(), describe(*it), describe(other));
            }
        }
        return {};
    }

    static void compare(const QByteArray &body, bool bySimdjson)
    {
        PullPageReader reader;
        const Result<PullPage> read = reader.read(body);
        const QString diff = difference(read, reference(body));
        QVERIFY2(diff.isEmpty(),
                 qPrintable(diff + QStringLiteral(" in ") + QString::fromUtf8(body)));
        QCOMPARE(reader.lastRead().reading == PullPageReader::Reading::Simdjson, bySimdjson);
    }

    static Change change(int i, const QVariantMap &fields)
    {
        Change c;
        c.changeId = Id::generate().toString();
        c.table = i % 3 == 0 ? QStringLiteral("staff") : QStringLiteral("clients");
        c.rowId = Id::generate().toString();
        c.ledger = i % 7 == 6;
        c.hlc = Hlc(1767225600123 + i, static_cast<quint16>(i % 5));
        c.deviceId = i % 2 ? QStringLiteral("0190f0a2-7a4e-7c1e-9b1e-2f4d5e6a7b8c")
                           : QStringLiteral("0190f0a2-7a4e-7c1e-9b1e-000000000001");
        c.fields = fields;
        c.seq = 1000 + i;
        return c;
    }

    // As balcaod writes a page (PullHandler): the changes with server_seq.
    static QByteArray page(const QList<Change> &changes, const QJsonValue &cursor, bool hasMore)
    {
        QJsonArray array;
        qint64 seq = 1;
        for (const Change &c : changes) {
            QJsonObject json = c.toJson();
            json.insert(QStringLiteral("server_seq"), seq++);
            array.append(json);
        }
        return QJsonDocument(QJsonObject { { QStringLiteral("changes"), array },
                                           { QStringLiteral("next_cursor"), cursor },
                                           { QStringLiteral("has_more"), hasMore } })
            .toJson(QJsonDocument::Compact);
    }

    static QList<Change> variedChanges()
    {
        const QList<QVariantMap> values {
            { { QStringLiteral("name"), QStringLiteral("João Pedro dos Santos Lima") },
              { QStringLiteral("phone"), QStringLiteral("+55 11 91234-5678") },
              { QStringLiteral("email"), QVariant() },
              { QStringLiteral("notes"), QStringLiteral("Prefere \"corte\" curto\\\n\ttarde 😀") },
              { QStringLiteral("created_at"), qlonglong(1767225600123) },
              { QStringLiteral("deleted"), qlonglong(0) } },
            { { QStringLiteral("value"), 2.5 },
              { QStringLiteral("big"), qlonglong(9007199254740993LL) },
              { QStringLiteral("min"), std::numeric_limits<qlonglong>::min() },
              { QStringLiteral("neg"), qlonglong(-42) },
              { QStringLiteral("tiny"), 1e-300 },
              { QStringLiteral("huge"), 1.5e300 },
              { QStringLiteral("control"), QStringLiteral("a\x01z\x1f") } },
            { { QStringLiteral("name"), QString() },
              { QStringLiteral("ctl"), QString(QString(QChar(0x7f)) + QChar(0x2028)) } },
            {},
        };
        QList<Change> changes;
        for (int i = 0; i < 40; ++i)
            changes << change(i, values.at(i % values.size()));
        return changes;
    }

private slots:
    void testPagesAsBalcaodWritesThemAreReadBySimdjson()
    {
        const QList<Change> changes = variedChanges();
        compare(page(changes, QJsonValue(qint64(123456)), true), true);
        compare(page(changes, QJsonValue(qint64(0)), false), true);
        compare(page({}, QJsonValue(qint64(77)), false), true);
        compare(page(changes.mid(0, 1), QJsonValue(QStringLiteral("abc")), true), true);
        // Indented, keys in another order, unknown keys of every kind.
        const QByteArray indented = QJsonDocument::fromJson(page(changes, QJsonValue(5), true))
                                        .toJson(QJsonDocument::Indented);
        compare(indented, true);
        compare(R"( { "has_more" : false , "future": {"a": [1, 2.5e3, "x", null, true, {}]},
                      "next_cursor": 9, "changes": [] } )",
                true);
    }

    void testHandWrittenBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("bySimdjson");
        const QByteArray head
            = R"({"change_id":"0190f0a2-7a4e-7c1e-9b1e-2f4d5e6a7b8c",)"
              R"("table":"clients","row_id":"0190f0a2-7a4e-7c1e-9b1e-2f4d5e6a7b81",)"
              R"("kind":"record","hlc":"1767225600123-00002",)"
              R"("device_id":"0190f0a2-7a4e-7c1e-9b1e-2f4d5e6a7b82","seq":)";
        const auto one = [&](const QByteArray &seq, const QByteArray &fields) -> QByteArray {
            return R"({"changes":[)" + head + seq + R"(,"fields":)" + fields
                + R"(}],"next_cursor":3,"has_more":false})";
        };
        const auto nested = [](int depth) {
            return QByteArray(R"({"x":)" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}");
        };
        QTest::addRow("numbers") << one(
            "7",
            R"({"a":1.0,"b":-0,"c":1e3,"d":2.50,"f":-9223372036854775808,)"
            R"("g":9223372036854775807,"h":0.1,"i":1E-2,"j":9223372036854775808,)"
            R"("k":18446744073709551615,"l":1e-310,"m":-1.5e300,"n":4.9e-324})")
                                 << true;
        QTest::addRow("integer beyond 64 bits")
            << one("7", R"({"e":123456789012345678901})") << false;
        QTest::addRow("seq as a fraction") << one("7.5", "{}") << true;
        QTest::addRow("seq as an integral double") << one("7e0", "{}") << true;
        QTest::addRow("seq beyond 64 bits") << one("9223372036854775808", "{}") << true;
        QTest::addRow("booleans and null") << one("1", R"({"a":true,"b":false,"c":null})") << true;
        QTest::addRow("escapes") << one(
            "1", "{\"a\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u20AC\\ud83d\\ude00\\u0000\"}")
                                 << true;
        QTest::addRow("lone surrogates")
            << one("1", "{\"a\":\"x\\ud800y\",\"b\":\"\\udc00\"}") << false;
        QTest::addRow("escaped field name") << one("1", "{\"n\\u0061me\":\"Ana\"}") << true;
        QTest::addRow("a field twice") << one("1", R"({"name":"Ana","name":"Bia"})") << true;
        QTest::addRow("nested field") << one("1", R"({"a":{"b":1,"c":[2.5,"x"],"b":3}})") << true;
        QTest::addRow("array field") << one("1", R"({"a":[1,2]})") << true;
        QTest::addRow("unknown escape") << one("1", "{\"a\":\"\\x\"}") << false;
        QTest::addRow("raw control character") << one("1", "{\"a\":\"x\ty\"}") << false;
        QTest::addRow("leading zero") << one("01", "{}") << false;
        QTest::addRow("fraction without digits") << one("1.", "{}") << false;
        QTest::addRow("fraction without a leading digit") << one("1", R"({"a":.5})") << false;
        QTest::addRow("number overflowing a double") << one("1", R"({"a":1e999})") << false;
        // Qt refuses a number that underflows to zero, and takes 0.0: the
        // DOM reads both as zero, so both go to QJsonDocument.
        QTest::addRow("zero as a fraction") << one("1", R"({"a":0.0,"b":-0e5})") << false;
        QTest::addRow("zero as an integer") << one("0", R"({"a":0,"b":-0})") << true;
        QTest::addRow("number underflowing to zero") << one("1", R"({"a":1e-400})") << false;
        QTest::addRow("underflow in an unknown key")
            << QByteArray(R"({"changes":[],"x":[1,{"y":2e-400}],"next_cursor":3,"has_more":false})")
            << false;
        QTest::addRow("underflow in a repeated key")
            << QByteArray(R"({"changes":[],"next_cursor":1e-999,"next_cursor":5,"has_more":false})")
            << false;
        QTest::addRow("underflow after a bad change") << QByteArray(
            R"({"changes":[{"change_id":"x"},{"seq":1e-400}],"next_cursor":3,"has_more":false})")
                                                      << false;
        QTest::addRow("underflow in an unknown change key")
            << one("1", "{}").replace("\"seq\"", "\"z\":0e1,\"seq\"") << false;
        QTest::addRow("seq as text") << one(R"("7")", "{}") << true;
        QTest::addRow("fields as text") << one("1", R"("name=Ana")") << true;
        QTest::addRow("fields twice")
            << one("1", R"({"a":1})").replace("}}]", R"(},"fields":{"b":2}}])") << true;
        QTest::addRow("no fields")
            << QByteArray(R"({"changes":[)" + head + R"(1}],"next_cursor":3,"has_more":false})")
            << true;
        QTest::addRow("bad ids, first one wins") << QByteArray(
            R"({"changes":[{"change_id":"x","fields":{}},{"row_id":"y"}],"next_cursor":3,"has_more":false})")
                                                 << true;
        QTest::addRow("bad change, then invalid text")
            << QByteArray(R"({"changes":[{"change_id":"x","fields":{}}],"next_cursor":)") << false;
        QTest::addRow("change not an object")
            << QByteArray(R"({"changes":[1],"next_cursor":3,"has_more":false})") << true;
        QTest::addRow("empty object change")
            << QByteArray(R"({"changes":[{}],"next_cursor":3,"has_more":false})") << true;
        QTest::addRow("changes not an array")
            << QByteArray(R"({"changes":{},"next_cursor":3,"has_more":false})") << true;
        QTest::addRow("changes twice")
            << QByteArray(R"({"changes":[{}],"changes":[],"next_cursor":3,"has_more":false})")
            << true;
        QTest::addRow("a change key twice") << QByteArray(
            R"({"changes":[{"table":"a","table":"b"}],"next_cursor":3,"has_more":false})")
                                            << true;
        QTest::addRow("escaped change key") << QByteArray(
            "{\"changes\":[{\"t\\u0061ble\":\"a\"}],\"next_cursor\":3,\"has_more\":false}")
                                            << true;
        QTest::addRow("cursor as null")
            << QByteArray(R"({"changes":[],"next_cursor":null,"has_more":false})") << true;
        QTest::addRow("cursor as a double")
            << QByteArray(R"({"changes":[],"next_cursor":12.0,"has_more":false})") << true;
        QTest::addRow("cursor as a fraction")
            << QByteArray(R"({"changes":[],"next_cursor":12.5,"has_more":false})") << true;
        QTest::addRow("cursor as text")
            << QByteArray("{\"changes\":[],\"next_cursor\":\"a\\u0062\",\"has_more\":false}")
            << true;
        QTest::addRow("cursor as an object")
            << QByteArray(R"({"changes":[],"next_cursor":{"a":1},"has_more":false})") << true;
        QTest::addRow("has_more as a number")
            << QByteArray(R"({"changes":[],"next_cursor":1,"has_more":1})") << true;
        QTest::addRow("has_more twice")
            << QByteArray(R"({"changes":[],"next_cursor":1,"has_more":true,"has_more":false})")
            << true;
        QTest::addRow("empty object") << QByteArray("{}") << true;
        QTest::addRow("empty body") << QByteArray() << false;
        QTest::addRow("array at the top") << QByteArray("[]") << true;
        QTest::addRow("number at the top") << QByteArray("5") << true;
        QTest::addRow("byte order mark")
            << QByteArray("\xEF\xBB\xBF{\"changes\":[],\"next_cursor\":4,\"has_more\":false}")
            << false;
        QTest::addRow("garbage after") << QByteArray("{} x") << false;
        QTest::addRow("truncated") << one("1", "{}").chopped(3) << false;
        QTest::addRow("invalid UTF-8") << one("1", QByteArray("{\"a\":\"\xC3\x28\"}")) << false;
        QTest::addRow("overlong UTF-8") << one("1", QByteArray("{\"a\":\"\xC0\xAF\"}")) << false;
        QTest::addRow("UTF-8 surrogate")
            << one("1", QByteArray("{\"a\":\"\xED\xA0\x80\"}")) << false;
        QTest::addRow("noncharacter") << one("1", QByteArray("{\"a\":\"\xEF\xBF\xBE\"}")) << true;
        QTest::addRow("unknown value 60 deep") << nested(60) << true;
        QTest::addRow("unknown value 100 deep") << nested(100) << false;
        QTest::addRow("unknown value 1025 deep") << nested(1025) << false;
    }
    void testHandWrittenBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, bySimdjson);
        compare(body, bySimdjson);
    }

    // A 200 answer damaged on the way, or from something that is not
    // balcaod, must not move the cursor: it is an error, by either reading.
    void testBodiesThatAreNoPageAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("not json") << QByteArray("<html>proxy error</html>");
        QTest::addRow("cut short") << QByteArray("{\"changes\":[],\"next_cursor\":12");
        QTest::addRow("empty object") << QByteArray("{}");
        QTest::addRow("array") << QByteArray("[]");
        QTest::addRow("string") << QByteArray("\"12\"");
        QTest::addRow("no cursor") << QByteArray("{\"changes\":[],\"has_more\":false}");
        QTest::addRow("null cursor")
            << QByteArray("{\"changes\":[],\"next_cursor\":null,\"has_more\":false}");
        QTest::addRow("no changes") << QByteArray("{\"next_cursor\":12,\"has_more\":false}");
        QTest::addRow("changes an object")
            << QByteArray("{\"changes\":{},\"next_cursor\":12,\"has_more\":false}");
        QTest::addRow("no flag") << QByteArray("{\"changes\":[],\"next_cursor\":12}");
        QTest::addRow("flag a string")
            << QByteArray("{\"changes\":[],\"next_cursor\":12,\"has_more\":\"no\"}");
        QTest::addRow("fraction zero, no cursor") << QByteArray("{\"changes\":[],\"x\":0.0}");
    }

    void testBodiesThatAreNoPageAreRefused()
    {
        QFETCH(QByteArray, body);
        PullPageReader reader;
        const Result<PullPage> read = reader.read(body);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("sync.badPullPage"));
        QVERIFY(!read.error().message.isEmpty());
        QVERIFY(difference(read, reference(body)).isEmpty());
    }

    // Qt's writer, and so balcaod, writes a string holding a lone surrogate
    // as an escape, which simdjson refuses: that page is still read.
    void testLoneSurrogateAsBalcaodWritesIt()
    {
        QString name = QStringLiteral("Ana ");
        name += QChar(0xd83d);
        QList<Change> changes = variedChanges().mid(0, 3);
        changes[1].fields.insert(QStringLiteral("name"), name);
        const QByteArray body = page(changes, QJsonValue(9), false);
        QVERIFY(body.contains("\\ud83d"));
        compare(body, false);
        PullPageReader reader;
        const Result<PullPage> read = reader.read(body);
        QVERIFY(read.ok());
        QCOMPARE(read->changes.at(1).fields.value(QStringLiteral("name")).toString(), name);
    }

    // simdjson reads up to kPadding bytes past the text: a body with that
    // much spare room is read where it is, whatever those bytes hold; any
    // other is copied once. The answer is the same either way.
    void testPaddingInPlaceOrCopied()
    {
        const QByteArray original = page(variedChanges(), QJsonValue(77), true);
        PullPageReader reader;

        // Spare room full of text that would change the answer if read.
        QByteArray roomy(original.size() + 4 * PullPageReader::kPadding, '"');
        roomy.resize(original.size());
        std::copy(original.cbegin(), original.cend(), roomy.begin());
        QVERIFY(roomy.capacity() - roomy.size() >= PullPageReader::kPadding);
        QVERIFY(difference(reader.read(roomy), reference(original)).isEmpty());
        QCOMPARE(reader.lastRead().reading, PullPageReader::Reading::Simdjson);
        QVERIFY(!reader.lastRead().copied);

        QByteArray tight = original;
        tight.squeeze();
        QVERIFY(tight.capacity() - tight.size() < PullPageReader::kPadding);
        QVERIFY(difference(reader.read(tight), reference(original)).isEmpty());
        QCOMPARE(reader.lastRead().reading, PullPageReader::Reading::Simdjson);
        QVERIFY(reader.lastRead().copied);

        // Text that is not the QByteArray's own: no capacity to rely on.
        const QByteArray raw = QByteArray::fromRawData(original.constData(), original.size());
        QVERIFY(difference(reader.read(raw), reference(original)).isEmpty());
        QVERIFY(reader.lastRead().copied);

        // A body cut short inside the room simdjson may read: it must not see
        // the rest of the text there.
        QByteArray cut = original;
        cut.truncate(original.size() - 10);
        QVERIFY(cut.capacity() - cut.size() >= PullPageReader::kPadding);
        QVERIFY(difference(reader.read(cut), reference(cut)).isEmpty());
        QVERIFY(!reader.lastRead().copied);
    }

    // One reader for many pages, as the transport keeps it: buffers grown
    // for a large page serve a small one, and the reverse.
    void testOneReaderForPagesOfEverySize()
    {
        const QList<Change> changes = variedChanges();
        PullPageReader reader;
        for (const qsizetype count : { 40, 1, 0, 40, 3 }) {
            const QByteArray body = page(changes.mid(0, count), QJsonValue(count), count > 2);
            const QString diff = difference(reader.read(body), reference(body));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
            QCOMPARE(reader.lastRead().reading, PullPageReader::Reading::Simdjson);
        }
        const QByteArray invalid = "{\"changes\":[";
        QVERIFY(difference(reader.read(invalid), reference(invalid)).isEmpty());
        const QByteArray after = page(changes.mid(0, 5), QJsonValue(5), false);
        QVERIFY(difference(reader.read(after), reference(after)).isEmpty());
        QCOMPARE(reader.lastRead().reading, PullPageReader::Reading::Simdjson);
    }

    // Random damage to a real page: whatever simdjson makes of it (or
    // leaves to QJsonDocument), the answer is the reference's.
    void testDamagedPagesReadAsTheReference()
    {
        const QByteArray original = page(variedChanges().mid(0, 6), QJsonValue(42), true);
        const QByteArray alphabet = " {}[]:,\"\\/-+.0123456789eEtrufalsn abcx";
        QRandomGenerator random(20261123);
        PullPageReader reader;
        int bySimdjson = 0;
        int errors = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray body = original;
            const int edits = 1 + static_cast<int>(random.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const auto at = static_cast<qsizetype>(random.bounded(body.size()));
                const char c = alphabet.at(random.bounded(alphabet.size()));
                switch (random.bounded(3)) {
                case 0:
                    body.remove(at, 1);
                    break;
                case 1:
                    body.insert(at, c);
                    break;
                default:
                    body[at] = c;
                }
            }
            const Result<PullPage> read = reader.read(body);
            bySimdjson += reader.lastRead().reading == PullPageReader::Reading::Simdjson;
            errors += !read.ok();
            const QString diff = difference(read, reference(body));
            QVERIFY2(diff.isEmpty(),
                     qPrintable(diff + QStringLiteral(" in ") + QString::fromUtf8(body)));
        }
        // Most damage to a value or a name leaves valid JSON that simdjson
        // reads (1,617 of the 3,000 pages), and much of it makes a change
        // malformed (1,037 errors).
        QVERIFY(bySimdjson > 1000);
        QVERIFY(errors > 500);
    }
};

QTEST_GUILESS_MAIN(TestPullPageReader)
#include "TestPullPageReader.moc"
