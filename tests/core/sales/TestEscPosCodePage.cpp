// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/EscPosCodePage.h"

#include <QTest>

using namespace Balcao;

class TestEscPosCodePage : public QObject
{
    Q_OBJECT

private slots:
    void testEncode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        // Bytes from IBM's code page 860 table.
        QTest::addRow("ASCII as it is")
            << QStringLiteral("Total R$ 12,50") << QByteArray("Total R$ 12,50");
        QTest::addRow("lower case accents")
            << QStringLiteral("ãõçáâàéêíóôú")
            << QByteArray("\x84\x94\x87\xa0\x83\x85\x82\x88\xa1\xa2\x93\xa3");
        QTest::addRow("capitals") << QStringLiteral("ÃÕÇÁÂÀÉÊÍÓÔÚ")
                                  << QByteArray("\x8e\x99\x80\x86\x8f\x91\x90\x89\x8b\x9f\x8c\x96");
        QTest::addRow("ordinals") << QStringLiteral("2ª via, nº 3")
                                  << QByteArray("2\xa6 via, n\xa7 3");
        QTest::addRow("no-break space prints as a space")
            << QStringLiteral("R$\u00a045,90") << QByteArray("R$ 45,90");
        QTest::addRow("controls dropped") << QStringLiteral("a\u0007b") << QByteArray("ab");
        QTest::addRow("not on the page") << QStringLiteral("€") << QByteArray("?");
    }
    void testEncode()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        QCOMPARE(EscPosCodePage::encode(text), bytes);
    }

    void testTransliterate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("printable");
        QTest::addRow("Portuguese kept") << QStringLiteral("Salão São João, Conceição")
                                         << QStringLiteral("Salão São João, Conceição");
        QTest::addRow("euro spelled")
            << QStringLiteral("€\u00a012.50") << QStringLiteral("EUR\u00a012.50");
        QTest::addRow("times sign") << QStringLiteral("2 × R$ 5") << QStringLiteral("2 x R$ 5");
        QTest::addRow("quotes and dashes")
            << QStringLiteral("“deluxe” – ‘ok’ — x") << QStringLiteral("\"deluxe\" - 'ok' - x");
        QTest::addRow("ellipsis") << QStringLiteral("see you…") << QStringLiteral("see you...");
        // Letters the page has keep their accents; the others lose them.
        QTest::addRow("accents removed")
            << QStringLiteral("Dvořák, Łódź, ẞ, ő") << QStringLiteral("Dvorák, ?ódz, ?, o");
        QTest::addRow("ligature decomposed") << QStringLiteral("ﬁo") << QStringLiteral("fio");
        QTest::addRow("narrow no-break space (CLDR's PM)")
            << QStringLiteral("2:35\u202fPM") << QStringLiteral("2:35\u00a0PM");
        QTest::addRow("emoji is one unknown character")
            << QStringLiteral("Obrigado \U0001F600!") << QStringLiteral("Obrigado ?!");
        QTest::addRow("line break becomes a space")
            << QStringLiteral("a\nb") << QStringLiteral("a b");
    }
    void testTransliterate()
    {
        QFETCH(QString, text);
        QFETCH(QString, printable);
        const QString out = EscPosCodePage::transliterate(text);
        QCOMPARE(out, printable);
        // Everything left encodes without a '?' the text did not have.
        QCOMPARE(EscPosCodePage::encode(out).count('?'), out.count(QLatin1Char('?')));
    }
};

QTEST_GUILESS_MAIN(TestEscPosCodePage)
#include "TestEscPosCodePage.moc"
