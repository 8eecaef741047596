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

// PullPageReader reads pull pages without a QJsonDocument.
// Whatever the body, its answer must be the one of the QJsonDocument reading
// every page had before (kept here as the reference), changes, cursor, flag
// and errors alike.
class TestPullPageReader : public QObject
{
    Q_OBJECT

private:
    // The reading before the direct reader, verbatim.
    static Result<PullPage> reference(const QByteArray &body)
    {
        const QJsonObject json = QJsonDocument::fromJson(body).object();
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

    static void compare(const QByteArray &body, bool expectDirect)
    {
        bool direct = false;
        const Result<PullPage> read = PullPageReader::read(body, &direct);
        const QString diff = difference(read, reference(body));
        QVERIFY2(diff.isEmpty(),
                 qPrintable(diff + QStringLiteral(" in ") + QString::fromUtf8(body)));
        QCOMPARE(direct, expectDirect);
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
    void testPagesAsBalcaodWritesThemAreReadDirectly()
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
        QTest::addColumn<bool>("direct");
        const QByteArray head
            = R"({"change_id":"0190f0a2-7a4e-7c1e-9b1e-2f4d5e6a7b8c",)"
              R"("table":"clients","row_id":"0190f0a2-7a4e-7c1e-9b1e-2f4d5e6a7b81",)"
              R"("kind":"record","hlc":"1767225600123-00002",)"
              R"("device_id":"0190f0a2-7a4e-7c1e-9b1e-2f4d5e6a7b82","seq":)";
        const auto one = [&](const QByteArray &seq, const QByteArray &fields) -> QByteArray {
            return R"({"changes":[)" + head + seq + R"(,"fields":)" + fields
                + R"(}],"next_cursor":3,"has_more":false})";
        };
        QTest::addRow("numbers") << one(
            "7",
            R"({"a":1.0,"b":-0,"c":1e3,"d":2.50,"e":123456789012345678901,)"
            R"("f":-9223372036854775808,"g":9223372036854775807,"h":0.1,"i":1E-2})")
                                 << true;
        QTest::addRow("seq as a fraction") << one("7.5", "{}") << true;
        QTest::addRow("seq as an integral double") << one("7e0", "{}") << true;
        QTest::addRow("booleans and null") << one("1", R"({"a":true,"b":false,"c":null})") << true;
        QTest::addRow("escapes") << one(
            "1", "{\"a\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u20AC\\ud83d\\ude00\"}")
                                 << true;
        QTest::addRow("lone surrogates")
            << one("1", "{\"a\":\"x\\ud800y\",\"b\":\"\\udc00\"}") << true;
        QTest::addRow("escaped field name") << one("1", "{\"n\\u0061me\":\"Ana\"}") << true;
        QTest::addRow("a field twice") << one("1", R"({"name":"Ana","name":"Bia"})") << false;
        QTest::addRow("nested field") << one("1", R"({"a":{"b":1}})") << false;
        QTest::addRow("array field") << one("1", R"({"a":[1,2]})") << false;
        QTest::addRow("unknown escape") << one("1", "{\"a\":\"\\x\"}") << false;
        QTest::addRow("raw control character") << one("1", "{\"a\":\"x\ty\"}") << false;
        QTest::addRow("leading zero") << one("01", "{}") << false;
        QTest::addRow("fraction without digits") << one("1.", "{}") << false;
        QTest::addRow("number overflowing a double") << one("1", R"({"a":1e999})") << false;
        QTest::addRow("seq as text") << one(R"("7")", "{}") << false;
        QTest::addRow("fields as text") << one("1", R"("name=Ana")") << false;
        QTest::addRow("no fields")
            << QByteArray(R"({"changes":[)" + head + R"(1}],"next_cursor":3})") << true;
        QTest::addRow("bad ids, first one wins")
            << QByteArray(R"({"changes":[{"change_id":"x","fields":{}},{"row_id":"y"}]})") << true;
        QTest::addRow("bad change, then invalid text")
            << QByteArray(R"({"changes":[{"change_id":"x","fields":{}}],"next_cursor":)") << false;
        QTest::addRow("change not an object") << QByteArray(R"({"changes":[1]})") << false;
        QTest::addRow("empty object change") << QByteArray(R"({"changes":[{}]})") << true;
        QTest::addRow("changes not an array") << QByteArray(R"({"changes":{}})") << false;
        QTest::addRow("changes twice") << QByteArray(R"({"changes":[],"changes":[]})") << false;
        QTest::addRow("a change key twice")
            << QByteArray(R"({"changes":[{"table":"a","table":"b"}]})") << false;
        QTest::addRow("escaped change key")
            << QByteArray("{\"changes\":[{\"t\\u0061ble\":\"a\"}]}") << false;
        QTest::addRow("cursor as null") << QByteArray(R"({"next_cursor":null})") << false;
        QTest::addRow("cursor as a double") << QByteArray(R"({"next_cursor":12.0})") << true;
        QTest::addRow("cursor as text") << QByteArray("{\"next_cursor\":\"a\\u0062\"}") << true;
        QTest::addRow("has_more as a number") << QByteArray(R"({"has_more":1})") << false;
        QTest::addRow("empty object") << QByteArray("{}") << true;
        QTest::addRow("empty body") << QByteArray() << false;
        QTest::addRow("array at the top") << QByteArray("[]") << false;
        QTest::addRow("garbage after") << QByteArray("{} x") << false;
        QTest::addRow("truncated") << one("1", "{}").chopped(3) << false;
        QTest::addRow("invalid UTF-8") << one("1", QByteArray("{\"a\":\"\xC3\x28\"}")) << false;
        QTest::addRow("overlong UTF-8") << one("1", QByteArray("{\"a\":\"\xC0\xAF\"}")) << false;
        QTest::addRow("deep unknown value")
            << QByteArray(R"({"x":)" + QByteArray(100, '[') + QByteArray(100, ']') + "}") << false;
    }
    void testHandWrittenBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, direct);
        compare(body, direct);
    }

    // Random damage to a real page: whatever the reader makes of it (or
    // leaves to QJsonDocument), the answer is the reference's.
    void testDamagedPagesReadAsTheReference()
    {
        const QByteArray original = page(variedChanges().mid(0, 6), QJsonValue(42), true);
        const QByteArray alphabet = " {}[]:,\"\\/-+.0123456789eEtrufalsn abcx";
        QRandomGenerator random(20261123);
        int direct = 0;
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
            bool readDirectly = false;
            const Result<PullPage> read = PullPageReader::read(body, &readDirectly);
            direct += readDirectly;
            const QString diff = difference(read, reference(body));
            QVERIFY2(diff.isEmpty(),
                     qPrintable(diff + QStringLiteral(" in ") + QString::fromUtf8(body)));
        }
        // Most damage to a value or a name leaves valid JSON the reader takes.
        QVERIFY(direct > 300);
    }
};

QTEST_GUILESS_MAIN(TestPullPageReader)
#include "TestPullPageReader.moc"
