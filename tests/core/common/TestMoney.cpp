// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Money.h"

#include <QTest>

using namespace Balcao;

namespace {
Currency brl()
{
    return *Currency::fromCode(QStringLiteral("BRL"));
}
} // namespace

Q_DECLARE_METATYPE(Balcao::Rounding)
Q_DECLARE_METATYPE(Balcao::Money)

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void testCurrencyCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("digits");
        QTest::addRow("BRL") << QStringLiteral("BRL") << true << 2;
        QTest::addRow("lower case") << QStringLiteral("usd") << true << 2;
        QTest::addRow("JPY has none") << QStringLiteral("JPY") << true << 0;
        QTest::addRow("KWD has three") << QStringLiteral("KWD") << true << 3;
        QTest::addRow("too short") << QStringLiteral("BR") << false << 0;
        QTest::addRow("digits") << QStringLiteral("B1L") << false << 0;
        QTest::addRow("empty") << QString() << false << 0;
    }
    void testCurrencyCodes()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QFETCH(int, digits);
        auto currency = Currency::fromCode(code);
        QCOMPARE(currency.ok(), valid);
        if (valid)
            QCOMPARE(currency->minorDigits(), digits);
        else
            QCOMPARE(currency.error().code, QStringLiteral("currency.invalid"));
    }

    void testRounding_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<qint64>("numerator");
        QTest::addColumn<qint64>("denominator");
        QTest::addColumn<Rounding>("rounding");
        QTest::addColumn<qint64>("expected");
        // 10% of R$ 0,05 = 0,5 centavo
        QTest::addRow("half up .5")
            << qint64(5) << qint64(10) << qint64(100) << Rounding::HalfUp << qint64(1);
        QTest::addRow("half even .5 to even 0")
            << qint64(5) << qint64(10) << qint64(100) << Rounding::HalfEven << qint64(0);
        QTest::addRow("half even 1.5 to 2")
            << qint64(15) << qint64(10) << qint64(100) << Rounding::HalfEven << qint64(2);
        QTest::addRow("down .9") << qint64(19) << qint64(1) << qint64(2) << Rounding::Down
                                 << qint64(9);
        QTest::addRow("up .1") << qint64(21) << qint64(1) << qint64(20) << Rounding::Up
                               << qint64(2);
        QTest::addRow("negative half up away from zero")
            << qint64(-5) << qint64(1) << qint64(10) << Rounding::HalfUp << qint64(-1);
        QTest::addRow("negative down toward zero")
            << qint64(-19) << qint64(1) << qint64(2) << Rounding::Down << qint64(-9);
        QTest::addRow("exact") << qint64(1000) << qint64(18) << qint64(100) << Rounding::HalfUp
                               << qint64(180);
        QTest::addRow("tax 18 percent on 9.99")
            << qint64(999) << qint64(18) << qint64(100) << Rounding::HalfUp << qint64(180);
        QTest::addRow("negative denominator")
            << qint64(10) << qint64(1) << qint64(-4) << Rounding::HalfUp << qint64(-3);
        QTest::addRow("no overflow in the product")
            << qint64(4611686018427387904LL) << qint64(4) << qint64(8) << Rounding::Down
            << qint64(2305843009213693952LL);
    }
    void testRounding()
    {
        QFETCH(qint64, minor);
        QFETCH(qint64, numerator);
        QFETCH(qint64, denominator);
        QFETCH(Rounding, rounding);
        QFETCH(qint64, expected);
        auto result = Money(minor, brl()).scaled(numerator, denominator, rounding);
        QVERIFY(result.ok());
        QCOMPARE(result->minorUnits(), expected);
    }

    void testArithmeticRefusesMixingAndOverflow()
    {
        const Money a(100, brl());
        const Money usd(100, *Currency::fromCode(QStringLiteral("USD")));
        QCOMPARE(a.plus(usd).error().code, QStringLiteral("money.currencyMismatch"));
        QCOMPARE(Money(std::numeric_limits<qint64>::max(), brl()).plus(a).error().code,
                 QStringLiteral("money.overflow"));
        QCOMPARE(Money(std::numeric_limits<qint64>::max() / 2 + 1, brl()).times(2).error().code,
                 QStringLiteral("money.overflow"));
        QCOMPARE(a.scaled(1, 0, Rounding::HalfUp).error().code,
                 QStringLiteral("money.divisionByZero"));
        QCOMPARE(a.minus(Money(250, brl()))->minorUnits(), -150);
        Money running = a;
        QVERIFY(running.add(Money(5, brl())).ok());
        QCOMPARE(running.minorUnits(), 105);
        QCOMPARE(running.add(usd).error().code, QStringLiteral("money.currencyMismatch"));
        QCOMPARE(running.minorUnits(), 105); // a refused sum leaves the total as it was
        QCOMPARE(a.times(3)->minorUnits(), 300);
    }

    // The amount a struct holds before it is filled must never be summed
    // into a real one: a forgotten field is an error, not a silent zero.
    void testNoCurrencyIsRefusedByArithmetic_data()
    {
        QTest::addColumn<Money>("left");
        QTest::addColumn<Money>("right");
        QTest::addRow("default + BRL") << Money() << Money(100, brl());
        QTest::addRow("BRL + default") << Money(100, brl()) << Money();
        QTest::addRow("default + default") << Money() << Money();
        QTest::addRow("unreadable currency + BRL") << Money(100, Currency()) << Money(5, brl());
    }
    void testNoCurrencyIsRefusedByArithmetic()
    {
        QFETCH(Money, left);
        QFETCH(Money, right);
        QCOMPARE(left.plus(right).error().code, QStringLiteral("money.noCurrency"));
        QCOMPARE(left.minus(right).error().code, QStringLiteral("money.noCurrency"));
        QCOMPARE(left.compare(right).error().code, QStringLiteral("money.noCurrency"));
        QCOMPARE(left.minorUnitsIn(right.currency()).error().code,
                 QStringLiteral("money.noCurrency"));
        QVERIFY(!left.hasCurrency() || !right.hasCurrency());
    }

    void testDefaultIsZeroOfNoCurrency()
    {
        const Money unset;
        QVERIFY(unset.isZero());
        QVERIFY(!unset.hasCurrency());
        QVERIFY(!(unset == Money::zero(brl())));
        QCOMPARE(unset.toDisplayString(QLocale(QStringLiteral("pt_BR"))), QStringLiteral("0,00"));
    }

    void testMinorUnitsInOneCurrency()
    {
        QCOMPARE(*Money(250, brl()).minorUnitsIn(brl()), 250);
        QCOMPARE(
            Money(250, brl()).minorUnitsIn(*Currency::fromCode(QStringLiteral("USD"))).error().code,
            QStringLiteral("money.currencyMismatch"));
    }

    void testSum_data()
    {
        QTest::addColumn<QList<Money>>("amounts");
        QTest::addColumn<QString>("error");
        QTest::addColumn<qint64>("expected");
        const Money usd(1, *Currency::fromCode(QStringLiteral("USD")));
        QTest::addRow("none is zero") << QList<Money>() << QString() << qint64(0);
        QTest::addRow("two") << QList<Money> { Money(150, brl()), Money(-50, brl()) } << QString()
                             << qint64(100);
        QTest::addRow("mixed") << QList<Money> { Money(150, brl()), usd }
                               << QStringLiteral("money.currencyMismatch") << qint64(0);
        QTest::addRow("unfilled") << QList<Money> { Money(150, brl()), Money() }
                                  << QStringLiteral("money.noCurrency") << qint64(0);
    }
    void testSum()
    {
        QFETCH(QList<Money>, amounts);
        QFETCH(QString, error);
        QFETCH(qint64, expected);
        const auto total = Money::sum(amounts, brl());
        QCOMPARE(total.ok(), error.isEmpty());
        if (total) {
            QCOMPARE(total->minorUnits(), expected);
            QCOMPARE(total->currency(), brl());
        } else {
            QCOMPARE(total.error().code, error);
        }
        QCOMPARE(Money::sum({}, Currency()).error().code, QStringLiteral("money.noCurrency"));
    }

    void testCompare_data()
    {
        QTest::addColumn<qint64>("left");
        QTest::addColumn<qint64>("right");
        QTest::addColumn<int>("expected");
        QTest::addRow("less") << qint64(-5) << qint64(3) << -1;
        QTest::addRow("equal") << qint64(7) << qint64(7) << 0;
        QTest::addRow("more") << qint64(8) << qint64(7) << 1;
    }
    void testCompare()
    {
        QFETCH(qint64, left);
        QFETCH(qint64, right);
        QFETCH(int, expected);
        QCOMPARE(*Money(left, brl()).compare(Money(right, brl())), expected);
        QCOMPARE(Money(left, brl()).atMost(Money(right, brl()))->minorUnits(), qMin(left, right));
        QCOMPARE(Money(left, brl()).atMost(Money()).error().code,
                 QStringLiteral("money.noCurrency"));
        QCOMPARE(Money(left, brl())
                     .compare(Money(right, *Currency::fromCode(QStringLiteral("EUR"))))
                     .error()
                     .code,
                 QStringLiteral("money.currencyMismatch"));
    }

    void testAllocateAddsUpExactly_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<int>("parts");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::addRow("10.00 in 3") << qint64(1000) << 3 << QList<qint64> { 334, 333, 333 };
        QTest::addRow("0.01 in 2") << qint64(1) << 2 << QList<qint64> { 1, 0 };
        QTest::addRow("negative") << qint64(-1000) << 3 << QList<qint64> { -334, -333, -333 };
        QTest::addRow("even") << qint64(900) << 3 << QList<qint64> { 300, 300, 300 };
    }
    void testAllocateAddsUpExactly()
    {
        QFETCH(qint64, minor);
        QFETCH(int, parts);
        QFETCH(QList<qint64>, expected);
        QList<qint64> got;
        for (const Money &m : Money(minor, brl()).allocate(parts))
            got << m.minorUnits();
        QCOMPARE(got, expected);
    }

    void testParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("minor");
        QTest::addRow("dot decimal")
            << QStringLiteral("12.34") << QStringLiteral("C") << true << qint64(1234);
        QTest::addRow("comma decimal pt_BR")
            << QStringLiteral("12,34") << QStringLiteral("pt_BR") << true << qint64(1234);
        QTest::addRow("grouped pt_BR")
            << QStringLiteral("1.234,56") << QStringLiteral("pt_BR") << true << qint64(123456);
        QTest::addRow("grouped en")
            << QStringLiteral("1,234.56") << QStringLiteral("en_US") << true << qint64(123456);
        QTest::addRow("whole") << QStringLiteral("7") << QStringLiteral("C") << true << qint64(700);
        QTest::addRow("one decimal")
            << QStringLiteral("7,5") << QStringLiteral("pt_BR") << true << qint64(750);
        QTest::addRow("negative") << QStringLiteral("-3.10") << QStringLiteral("C") << true
                                  << qint64(-310);
        QTest::addRow("too many decimals")
            << QStringLiteral("1.234") << QStringLiteral("C") << false << qint64(0);
        QTest::addRow("letters") << QStringLiteral("12a") << QStringLiteral("C") << false
                                 << qint64(0);
        QTest::addRow("empty") << QString() << QStringLiteral("C") << false << qint64(0);
        QTest::addRow("huge") << QStringLiteral("99999999999999999999") << QStringLiteral("C")
                              << false << qint64(0);
    }
    void testParse()
    {
        QFETCH(QString, text);
        QFETCH(QString, locale);
        QFETCH(bool, valid);
        QFETCH(qint64, minor);
        auto parsed = Money::parse(text, brl(), QLocale(locale));
        QCOMPARE(parsed.ok(), valid);
        if (valid)
            QCOMPARE(parsed->minorUnits(), minor);
        else
            QVERIFY(!parsed.error().message.isEmpty());
    }

    void testFormatting()
    {
        QCOMPARE(Money(123456, brl()).toPlainString(), QStringLiteral("1234.56"));
        QCOMPARE(Money(-5, brl()).toPlainString(), QStringLiteral("-0.05"));
        QCOMPARE(Money(500, *Currency::fromCode(QStringLiteral("JPY"))).toPlainString(),
                 QStringLiteral("500"));
        QCOMPARE(Money(123456, brl()).toDisplayString(QLocale(QStringLiteral("pt_BR"))),
                 QStringLiteral("R$") + QChar(0x00A0) + QStringLiteral("1.234,56"));
        QCOMPARE(Money(123456, brl()).toDisplayString(QLocale(QStringLiteral("en_US"))),
                 QStringLiteral("R$") + QChar(0x00A0) + QStringLiteral("1,234.56"));
        QCOMPARE(Money(-123456, brl()).toDisplayString(QLocale(QStringLiteral("pt_BR"))),
                 QStringLiteral("-R$") + QChar(0x00A0) + QStringLiteral("1.234,56"));
        QCOMPARE(Money(-123456, brl()).toDisplayNumber(QLocale(QStringLiteral("pt_BR"))),
                 QStringLiteral("-1.234,56"));
        QCOMPARE(Money(1234, *Currency::fromCode(QStringLiteral("JPY")))
                     .toDisplayNumber(QLocale(QStringLiteral("en_US"))),
                 QStringLiteral("1,234"));
        QCOMPARE(Money(5, brl()).toDisplayNumber(QLocale(QStringLiteral("en_US"))),
                 QStringLiteral("0.05"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
