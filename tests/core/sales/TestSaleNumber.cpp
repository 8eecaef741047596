// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/SaleNumber.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Balcao;

class TestSaleNumber : public QObject
{
    Q_OBJECT
private slots:
    void locationCode_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addRow("plain") << QStringLiteral("Centro") << QStringLiteral("CEN");
        QTest::addRow("accents dropped") << QStringLiteral("São Paulo") << QStringLiteral("SAO");
        QTest::addRow("spaces and symbols skipped")
            << QStringLiteral("  A-1 Pet") << QStringLiteral("A1P");
        QTest::addRow("short") << QStringLiteral("Zé") << QStringLiteral("ZE");
        QTest::addRow("nothing usable") << QStringLiteral("★ ★") << QStringLiteral("LOC");
    }
    void locationCode()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QCOMPARE(SaleNumber::locationCode(name), code);
    }

    void deviceCodeIsStableAndShort()
    {
        const QString id = QStringLiteral("0190c0de-0000-7000-8000-000000000001");
        const QString code = SaleNumber::deviceCode(id);
        QCOMPARE(code, SaleNumber::deviceCode(id));
        QVERIFY(
            QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}$")).match(code).hasMatch());
    }

    void deviceCodesSpread()
    {
        // 20 bits: a thousand random terminals should very rarely share one.
        QSet<QString> codes;
        for (int i = 0; i < 1000; ++i)
            codes.insert(
                SaleNumber::deviceCode(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        QVERIFY2(codes.size() >= 990, qPrintable(QString::number(codes.size())));
    }

    void formats()
    {
        QCOMPARE(SaleNumber::format(QStringLiteral("CEN"), QStringLiteral("7K2Q"), 123),
                 QStringLiteral("CEN-7K2Q-000123"));
        QCOMPARE(SaleNumber::format(QStringLiteral("CEN"), QStringLiteral("7K2Q"), 1234567),
                 QStringLiteral("CEN-7K2Q-1234567"));
        QCOMPARE(SaleNumber::formatReturn(QStringLiteral("CEN"), QStringLiteral("7K2Q"), 7),
                 QStringLiteral("CEN-7K2Q-R00007"));
    }
};

QTEST_GUILESS_MAIN(TestSaleNumber)
#include "TestSaleNumber.moc"
