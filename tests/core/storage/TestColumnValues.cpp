// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"
#include "storage/ChangeWriter.h"
#include "storage/ColumnValues.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

Currency currency(const char *code)
{
    return *Currency::fromCode(QString::fromLatin1(code));
}

} // namespace

using Entries = QList<std::pair<qint64, QString>>; // amount_minor, currency

Q_DECLARE_METATYPE(std::optional<Balcao::Money>)

// The one translation between domain values and column values that every
// service uses (they each had a copy before).
class TestColumnValues : public QObject
{
    Q_OBJECT

private slots:
    void testIdOrNull()
    {
        QVERIFY(idOrNull(Id()).isNull());
        const Id id = Id::fromString(QStringLiteral("01a25274-3e2f-732b-b68e-bb9422657b56"));
        QCOMPARE(idOrNull(id), QVariant(QStringLiteral("01a25274-3e2f-732b-b68e-bb9422657b56")));
    }

    void testTextOrNull_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVariant>("column");
        QTest::addRow("null") << QString() << QVariant();
        QTest::addRow("empty") << QStringLiteral("") << QVariant();
        // Only emptiness is NULL: the caller trims what it means to trim.
        QTest::addRow("space kept") << QStringLiteral(" ") << QVariant(QStringLiteral(" "));
        QTest::addRow("text") << QStringLiteral("Café") << QVariant(QStringLiteral("Café"));
    }
    void testTextOrNull()
    {
        QFETCH(QString, text);
        QFETCH(QVariant, column);
        QCOMPARE(textOrNull(text).isNull(), column.isNull());
        if (!column.isNull())
            QCOMPARE(textOrNull(text), column);
    }

    void testMinorOrNull_data()
    {
        QTest::addColumn<std::optional<Money>>("amount");
        QTest::addColumn<QVariant>("column");
        QTest::addRow("none") << std::optional<Money>() << QVariant();
        QTest::addRow("zero is not null")
            << std::optional<Money>(Money::zero(currency("BRL"))) << QVariant(qint64(0));
        QTest::addRow("negative") << std::optional<Money>(Money(-4590, currency("BRL")))
                                  << QVariant(qint64(-4590));
    }
    void testMinorOrNull()
    {
        QFETCH(std::optional<Money>, amount);
        QFETCH(QVariant, column);
        QCOMPARE(minorOrNull(amount).isNull(), column.isNull());
        if (!column.isNull())
            QCOMPARE(minorOrNull(amount).toLongLong(), column.toLongLong());
    }

    void testMoneyFromColumns_data()
    {
        QTest::addColumn<QVariant>("minor");
        QTest::addColumn<QVariant>("code");
        QTest::addColumn<qint64>("expectedMinor");
        QTest::addColumn<QString>("expectedCode"); // empty: no currency
        QTest::addRow("BRL") << QVariant(qint64(4590)) << QVariant(QStringLiteral("BRL"))
                             << qint64(4590) << QStringLiteral("BRL");
        QTest::addRow("JPY has no minor digits")
            << QVariant(qint64(500)) << QVariant(QStringLiteral("JPY")) << qint64(500)
            << QStringLiteral("JPY");
        QTest::addRow("lower-case code") << QVariant(qint64(-1)) << QVariant(QStringLiteral("usd"))
                                         << qint64(-1) << QStringLiteral("USD");
        QTest::addRow("integer as text")
            << QVariant(QStringLiteral("123")) << QVariant(QStringLiteral("EUR")) << qint64(123)
            << QStringLiteral("EUR");
        QTest::addRow("damaged code")
            << QVariant(qint64(700)) << QVariant(QStringLiteral("R$")) << qint64(700) << QString();
        QTest::addRow("null code")
            << QVariant(qint64(700)) << QVariant() << qint64(700) << QString();
    }
    void testMoneyFromColumns()
    {
        QFETCH(QVariant, minor);
        QFETCH(QVariant, code);
        QFETCH(qint64, expectedMinor);
        QFETCH(QString, expectedCode);
        const Money money = moneyFromColumns(minor, code);
        QCOMPARE(money.minorUnits(), expectedMinor);
        QCOMPARE(money.currency().code(), expectedCode);
        QCOMPARE(money.hasCurrency(), !expectedCode.isEmpty());
        QCOMPARE(currencyFromColumn(code), money.currency());
        if (!money.hasCurrency()) {
            // A damaged row is never summed with the others.
            QCOMPARE(Money::zero(currency("BRL")).plus(money).error().code,
                     QStringLiteral("money.noCurrency"));
        }
        const auto optional = optionalMoneyFromColumns(minor, code);
        QVERIFY(optional.has_value());
        QCOMPARE(*optional, money);
        QVERIFY(!optionalMoneyFromColumns(QVariant(), code).has_value());
    }

    // A ledger's sum per currency, read from a real table: one currency
    // adds up, two are refused rather than added, none is zero.
    void testSumInCurrency_data()
    {
        QTest::addColumn<Entries>("entries");
        QTest::addColumn<QString>("error");
        QTest::addColumn<qint64>("sum");
        QTest::addRow("none") << Entries {} << QString() << qint64(0);
        QTest::addRow("one currency")
            << Entries { { 4449, QStringLiteral("BRL") }, { -1150, QStringLiteral("BRL") } }
            << QString() << qint64(3299);
        QTest::addRow("another currency")
            << Entries { { 4449, QStringLiteral("BRL") }, { 100, QStringLiteral("USD") } }
            << QStringLiteral("money.currencyMismatch") << qint64(0);
        QTest::addRow("a damaged currency")
            << Entries { { 4449, QStringLiteral("BRL") }, { 100, QStringLiteral("R$") } }
            << QStringLiteral("money.noCurrency") << qint64(0);
    }
    void testSumInCurrency()
    {
        QFETCH(Entries, entries);
        QFETCH(QString, error);
        QFETCH(qint64, sum);
        TestStore t;
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE entries (amount_minor, currency)")));
        for (const auto &[minor, code] : entries) {
            q.prepare(QStringLiteral("INSERT INTO entries VALUES (?, ?)"));
            q.addBindValue(minor);
            q.addBindValue(code);
            QVERIFY(q.exec());
        }
        q.prepare(
            QStringLiteral("SELECT currency, sum(amount_minor) FROM entries GROUP BY currency"));
        const auto total = sumInCurrency(q, currency("BRL"));
        QCOMPARE(total.ok(), error.isEmpty());
        if (total)
            QCOMPARE(*total, Money(sum, currency("BRL")));
        else
            QCOMPARE(total.error().code, error);
        // A query the database refuses is an error, not zero.
        q.prepare(QStringLiteral("SELECT currency, sum(amount_minor) FROM gone GROUP BY 1"));
        QCOMPARE(sumInCurrency(q, currency("BRL")).error().code,
                 QStringLiteral("storage.readFailed"));
    }

    // What the functions write is what a real encrypted store keeps, and
    // what they read back is what was written.
    void testRoundTripThroughTheStore()
    {
        TestStore t;
        const Id id = Id::generate(t->clock());
        const Money price(3999, currency("USD"));
        auto written = t->transact([&]() -> Result<void> {
            auto w = t->writer().writeRecord(
                QStringLiteral("products"), id,
                { { QStringLiteral("name"), QStringLiteral("Pente") },
                  { QStringLiteral("sku"), textOrNull(QString()) },
                  { QStringLiteral("tax_class_id"), idOrNull(Id()) },
                  { QStringLiteral("price_minor"), price.minorUnits() },
                  { QStringLiteral("currency"), price.currency().code() } });
            if (!w)
                return w.error();
            return {};
        });
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT typeof(sku), typeof(tax_class_id), price_minor,"
                                      " currency FROM products WHERE id = '")
                       + id.toString() + QLatin1Char('\'')));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("null"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("null"));
        QCOMPARE(moneyFromColumns(q.value(2), q.value(3)), price);
    }
};

QTEST_GUILESS_MAIN(TestColumnValues)
#include "TestColumnValues.moc"
