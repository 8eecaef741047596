// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "TestStore.h"
#include "storage/LocalMeta.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

// The table out of reach, as a damaged or foreign database would leave it.
void breakTable(LocalStore &store)
{
    QSqlQuery q(store.database().connection());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE local_meta RENAME TO local_meta_gone")));
}

qint64 changeLogSize(LocalStore &store)
{
    QSqlQuery q(store.database().connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM change_log")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

// LocalMeta, the one reader and writer of this terminal's own values.
class TestLocalMeta : public QObject
{
    Q_OBJECT

private slots:
    // Each step is "write V", "raise N", "remove" or "keep" (nothing), and
    // the value read after it.
    void testWritesAndReads_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("expected"); // "-" for no value
        QTest::addRow("never written") << QStringList { "keep" } << QStringList { "-" };
        QTest::addRow("written") << QStringList { "write a" } << QStringList { "a" };
        QTest::addRow("written again replaces")
            << QStringList { "write a", "write b" } << QStringList { "a", "b" };
        QTest::addRow("an empty value is a value")
            << QStringList { "write ", "keep" } << QStringList { "", "" };
        QTest::addRow("removed") << QStringList { "write a", "remove" } << QStringList { "a", "-" };
        QTest::addRow("removing nothing")
            << QStringList { "remove", "keep" } << QStringList { "-", "-" };
        QTest::addRow("raised from nothing") << QStringList { "raise 7" } << QStringList { "7" };
        QTest::addRow("raised higher")
            << QStringList { "raise 7", "raise 9" } << QStringList { "7", "9" };
        QTest::addRow("never lowered")
            << QStringList { "raise 9", "raise 7", "raise 9" } << QStringList { "9", "9", "9" };
        // Compared as integers, not as text ("10" < "9" as text).
        QTest::addRow("compared as numbers")
            << QStringList { "raise 9", "raise 10" } << QStringList { "9", "10" };
        QTest::addRow("large clock stamps")
            << QStringList { "raise 115820898133721093", "raise 115820898133721092" }
            << QStringList { "115820898133721093", "115820898133721093" };
        QTest::addRow("written, then raised")
            << QStringList { "write 5", "raise 3", "raise 6" } << QStringList { "5", "5", "6" };
    }
    void testWritesAndReads()
    {
        QFETCH(QStringList, steps);
        QFETCH(QStringList, expected);
        TestStore t;
        LocalMeta meta(*t);
        const QString key = QStringLiteral("test.key");
        const qint64 logBefore = changeLogSize(*t);
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QString step = steps.at(i);
            const QString argument = step.section(QLatin1Char(' '), 1);
            Result<void> done;
            if (step.startsWith(QLatin1String("write")))
                done = meta.setValue(key, argument);
            else if (step.startsWith(QLatin1String("raise")))
                done = meta.raise(key, argument.toLongLong());
            else if (step == QLatin1String("remove"))
                done = meta.remove(key);
            QVERIFY2(done.ok(), qPrintable(step));
            const auto read = meta.read(key);
            QVERIFY(read.ok());
            const QString want = expected.at(i);
            if (want == QLatin1String("-")) {
                QVERIFY2(!read->has_value(), qPrintable(step));
                QCOMPARE(meta.valueOr(key, QStringLiteral("fallback")).value(),
                         QStringLiteral("fallback"));
            } else {
                QVERIFY2(read->has_value(), qPrintable(step));
                QCOMPARE(**read, want);
                QCOMPARE(meta.valueOr(key, QStringLiteral("fallback")).value(), want);
            }
        }
        // This terminal's own: nothing of it goes out with sync.
        QCOMPARE(changeLogSize(*t), logBefore);
    }

    void testValuesSurviveARestartAndKeysAreApart()
    {
        TestStore t;
        QVERIFY(LocalMeta(*t).setValue(QStringLiteral("a"), QStringLiteral("1")).ok());
        QVERIFY(LocalMeta(*t).setValue(QStringLiteral("b"), QStringLiteral("2")).ok());
        QVERIFY(LocalMeta(*t).remove(QStringLiteral("b")).ok());
        t.reopen();
        QCOMPARE(LocalMeta(*t).read(QStringLiteral("a")).value(), QStringLiteral("1"));
        QVERIFY(!LocalMeta(*t).read(QStringLiteral("b")).value().has_value());
    }

    // A read that fails is an error, never "no value" nor the fallback;
    // a write that fails is one too.
    void testAFailingTableIsAnError_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("code");
        QTest::addRow("read") << "read"
                              << "storage.localMetaReadFailed";
        QTest::addRow("valueOr") << "valueOr"
                                 << "storage.localMetaReadFailed";
        QTest::addRow("write") << "write"
                               << "storage.localMetaWriteFailed";
        QTest::addRow("raise") << "raise"
                               << "storage.localMetaWriteFailed";
        QTest::addRow("remove") << "remove"
                                << "storage.localMetaWriteFailed";
    }
    void testAFailingTableIsAnError()
    {
        QFETCH(QString, operation);
        QFETCH(QString, code);
        TestStore t;
        LocalMeta meta(*t);
        QVERIFY(meta.setValue("k", "v").ok());
        breakTable(*t);
        std::optional<Error> error;
        if (operation == "read") {
            if (auto read = meta.read("k"); !read)
                error = read.error();
        } else if (operation == "valueOr") {
            if (auto read = meta.valueOr("k", "fallback"); !read)
                error = read.error();
        } else {
            const Result<void> done = operation == "write" ? meta.setValue("k", "w")
                : operation == "raise"                     ? meta.raise("k", 1)
                                                           : meta.remove("k");
            if (!done)
                error = done.error();
        }
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, Error::Kind::Storage);
        QCOMPARE(error->code, code);
        QVERIFY(error->message.contains("k"));
    }
};

QTEST_GUILESS_MAIN(TestLocalMeta)
#include "TestLocalMeta.moc"
