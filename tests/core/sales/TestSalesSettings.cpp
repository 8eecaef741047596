// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "TestStore.h"
#include "sales/SalesSettings.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestSalesSettings : public QObject
{
    Q_OBJECT

private slots:
    void testDefaultsAndLimits()
    {
        TestStore t;
        t.initialiseBusiness();
        SalesSettings settings(*t);
        QCOMPARE(settings.taxRounding().value(), TaxRounding::PerLine);
        QCOMPARE(settings.discountLimitBp().value(), SalesSettings::kDefaultDiscountLimitBp);
        QCOMPARE(settings.setDiscountLimitBp(10001).error().code, "settings.discountLimitInvalid");
        QVERIFY(settings.setDiscountLimitBp(0).ok());
        QCOMPARE(settings.discountLimitBp().value(), 0);
        QVERIFY(settings.setTaxRounding(TaxRounding::PerTotal).ok());
        QCOMPARE(settings.taxRounding().value(), TaxRounding::PerTotal);
        QCOMPARE(settings.setReceiptFooter(QString(501, u'x')).error().code,
                 "settings.footerTooLong");
    }

    void testNoReceiptLookback_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("a day") << 1 << true;
        QTest::addRow("a month") << 30 << true;
        QTest::addRow("ten years") << 3650 << true;
        QTest::addRow("zero") << 0 << false;
        QTest::addRow("negative") << -5 << false;
        QTest::addRow("over ten years") << 3651 << false;
    }
    void testNoReceiptLookback()
    {
        QFETCH(int, days);
        QFETCH(bool, accepted);
        TestStore t;
        t.initialiseBusiness();
        SalesSettings settings(*t);
        QCOMPARE(settings.noReceiptLookbackDays().value(),
                 SalesSettings::kDefaultNoReceiptLookbackDays);
        auto set = settings.setNoReceiptLookbackDays(days);
        QCOMPARE(set.ok(), accepted);
        if (!accepted)
            QCOMPARE(set.error().code, "settings.lookbackInvalid");
        QCOMPARE(settings.noReceiptLookbackDays().value(),
                 accepted ? days : SalesSettings::kDefaultNoReceiptLookbackDays);
    }

    // A settings dialog saves everything or nothing.
    void testChangesApplyTogetherOrNotAtAll()
    {
        TestStore t;
        t.initialiseBusiness();
        SalesSettings settings(*t);
        SalesSettings::Changes changes;
        changes.taxRounding = TaxRounding::PerTotal;
        changes.discountLimitBp = 1500;
        changes.receiptFooter = "Obrigado!";
        changes.taxId = "12.345.678/0001-95";
        changes.noReceiptLookbackDays = 30;
        changes.pix = SalesSettings::Changes::PixChange { PixKey::Type::Cpf, "529.982.247-26",
                                                          "Salão", "São Paulo" };
        auto refused = settings.apply(changes);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(settings.taxRounding().value(), TaxRounding::PerLine);
        QCOMPARE(settings.discountLimitBp().value(), SalesSettings::kDefaultDiscountLimitBp);
        QVERIFY(settings.receiptFooter().value().isEmpty());
        QVERIFY(settings.taxId().value().isEmpty());
        QCOMPARE(settings.noReceiptLookbackDays().value(),
                 SalesSettings::kDefaultNoReceiptLookbackDays);
        QVERIFY(!settings.pix().value().isSet());

        changes.pix->key = "529.982.247-25";
        QVERIFY(settings.apply(changes).ok());
        QCOMPARE(settings.taxRounding().value(), TaxRounding::PerTotal);
        QCOMPARE(settings.discountLimitBp().value(), 1500);
        QCOMPARE(settings.receiptFooter().value(), "Obrigado!");
        QCOMPARE(settings.taxId().value(), "12.345.678/0001-95");
        QCOMPARE(settings.noReceiptLookbackDays().value(), 30);
        QCOMPARE(settings.pix().value().key, "52998224725");

        // An empty key takes PIX away; the rest stays.
        SalesSettings::Changes clear;
        clear.pix = SalesSettings::Changes::PixChange {};
        QVERIFY(settings.apply(clear).ok());
        QVERIFY(!settings.pix().value().isSet());
        QVERIFY(settings.pix().value().merchantName.isEmpty());
        QCOMPARE(settings.receiptFooter().value(), "Obrigado!");
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
        QVERIFY(settings.pix().value().key.isEmpty()); // refused: nothing stored
        QVERIFY(
            settings.setPix(PixKey::Type::Cpf, "529.982.247-25", "Salão Bela Vista", "São Paulo")
                .ok());
        QCOMPARE(settings.pix().value().key, "52998224725");

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
