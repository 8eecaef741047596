// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "TestStore.h"
#include "sales/SalesSettings.h"

#include <QTest>

using namespace Balcao;
using Balcao::Test::TestStore;

class TestSalesSettings : public QObject
{
    Q_OBJECT

private slots:
    void testDefaultsAndLimits()
    {
        TestStore t;
        t.initialiseBusiness();
        SalesSettings settings(*t);
        QCOMPARE(settings.taxRounding(), TaxRounding::PerLine);
        QCOMPARE(settings.discountLimitBp(), SalesSettings::kDefaultDiscountLimitBp);
        QCOMPARE(settings.setDiscountLimitBp(10001).error().code, "settings.discountLimitInvalid");
        QVERIFY(settings.setDiscountLimitBp(0).ok());
        QCOMPARE(settings.discountLimitBp(), 0);
        QVERIFY(settings.setTaxRounding(TaxRounding::PerTotal).ok());
        QCOMPARE(settings.taxRounding(), TaxRounding::PerTotal);
        QCOMPARE(settings.setReceiptFooter(QString(501, u'x')).error().code,
                 "settings.footerTooLong");
    }

    void testPixCodeForASale()
    {
        TestStore t;
        t.initialiseBusiness();
        SalesSettings settings(*t);
        const Currency brl = Currency::fromCode("BRL").value();
        QCOMPARE(settings.pixCodeFor(Money(1000, brl), "X").error().code, "settings.pixNotSet");
        QVERIFY(!settings.setPix(PixKey::Type::Cpf, "529.982.247-26", "Salão", "São Paulo").ok());
        QCOMPARE(
            settings.setPix(PixKey::Type::Cpf, "529.982.247-25", " ", "São Paulo").error().code,
            "settings.pixIncomplete");
        QVERIFY(settings.pix().key.isEmpty()); // refused: nothing stored
        QVERIFY(
            settings.setPix(PixKey::Type::Cpf, "529.982.247-25", "Salão Bela Vista", "São Paulo")
                .ok());
        QCOMPARE(settings.pix().key, "52998224725");

        auto code = settings.pixCodeFor(Money(9880, brl), "SAL-7K2Q-000123");
        QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().message));
        auto read = PixCode::parse(code->payload());
        QVERIFY(read.ok());
        QCOMPARE(read->charge().amount, std::optional<Money>(Money(9880, brl)));
        QCOMPARE(read->charge().txid, "SAL7K2Q000123");
        QCOMPARE(read->charge().key.value(), "52998224725");
        QCOMPARE(read->charge().use, PixUse::SingleUse);
    }
};

QTEST_GUILESS_MAIN(TestSalesSettings)
#include "TestSalesSettings.moc"
