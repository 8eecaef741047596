// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "ReceiptSamples.h"
#include "sales/TextReceipt.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

// No-break spaces (inside "R$ 87,21") shown as spaces, for readable
// expectations.
QString plain(QString text)
{
    return text.replace(QChar(0x00A0), ' ');
}

} // namespace

class TestTextReceipt : public QObject
{
    Q_OBJECT

private slots:
    void testSaleOnEightyMillimetres()
    {
        QCOMPARE(plain(TextReceipt::render(ReceiptSamples::make("sale-cash"))),
                 QString("                Salão Bela Vista\n"
                         "           Tax ID 12.345.678/0001-90\n"
                         "                     Centro\n"
                         "         Rua Augusta, 1500 – São Paulo\n"
                         "                +55 11 3333-4444\n"
                         "------------------------------------------------\n"
                         "                      SALE\n"
                         "Number                           CEN-7K2Q-000123\n"
                         "Date                            17/09/2026 14:35\n"
                         "Cashier                                    maria\n"
                         "Client                               João Araújo\n"
                         "------------------------------------------------\n"
                         "Shampoo 500 ml\n"
                         "  2 × R$ 45,90 18%                      R$ 87,21\n"
                         "  Discount                              -R$ 4,59\n"
                         "Corte feminino com escova\n"
                         "  1 × R$ 120,00 5%                     R$ 120,00\n"
                         "Embrulho para presente\n"
                         "  1 × R$ 5,00                            R$ 5,00\n"
                         "------------------------------------------------\n"
                         "Subtotal                               R$ 216,80\n"
                         "Discounts                               -R$ 4,59\n"
                         "TOTAL                                  R$ 212,21\n"
                         "------------------------------------------------\n"
                         "Cash                                   R$ 212,21\n"
                         "  Tendered                             R$ 250,00\n"
                         "  Change                                R$ 37,79\n"
                         "Of which taxes                          R$ 19,01\n"
                         "  ICMS 18% on R$ 87,21                  R$ 13,30\n"
                         "  ISS 5% on R$ 120,00                    R$ 5,71\n"
                         "------------------------------------------------\n"
                         "           Obrigado pela preferência!\n"
                         "                 Volte sempre.\n"
                         "------------------------------------------------\n"
                         "             Not a fiscal document\n"));
    }

    void testReturnOnFiftyEightMillimetres()
    {
        QCOMPARE(plain(TextReceipt::render(ReceiptSamples::make("return"), 32)),
                 QString("        Salão Bela Vista\n"
                         "   Tax ID 12.345.678/0001-90\n"
                         "             Centro\n"
                         " Rua Augusta, 1500 – São Paulo\n"
                         "        +55 11 3333-4444\n"
                         "--------------------------------\n"
                         "             RETURN\n"
                         "Number           CEN-7K2Q-R00007\n"
                         "Sale             CEN-7K2Q-000123\n"
                         "Date            20/09/2026 10:15\n"
                         "Cashier                    maria\n"
                         "Client               João Araújo\n"
                         "--------------------------------\n"
                         "Shampoo 500 ml\n"
                         "  1 returned           -R$ 43,61\n"
                         "Embrulho para presente\n"
                         "  1 returned            -R$ 5,00\n"
                         "--------------------------------\n"
                         "TOTAL REFUNDED          R$ 48,61\n"
                         "--------------------------------\n"
                         "Refund: Store credit   -R$ 48,61\n"
                         "Of which taxes           R$ 6,65\n"
                         "--------------------------------\n"
                         "Store credit balance    R$ 73,61\n"
                         "--------------------------------\n"
                         "   Obrigado pela preferência!\n"
                         "         Volte sempre.\n"
                         "--------------------------------\n"
                         "     Not a fiscal document\n"));
    }

    void testLinesFitAndThePixCodeIsWhole_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<int>("columns");
        for (const QString &name : ReceiptSamples::names()) {
            QTest::addRow("%s, 32", qPrintable(name)) << name << 32;
            QTest::addRow("%s, 48", qPrintable(name)) << name << 48;
        }
    }
    void testLinesFitAndThePixCodeIsWhole()
    {
        QFETCH(QString, sample);
        QFETCH(int, columns);
        const Receipt receipt = ReceiptSamples::make(sample);
        const QStringList lines = TextReceipt::render(receipt, columns).split('\n');
        for (const QString &line : lines) {
            if (line != receipt.pixPayload)
                QVERIFY2(line.size() <= columns, qPrintable(line));
            QVERIFY2(!line.endsWith(' '), qPrintable(line));
        }
        // Copied from the e-mail into a bank's app, it must be in one piece.
        if (!receipt.pixPayload.isEmpty())
            QVERIFY(lines.contains(receipt.pixPayload));
    }
};

QTEST_GUILESS_MAIN(TestTextReceipt)
#include "TestTextReceipt.moc"
