// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/QrMatrix.h"

#include <QTest>

using namespace Balcao;

Q_DECLARE_METATYPE(Balcao::QrMatrix::ErrorCorrection)

namespace {

// The Central Bank's example BR Code: 137 characters.
const QString kPixExample
    = QStringLiteral("00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-426655440000"
                     "5204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D");

// A finder pattern: a 7×7 dark ring, a light ring inside it, a dark 3×3 core.
bool isFinderPattern(const QrMatrix &m, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || x == 6 || y == 0 || y == 6;
            const bool core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (m.isDark(left + x, top + y) != (ring || core))
                return false;
        }
    }
    return true;
}

} // namespace

class TestQrMatrix : public QObject
{
    Q_OBJECT

private slots:
    // Byte-mode capacities from ISO/IEC 18004 (table 7): the last length that
    // fits a version and the first that needs the next one.
    void testVersionFollowsTheLength_data()
    {
        using EC = QrMatrix::ErrorCorrection;
        QTest::addColumn<int>("bytes");
        QTest::addColumn<QrMatrix::ErrorCorrection>("level");
        QTest::addColumn<int>("version");
        QTest::addRow("M: 1 byte") << 1 << EC::Medium << 1;
        QTest::addRow("M: 14 bytes, full version 1") << 14 << EC::Medium << 1;
        QTest::addRow("M: 15 bytes") << 15 << EC::Medium << 2;
        QTest::addRow("M: 26 bytes, full version 2") << 26 << EC::Medium << 2;
        QTest::addRow("M: 27 bytes") << 27 << EC::Medium << 3;
        QTest::addRow("M: 152 bytes, full version 8") << 152 << EC::Medium << 8;
        QTest::addRow("M: 153 bytes") << 153 << EC::Medium << 9;
        QTest::addRow("M: 2331 bytes, full version 40") << 2331 << EC::Medium << 40;
        QTest::addRow("L: 17 bytes, full version 1") << 17 << EC::Low << 1;
        QTest::addRow("L: 2953 bytes, full version 40") << 2953 << EC::Low << 40;
        QTest::addRow("Q: 11 bytes, full version 1") << 11 << EC::Quartile << 1;
        QTest::addRow("Q: 12 bytes") << 12 << EC::Quartile << 2;
        QTest::addRow("H: 7 bytes, full version 1") << 7 << EC::High << 1;
        QTest::addRow("H: 8 bytes") << 8 << EC::High << 2;
        QTest::addRow("H: 1273 bytes, full version 40") << 1273 << EC::High << 40;
    }
    void testVersionFollowsTheLength()
    {
        QFETCH(int, bytes);
        QFETCH(QrMatrix::ErrorCorrection, level);
        QFETCH(int, version);
        auto m = QrMatrix::encode(QString(bytes, u'a'), level);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QCOMPARE(m->version(), version);
        QCOMPARE(m->size(), 17 + 4 * version);
    }

    void testPixExampleIsVersion8AtMedium()
    {
        // 137 bytes: more than version 7 holds at M (122), within version 8 (152).
        QCOMPARE(kPixExample.size(), 137);
        auto m = QrMatrix::encode(kPixExample);
        QVERIFY(m.ok());
        QCOMPARE(m->version(), 8);
        QCOMPARE(m->size(), 49);
        // Medium is the default; Low fits the same text in version 7.
        QCOMPARE(QrMatrix::encode(kPixExample, QrMatrix::ErrorCorrection::Low)->version(), 7);
    }

    void testTextIsEncodedAsUtf8Bytes()
    {
        // 7 characters, 14 UTF-8 bytes: exactly version 1 at M; one more is version 2.
        const QString sevenTwoByte = QString(7, u'ã');
        QCOMPARE(QrMatrix::encode(sevenTwoByte)->version(), 1);
        QCOMPARE(QrMatrix::encode(sevenTwoByte + u'a')->version(), 2);
    }

    void testTheMatrixIsTheSymbolWithoutQuietZone()
    {
        auto m = QrMatrix::encode(kPixExample);
        QVERIFY(m.ok());
        const int last = m->size() - 7;
        // Finder patterns sit in three corners, touching the matrix's edges:
        // no quiet zone is part of the matrix.
        QVERIFY(isFinderPattern(*m, 0, 0));
        QVERIFY(isFinderPattern(*m, last, 0));
        QVERIFY(isFinderPattern(*m, 0, last));
        QVERIFY(!isFinderPattern(*m, last, last));
        // The timing patterns between them alternate, dark on even positions.
        for (int i = 8; i < m->size() - 8; ++i) {
            QCOMPARE(m->isDark(i, 6), i % 2 == 0);
            QCOMPARE(m->isDark(6, i), i % 2 == 0);
        }
        // The dark module beside the bottom-left finder, in every version.
        QVERIFY(m->isDark(8, m->size() - 8));
    }

    void testEncodingIsDeterministic()
    {
        QVERIFY(*QrMatrix::encode(kPixExample) == *QrMatrix::encode(kPixExample));
        QVERIFY(!(*QrMatrix::encode(kPixExample) == *QrMatrix::encode(kPixExample.chopped(1))));
    }

    void testRefuses_data()
    {
        using EC = QrMatrix::ErrorCorrection;
        QTest::addColumn<QString>("text");
        QTest::addColumn<QrMatrix::ErrorCorrection>("level");
        QTest::addColumn<QString>("code");
        QTest::addRow("empty") << QString() << EC::Medium << QStringLiteral("qr.empty");
        QTest::addRow("M: 2332 bytes")
            << QString(2332, u'a') << EC::Medium << QStringLiteral("qr.tooLong");
        QTest::addRow("L: 2954 bytes")
            << QString(2954, u'a') << EC::Low << QStringLiteral("qr.tooLong");
        QTest::addRow("Q: 1664 bytes")
            << QString(1664, u'a') << EC::Quartile << QStringLiteral("qr.tooLong");
        QTest::addRow("H: 1274 bytes")
            << QString(1274, u'a') << EC::High << QStringLiteral("qr.tooLong");
        QTest::addRow("M: 1166 two-byte characters")
            << QString(1166, u'ã') << EC::Medium << QStringLiteral("qr.tooLong");
    }
    void testRefuses()
    {
        QFETCH(QString, text);
        QFETCH(QrMatrix::ErrorCorrection, level);
        QFETCH(QString, code);
        auto m = QrMatrix::encode(text, level);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, code);
        QCOMPARE(m.error().kind, Error::Kind::Invalid);
        QVERIFY(!m.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQrMatrix)
#include "TestQrMatrix.moc"
