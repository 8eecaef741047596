// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptSamples.h"
#include "sales/EscPosCodePage.h"
#include "sales/EscPosReceipt.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

Q_DECLARE_METATYPE(Balcao::EscPosReceipt::Paper)

namespace {

using Paper = EscPosReceipt::Paper;

const QString kFixtures = QStringLiteral(BALCAO_RECEIPT_FIXTURES);
const QString kActual = QStringLiteral(BALCAO_RECEIPT_ACTUAL);

QString paperSuffix(Paper paper)
{
    return paper == Paper::Width58mm ? QStringLiteral("58mm") : QStringLiteral("80mm");
}

// The ESC/POS stream read back command by command, as a person reviews a
// fixture: one command or one printed line per line of the dump. A command
// this reader does not know is an error, so the receipt cannot start using
// one unnoticed.
struct Reading
{
    struct Line
    {
        QString text;
        bool doubleWidth = false;
        bool doubleHeight = false;
    };
    QStringList dump;
    QList<Line> lines;
    QByteArray qrData;
    int qrPrints = 0;
    bool drawerKick = false;
    QString error;
};

Reading read(const QByteArray &b)
{
    Reading r;
    QByteArray text;
    bool doubleWidth = false;
    bool doubleHeight = false;
    qsizetype i = 0;
    const auto at = [&](qsizetype k) { return k < b.size() ? int(uchar(b.at(k))) : -1; };
    while (i < b.size() && r.error.isEmpty()) {
        const int c = at(i);
        const int cmd = at(i + 1);
        if (c == 0x1B) {
            switch (cmd) {
            case '@':
                r.dump << QStringLiteral("ESC @ (initialise)");
                i += 2;
                continue;
            case 't':
                r.dump << QStringLiteral("ESC t %1 (code page)").arg(at(i + 2));
                i += 3;
                continue;
            case 'a':
                r.dump << QStringLiteral("ESC a %1 (align)").arg(at(i + 2));
                i += 3;
                continue;
            case 'E':
                r.dump << QStringLiteral("ESC E %1 (bold)").arg(at(i + 2));
                i += 3;
                continue;
            case 'd':
                r.dump << QStringLiteral("ESC d %1 (feed lines)").arg(at(i + 2));
                i += 3;
                continue;
            case 'p':
                r.drawerKick = true;
                r.dump << QStringLiteral("ESC p %1 %2 %3 (drawer pulse)")
                              .arg(at(i + 2))
                              .arg(at(i + 3))
                              .arg(at(i + 4));
                i += 5;
                continue;
            }
        } else if (c == 0x1D) {
            if (cmd == '!') {
                doubleWidth = (at(i + 2) & 0x70) != 0;
                doubleHeight = (at(i + 2) & 0x07) != 0;
                r.dump
                    << QStringLiteral("GS ! 0x%1 (size)").arg(at(i + 2), 2, 16, QLatin1Char('0'));
                i += 3;
                continue;
            }
            if (cmd == 'V' && (at(i + 2) == 65 || at(i + 2) == 66)) {
                r.dump << QStringLiteral("GS V %1 %2 (feed and cut)").arg(at(i + 2)).arg(at(i + 3));
                i += 4;
                continue;
            }
            if (cmd == '(' && at(i + 2) == 'k' && at(i + 5) == '1') {
                const int length = at(i + 3) + 256 * at(i + 4);
                const QByteArray parameters = b.mid(i + 6, length - 1);
                const auto parameter = [&](qsizetype k) {
                    return k < parameters.size() ? int(uchar(parameters.at(k))) : -1;
                };
                const int fn = parameter(0);
                QString what;
                if (fn == 'A')
                    what = QStringLiteral("model %1").arg(QChar(char16_t(parameter(1))));
                else if (fn == 'C')
                    what = QStringLiteral("module %1 dots").arg(parameter(1));
                else if (fn == 'E')
                    what = QStringLiteral("error correction %1").arg(parameter(1));
                else if (fn == 'P') {
                    r.qrData = parameters.mid(2);
                    what = QStringLiteral("store \"%1\"").arg(QString::fromLatin1(r.qrData));
                } else if (fn == 'Q') {
                    ++r.qrPrints;
                    what = QStringLiteral("print");
                } else {
                    r.error = QStringLiteral("QR function %1 at %2").arg(fn).arg(i);
                }
                r.dump << QStringLiteral("GS ( k (QR code) ") + what;
                i += 5 + length;
                continue;
            }
        } else if (c == 0x0A) {
            const QString line = EscPosCodePage::decode(text);
            r.lines << Reading::Line { line, doubleWidth, doubleHeight };
            r.dump << QStringLiteral("| ") + line;
            text.clear();
            ++i;
            continue;
        } else if (c >= 0x20) {
            text += char(c);
            ++i;
            continue;
        }
        r.error = QStringLiteral("unknown byte 0x%1 at %2").arg(c, 2, 16, QLatin1Char('0')).arg(i);
    }
    if (r.error.isEmpty() && !text.isEmpty())
        r.error = QStringLiteral("text after the last line feed");
    return r;
}

// Written next to the build, never over a fixture: see receipts/README.md.
QString keepActual(const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(kActual);
    const QString path = kActual + QLatin1Char('/') + name;
    QFile bin(path);
    if (bin.open(QIODevice::WriteOnly))
        bin.write(bytes);
    QFile dump(QString(path).replace(QStringLiteral(".bin"), QStringLiteral(".txt")));
    if (dump.open(QIODevice::WriteOnly))
        dump.write(read(bytes).dump.join(QLatin1Char('\n')).toUtf8() + '\n');
    return path;
}

EscPosReceipt::Options options(Paper paper)
{
    EscPosReceipt::Options o;
    o.paper = paper;
    return o;
}

} // namespace

