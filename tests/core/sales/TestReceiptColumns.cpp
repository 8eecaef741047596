// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "sales/ReceiptColumns.h"

#include <QTest>

using namespace Balcao;

Q_DECLARE_METATYPE(Balcao::ReceiptRow)

namespace {

ReceiptRow pair(const QString &text, const QString &right, int indent = 0)
{
    return ReceiptRow {
        ReceiptRow::Kind::Pair, ReceiptRow::Style::Normal, text, {}, right, indent
    };
}

} // namespace

class TestReceiptColumns : public QObject
{
    Q_OBJECT

private slots:
    void testWrap_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<QStringList>("lines");
        QTest::addRow("fits") << "Shampoo 500 ml" << 20 << QStringList { "Shampoo 500 ml" };
        QTest::addRow("at a space")
            << "Corte feminino com escova" << 16 << QStringList { "Corte feminino", "com escova" };
        QTest::addRow("long word cut")
            << "00020126580014br.gov" << 8 << QStringList { "00020126", "580014br", ".gov" };
        QTest::addRow("spaces collapse") << "  a   b  " << 10 << QStringList { "a b" };
        QTest::addRow("no-break space holds")
            << QString("Total R$\u00a01.234,56") << 10
            << QStringList { "Total", QString("R$\u00a01.234,5"), "6" };
        QTest::addRow("empty") << "" << 10 << QStringList { "" };
    }
    void testWrap()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(QStringList, lines);
        QCOMPARE(ReceiptColumns::wrap(text, width), lines);
    }

    void testPair_data()
    {
        QTest::addColumn<ReceiptRow>("row");
        QTest::addColumn<int>("width");
        QTest::addColumn<QStringList>("lines");
        QTest::addRow("one line") << pair("Total", "R$ 9,00") << 20
                                  << QStringList { "Total        R$ 9,00" };
        QTest::addRow("indented") << pair("Change", "R$ 1,00", 1) << 20
                                  << QStringList { "  Change     R$ 1,00" };
        QTest::addRow("amount after the wrapped words")
            << pair("Of which taxes in total", "R$ 1,00") << 20
            << QStringList { "Of which taxes in", "total        R$ 1,00" };
        QTest::addRow("amount on its own line")
            << pair("Discounts given", "-R$ 10,00") << 20
            << QStringList { "Discounts given", "           -R$ 10,00" };
        QTest::addRow("no amount")
            << pair("Returned items", {}) << 20 << QStringList { "Returned items" };
    }
    void testPair()
    {
        QFETCH(ReceiptRow, row);
        QFETCH(int, width);
        QFETCH(QStringList, lines);
        QCOMPARE(ReceiptColumns::lines(row, width), lines);
    }

    void testItemAndRule()
    {
        const ReceiptRow item { ReceiptRow::Kind::Item,
                                ReceiptRow::Style::Normal,
                                "Shampoo 500 ml",
                                "2 x R$ 45,90 18%",
                                "R$ 91,80",
                                0 };
        QCOMPARE(ReceiptColumns::lines(item, 32),
                 (QStringList { "Shampoo 500 ml", "  2 x R$ 45,90 18%      R$ 91,80" }));
        const ReceiptRow rule { ReceiptRow::Kind::Rule, ReceiptRow::Style::Normal, {}, {}, {}, 0 };
        QCOMPARE(ReceiptColumns::lines(rule, 5), QStringList { "-----" });
        QCOMPARE(ReceiptColumns::centred("abc", 10), "   abc");
    }
};

QTEST_GUILESS_MAIN(TestReceiptColumns)
#include "TestReceiptColumns.moc"
