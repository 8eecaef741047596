// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "sales/DiscountText.h"
#include "shell/MoneyText.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

Q_DECLARE_METATYPE(Balcao::Discount)

// How the counter types discounts and reads amounts, in English and
// Brazilian Portuguese: the parsing is Money's, the percentages are basis
// points, and what is shown reads back to the same discount.
class TestDiscountText : public QObject
{
    Q_OBJECT

private slots:
    void testParse_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Discount>("discount");
        const QString en = QStringLiteral("en_GB");
        const QString pt = QStringLiteral("pt_BR");
        QTest::addRow("empty is none") << en << QString() << true << Discount {};
        QTest::addRow("spaces are none") << en << QStringLiteral("  ") << true << Discount {};
        QTest::addRow("whole percent")
            << en << QStringLiteral("10%") << true << Discount::percent(1000);
        QTest::addRow("percent with a space")
            << pt << QStringLiteral("12,5 %") << true << Discount::percent(1250);
        QTest::addRow("percent, two decimals")
            << en << QStringLiteral("7.25%") << true << Discount::percent(725);
        QTest::addRow("a hundredth of a percent is the limit")
            << en << QStringLiteral("0.125%") << false << Discount {};
        QTest::addRow("amount, whole")
            << en << QStringLiteral("5") << true << Discount::amount(500);
        QTest::addRow("amount, en decimals")
            << en << QStringLiteral("4.59") << true << Discount::amount(459);
        QTest::addRow("amount, pt decimals")
            << pt << QStringLiteral("4,59") << true << Discount::amount(459);
        QTest::addRow("amount, pt thousands")
            << pt << QStringLiteral("1.234,50") << true << Discount::amount(123450);
        QTest::addRow("negative amount") << en << QStringLiteral("-5") << false << Discount {};
        QTest::addRow("negative percent") << en << QStringLiteral("-5%") << false << Discount {};
        QTest::addRow("words") << en << QStringLiteral("half") << false << Discount {};
        QTest::addRow("too many decimals") << en << QStringLiteral("1.999") << false << Discount {};
    }
    void testParse()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(Discount, discount);
        auto parsed = DiscountText::parse(text, currencyOf("BRL"), QLocale(locale));
        QCOMPARE(parsed.ok(), ok);
        if (ok) {
            QCOMPARE(parsed->kind == Discount::Kind::None || parsed->isNone(), discount.isNone());
            if (!discount.isNone())
                QCOMPARE(*parsed, discount);
        } else {
            QCOMPARE(parsed.error().code, QStringLiteral("discount.unparsable"));
            QVERIFY(parsed.error().message.contains(text));
        }
    }

    void testFormatReadsBack_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<Discount>("discount");
        QTest::addColumn<QString>("text");
        QTest::addRow("percent en") << "en_GB" << Discount::percent(1250) << "12.5%";
        QTest::addRow("percent pt") << "pt_BR" << Discount::percent(1250) << "12,5%";
        QTest::addRow("whole percent") << "pt_BR" << Discount::percent(1000) << "10%";
        QTest::addRow("amount en") << "en_GB" << Discount::amount(123450) << "1,234.50";
        QTest::addRow("amount pt") << "pt_BR" << Discount::amount(459) << "4,59";
        QTest::addRow("none") << "pt_BR" << Discount {} << "";
    }
    void testFormatReadsBack()
    {
        QFETCH(QString, locale);
        QFETCH(Discount, discount);
        QFETCH(QString, text);
        const QString shown = DiscountText::format(discount, currencyOf("BRL"), QLocale(locale));
        QCOMPARE(shown, text);
        auto back = DiscountText::parse(shown, currencyOf("BRL"), QLocale(locale));
        QVERIFY(back.ok());
        QCOMPARE(back->isNone(), discount.isNone());
        if (!discount.isNone())
            QCOMPARE(*back, discount);
    }

    void testMoneyAndPercentText_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("money");
        QTest::addColumn<QString>("amount");
        QTest::addRow("en") << "en_GB" << qint64(123456) << "R$\u00A01,234.56"
                            << "1,234.56";
        QTest::addRow("pt") << "pt_BR" << qint64(123456) << "R$\u00A01.234,56"
                            << "1.234,56";
        QTest::addRow("negative") << "pt_BR" << qint64(-459) << "-R$\u00A04,59"
                                  << "-4,59";
        QTest::addRow("cents") << "pt_BR" << qint64(5) << "R$\u00A00,05"
                               << "0,05";
    }
    void testMoneyAndPercentText()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, minor);
        QFETCH(QString, money);
        QFETCH(QString, amount);
        QCOMPARE(moneyText(reais(minor), QLocale(locale)), money);
        QCOMPARE(reais(minor).toDisplayNumber(QLocale(locale)), amount);
        // An amount core could not work out shows why.
        QCOMPARE(moneyText(reais(minor).plus(Money()), QLocale(locale)),
                 Money().plus(Money()).error().message);
        QCOMPARE(percentText(1800, QLocale(locale)), QStringLiteral("18\u00A0%"));
    }
};

QTEST_GUILESS_MAIN(TestDiscountText)
#include "TestDiscountText.moc"