class TestEscPosReceipt : public QObject
{
    Q_OBJECT

private slots:
    // One row per file in tests/core/sales/receipts: <sample>-<58|80>mm.bin.
    void testMatchesGoldenFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sample");
        QTest::addColumn<Paper>("paper");
        const QStringList files
            = QDir(kFixtures).entryList({ QStringLiteral("*.bin") }, QDir::Files, QDir::Name);
        if (files.isEmpty()) // testEverySampleHasGoldenFiles fails and says which
            QSKIP("no golden files");
        for (const QString &file : files) {
            const QString stem = file.chopped(4);
            const Paper paper
                = stem.endsWith(QStringLiteral("-58mm")) ? Paper::Width58mm : Paper::Width80mm;
            QTest::newRow(qPrintable(file)) << file << stem.chopped(5) << paper;
        }
    }
    void testMatchesGoldenFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, sample);
        QFETCH(Paper, paper);
        QVERIFY2(ReceiptSamples::names().contains(sample),
                 qPrintable(QStringLiteral("%1: no sample \"%2\"").arg(file, sample)));
        QFile fixture(kFixtures + QLatin1Char('/') + file);
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QByteArray expected = fixture.readAll();
        const QByteArray actual
            = EscPosReceipt::encode(ReceiptSamples::make(sample), options(paper));
        if (actual == expected)
            return;
        qsizetype at = 0;
        while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at))
            ++at;
        const QString kept = keepActual(file, actual);
        QFAIL(qPrintable(QStringLiteral("%1 differs from the output from byte %2 on (%3 bytes "
                                        "expected, %4 made). The output is in %5 (and read "
                                        "back in its .txt); see receipts/README.md.")
                             .arg(file)
                             .arg(at)
                             .arg(expected.size())
                             .arg(actual.size())
                             .arg(kept)));
    }

    void testEverySampleHasGoldenFiles()
    {
        QStringList missing;
        for (const QString &sample : ReceiptSamples::names()) {
            for (Paper paper : { Paper::Width58mm, Paper::Width80mm }) {
                const QString file
                    = sample + QLatin1Char('-') + paperSuffix(paper) + QStringLiteral(".bin");
                if (!QFile::exists(kFixtures + QLatin1Char('/') + file))
                    missing << keepActual(
                        file, EscPosReceipt::encode(ReceiptSamples::make(sample), options(paper)));
            }
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("no golden file yet; review and copy: ")
                            + missing.join(QStringLiteral(", "))));
    }

    void testReadsBackWithinThePaper_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<Paper>("paper");
        for (const QString &sample : ReceiptSamples::names()) {
            for (Paper paper : { Paper::Width58mm, Paper::Width80mm })
                QTest::addRow("%s %s", qPrintable(sample), qPrintable(paperSuffix(paper)))
                    << sample << paper;
        }
    }
    void testReadsBackWithinThePaper()
    {
        QFETCH(QString, sample);
        QFETCH(Paper, paper);
        const QByteArray bytes
            = EscPosReceipt::encode(ReceiptSamples::make(sample), options(paper));
        const Reading r = read(bytes);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(bytes.startsWith(QByteArray("\x1b@\x1bt\x03")));
        QVERIFY(bytes.endsWith(QByteArray("\x1b"
                                          "d\x03\x1dVB\x00",
                                          7)));
        for (const Reading::Line &line : r.lines) {
            const int width = int(line.text.size()) * (line.doubleWidth ? 2 : 1);
            QVERIFY2(width <= EscPosReceipt::columns(paper), qPrintable(line.text));
        }
        // The total stands out: double height always, double width too where
        // it fits on one line (all of them on 80 mm paper).
        const auto total = std::find_if(r.lines.begin(), r.lines.end(), [](const auto &l) {
            return l.text.startsWith(QStringLiteral("TOTAL"))
                || l.text.startsWith(QStringLiteral("TO "));
        });
        QVERIFY(total != r.lines.end());
        QVERIFY(total->doubleHeight);
        QCOMPARE(total->doubleWidth,
                 paper == Paper::Width80mm
                     || total->text.size() <= EscPosReceipt::columns(paper) / 2);
    }

    void testPixCodeIsPrintedByThePrinter()
    {
        const Receipt receipt = ReceiptSamples::make(QStringLiteral("sale-due-pix"));
        const Reading r = read(EscPosReceipt::encode(receipt, options(Paper::Width58mm)));
        QCOMPARE(r.qrData, receipt.pixPayload.toLatin1());
        QCOMPARE(r.qrPrints, 1);
        // Paid, with PIX or in cash: nothing to scan.
        for (const char *paid : { "sale-cash", "sale-pix" }) {
            QVERIFY(read(EscPosReceipt::encode(ReceiptSamples::make(QLatin1String(paid)),
                                               options(Paper::Width58mm)))
                        .qrData.isEmpty());
        }
    }

    // GS ( k as Epson's reference gives it, byte by byte.
    void testQrCommandBytes()
    {
        Receipt receipt = ReceiptSamples::make(QStringLiteral("sale-cash"));
        receipt.pixPayload = QStringLiteral("abc");
        // Centred already by the "Pay what is left due with PIX" above it, in bold until now.
        const QByteArray expected = QByteArray("\x1b"
                                               "E\x00",
                                               3) // bold off
            + QByteArray("\x1d(k\x04\x00"
                         "1A2\x00",
                         9) // model 2
            + QByteArray("\x1d(k\x03\x00"
                         "1C\x06",
                         8) // module: 6 dots
            + QByteArray("\x1d(k\x03\x00"
                         "1E1",
                         8) // error correction M
            + QByteArray("\x1d(k\x06\x00"
                         "1P0abc",
                         11) // store 3 bytes: pL = 3 + 3
            + QByteArray("\x1d(k\x03\x00"
                         "1Q0",
                         8) // print
            + QByteArray("\n\x1b"
                         "a\x00",
                         4);
        QVERIFY(EscPosReceipt::encode(receipt, options(Paper::Width80mm)).contains(expected));

        // Past 255 bytes the length takes its high byte: 300 + 3 = 0x012F.
        receipt.pixPayload = QString(300, QLatin1Char('x'));
        QVERIFY(EscPosReceipt::encode(receipt, options(Paper::Width58mm))
                    .contains(QByteArray("\x1d(k\x2f\x01"
                                         "1P0xxx",
                                         11)));
    }

    void testDrawerOpensOnlyForCashTaken_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<bool>("reprint");
        QTest::addColumn<bool>("option");
        QTest::addColumn<bool>("kicks");
        QTest::addRow("cash sale") << QStringLiteral("sale-cash") << false << true << true;
        QTest::addRow("cash sale, drawer option off")
            << QStringLiteral("sale-cash") << false << false << false;
        QTest::addRow("reprint of a cash sale")
            << QStringLiteral("sale-cash") << true << true << false;
        QTest::addRow("PIX and card") << QStringLiteral("sale-pix") << false << true << false;
        QTest::addRow("refund to store credit")
            << QStringLiteral("return") << false << true << false;
    }
    void testDrawerOpensOnlyForCashTaken()
    {
        QFETCH(QString, sample);
        QFETCH(bool, reprint);
        QFETCH(bool, option);
        QFETCH(bool, kicks);
        Receipt receipt = ReceiptSamples::make(sample);
        receipt.reprint = reprint;
        EscPosReceipt::Options o;
        o.openDrawerOnCash = option;
        const QByteArray bytes = EscPosReceipt::encode(receipt, o);
        QCOMPARE(read(bytes).drawerKick, kicks);
        // Pin 2, 25 × 2 ms on, 250 × 2 ms off, right after the set-up.
        if (kicks)
            QVERIFY(bytes.startsWith(QByteArray("\x1b@\x1bt\x03\x1bp\x00\x19\xfa", 10)));
    }

    void testReprintSaysSo()
    {
        Receipt receipt = ReceiptSamples::make(QStringLiteral("sale-cash"));
        const auto lines = [&] {
            QStringList out;
            for (const auto &l : read(EscPosReceipt::encode(receipt, {})).lines)
                out << l.text;
            return out;
        };
        QVERIFY(!lines().contains(QStringLiteral("REPRINT")));
        receipt.reprint = true;
        QVERIFY(lines().contains(QStringLiteral("REPRINT")));
    }
};

QTEST_GUILESS_MAIN(TestEscPosReceipt)
#include "TestEscPosReceipt.moc"
