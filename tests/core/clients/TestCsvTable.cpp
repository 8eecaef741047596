// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/CsvTable.h"

#include <QTest>

using namespace Balcao;

namespace {

// Records as "line:field|field" strings, easy to compare and to read.
QStringList flat(const QList<CsvTable::Record> &records)
{
    QStringList out;
    for (const CsvTable::Record &r : records)
        out << QString::number(r.line) + QLatin1Char(':') + r.fields.join(u'|');
    return out;
}

} // namespace

class TestCsvTable : public QObject
{
    Q_OBJECT

private slots:
    void testParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QStringList>("records");
        QTest::addRow("simple") << QStringLiteral("a,b\nc,d\n") << QStringLiteral(",")
                                << QStringList { QStringLiteral("1:a|b"), QStringLiteral("2:c|d") };
        QTest::addRow("no final line break")
            << QStringLiteral("a,b\nc,d") << QStringLiteral(",")
            << QStringList { QStringLiteral("1:a|b"), QStringLiteral("2:c|d") };
        QTest::addRow("CRLF") << QStringLiteral("a,b\r\nc,d\r\n") << QStringLiteral(",")
                              << QStringList { QStringLiteral("1:a|b"), QStringLiteral("2:c|d") };
        QTest::addRow("old Mac CR")
            << QStringLiteral("a,b\rc,d") << QStringLiteral(",")
            << QStringList { QStringLiteral("1:a|b"), QStringLiteral("2:c|d") };
        QTest::addRow("empty fields")
            << QStringLiteral(",,\na,,b") << QStringLiteral(",")
            << QStringList { QStringLiteral("1:||"), QStringLiteral("2:a||b") };
        QTest::addRow("blank lines left out")
            << QStringLiteral("a\n\n\nb\n\n") << QStringLiteral(",")
            << QStringList { QStringLiteral("1:a"), QStringLiteral("4:b") };
        QTest::addRow("quoted separator")
            << QStringLiteral("\"Souza, Ana\",1") << QStringLiteral(",")
            << QStringList { QStringLiteral("1:Souza, Ana|1") };
        QTest::addRow("doubled quotes")
            << QStringLiteral("\"Bruno \"\"Bê\"\"\",2") << QStringLiteral(",")
            << QStringList { QStringLiteral("1:Bruno \"Bê\"|2") };
        QTest::addRow("line breaks inside quotes count as lines")
            << QStringLiteral("name,notes\nAna,\"one\r\ntwo\nthree\"\nBia,x\n")
            << QStringLiteral(",")
            << QStringList { QStringLiteral("1:name|notes"),
                             QStringLiteral("2:Ana|one\r\ntwo\nthree"), QStringLiteral("5:Bia|x") };
        QTest::addRow("quoted empty field") << QStringLiteral("\"\"") << QStringLiteral(",")
                                            << QStringList { QStringLiteral("1:") };
        QTest::addRow("text after a closing quote is kept")
            << QStringLiteral("\"a\"b,c") << QStringLiteral(",")
            << QStringList { QStringLiteral("1:ab|c") };
        QTest::addRow("a quote inside a bare field is text")
            << QStringLiteral("5\" tall,x") << QStringLiteral(",")
            << QStringList { QStringLiteral("1:5\" tall|x") };
        QTest::addRow("semicolons, commas are text")
            << QStringLiteral("nome;valor\nAna;1,50") << QStringLiteral(";")
            << QStringList { QStringLiteral("1:nome|valor"), QStringLiteral("2:Ana|1,50") };
        QTest::addRow("tabs") << QStringLiteral("a\tb") << QStringLiteral("\t")
                              << QStringList { QStringLiteral("1:a|b") };
    }
    void testParse()
    {
        QFETCH(QString, text);
        QFETCH(QString, separator);
        QFETCH(QStringList, records);
        auto parsed = CsvTable::parse(text, separator.front());
        QVERIFY(parsed.ok());
        QCOMPARE(flat(*parsed), records);
    }

    void testUnclosedQuoteNamesItsLine()
    {
        auto parsed = CsvTable::parse(QStringLiteral("a,b\nc,\"d\ne\nf"), u',');
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("csv.unclosedQuote"));
        QVERIFY(parsed.error().message.contains(QStringLiteral("2")));
    }

    void testDetectSeparator_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("separator");
        QTest::addRow("comma") << QStringLiteral("name,phone,email\n") << QStringLiteral(",");
        QTest::addRow("semicolon (Brazilian Excel)")
            << QStringLiteral("nome;telefone;e-mail\nAna;1,2;x") << QStringLiteral(";");
        QTest::addRow("tab") << QStringLiteral("nome\ttelefone") << QStringLiteral("\t");
        QTest::addRow("quoted separators do not count")
            << QStringLiteral("\"a;b;c\",d") << QStringLiteral(",");
        QTest::addRow("one column") << QStringLiteral("nome\nAna") << QStringLiteral(",");
    }
    void testDetectSeparator()
    {
        QFETCH(QString, text);
        QFETCH(QString, separator);
        QCOMPARE(CsvTable::detectSeparator(text), separator.front());
    }

    void testDecode()
    {
        QCOMPARE(CsvTable::decode(QByteArray("\xEF\xBB\xBFnome,Jo\xC3\xA3o")),
                 QStringLiteral("nome,João"));
        // Older spreadsheets save Latin-1.
        QCOMPARE(CsvTable::decode(QByteArray("nome;Jo\xE3o")), QStringLiteral("nome;João"));
    }

    // Whatever a field holds, writing and reading it gives it back.
    void testWriteThenRead_data()
    {
        QTest::addColumn<QString>("separator");
        QTest::addRow("comma") << QStringLiteral(",");
        QTest::addRow("semicolon") << QStringLiteral(";");
    }
    void testWriteThenRead()
    {
        QFETCH(QString, separator);
        const QChar sep = separator.front();
        const QStringList fields { QStringLiteral("plain"),
                                   QString(),
                                   QStringLiteral("Souza, Ana"),
                                   QStringLiteral("a;b"),
                                   QStringLiteral("Bruno \"Bê\""),
                                   QStringLiteral("one\ntwo\r\nthree"),
                                   QStringLiteral(" leading and trailing "),
                                   QStringLiteral("=1+1"),
                                   QStringLiteral("ção") };
        const QString text = CsvTable::line(fields, sep) + CsvTable::line(fields, sep);
        QVERIFY(text.endsWith(QStringLiteral("\r\n")));
        auto parsed = CsvTable::parse(text, sep);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 2);
        QCOMPARE(parsed->at(0).fields, fields);
        QCOMPARE(parsed->at(1).fields, fields);
        QCOMPARE(parsed->at(1).line, 4); // the first record spans three lines
        QCOMPARE(CsvTable::quote(QStringLiteral("plain"), sep), QStringLiteral("plain"));
    }

    void testCancel()
    {
        QString text;
        for (int i = 0; i < 20000; ++i)
            text += QStringLiteral("Cliente %1,11987654321\n").arg(i);
        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        int calls = 0;
        auto parsed = CsvTable::parse(text, u',', [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return ++calls < 3;
        });
        QCOMPARE(lastTotal, text.size());
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("csv.cancelled"));
        QCOMPARE(calls, 3);
        QVERIFY(lastDone > 0 && lastDone < text.size());
    }
};

QTEST_GUILESS_MAIN(TestCsvTable)
#include "TestCsvTable.moc"
