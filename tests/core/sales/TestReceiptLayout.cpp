// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "ReceiptSamples.h"
#include "sales/ReceiptLayout.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;
using Kind = ReceiptRow::Kind;
using Style = ReceiptRow::Style;

namespace {

// The first row with these words; a missing one shows in the comparison.
ReceiptRow find(const QList<ReceiptRow> &rows, const QString &text)
{
    for (const ReceiptRow &row : rows) {
        if (row.text == text)
            return row;
    }
    return ReceiptRow { Kind::Rule, Style::Normal, {}, {}, "(no row \"" + text + "\")", -1 };
}

bool has(const QList<ReceiptRow> &rows, const QString &text)
{
    return find(rows, text).indent >= 0;
}

QString nbsp(QString text)
{
    return text.replace(' ', QChar(0x00A0));
}

} // namespace

class TestReceiptLayout : public QObject
{
    Q_OBJECT

private slots:
    void testPercent_data()
    {
        QTest::addColumn<int>("basisPoints");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addRow("whole") << 1800 << "pt_BR"
                               << "18%";
        QTest::addRow("hundredths") << 525 << "pt_BR"
                                    << "5,25%";
        QTest::addRow("tenths") << 8750 << "en_US"
                                << "87.5%";
        QTest::addRow("small") << 5 << "en_US"
                               << "0.05%";
        QTest::addRow("zero") << 0 << "en_US"
                              << "0%";
    }
    void testPercent()
    {
        QFETCH(int, basisPoints);
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QCOMPARE(ReceiptLayout::percent(basisPoints, QLocale(locale)), text);
    }

    void testSale()
    {
        const QList<ReceiptRow> rows = ReceiptLayout::rows(ReceiptSamples::make("sale-cash"));
        QCOMPARE(rows.first().kind, Kind::Title);
        QCOMPARE(rows.first().text, "Salão Bela Vista");
        QVERIFY(has(rows, "Tax ID 12.345.678/0001-90"));
        QVERIFY(has(rows, "SALE"));
        QVERIFY(!has(rows, "REPRINT"));
        QCOMPARE(find(rows, "Number").right, "CEN-7K2Q-000123");
        // In the location's zone and the receipt's language.
        QCOMPARE(find(rows, "Date").right, "17/09/2026 14:35");
        QCOMPARE(find(rows, "Client").right, "João Araújo");
        const ReceiptRow shampoo = find(rows, "Shampoo 500 ml");
        QCOMPARE(shampoo.kind, Kind::Item);
        QCOMPARE(shampoo.detail, QString("2 × R$\u00a045,90  18%"));
        QCOMPARE(shampoo.right, nbsp("R$ 87,21"));
        QCOMPARE(find(rows, "Discount").right, nbsp("-R$ 4,59"));
        QCOMPARE(find(rows, "Discount").indent, 1);
        QCOMPARE(find(rows, "Subtotal").right, nbsp("R$ 216,80"));
        const ReceiptRow total = find(rows, "TOTAL");
        QCOMPARE(total.style, Style::Large);
        QCOMPARE(total.right, nbsp("R$ 212,21"));
        QCOMPARE(find(rows, "Cash").right, nbsp("R$ 212,21"));
        QCOMPARE(find(rows, "Tendered").right, nbsp("R$ 250,00"));
        QCOMPARE(find(rows, "Change").right, nbsp("R$ 37,79"));
        QCOMPARE(find(rows, "Of which taxes").right, nbsp("R$ 19,01"));
        QCOMPARE(find(rows, "ICMS 18% on " + nbsp("R$ 87,21")).right, nbsp("R$ 13,30"));
        QVERIFY(has(rows, "Obrigado pela preferência!"));
        QVERIFY(has(rows, "Volte sempre."));
        QCOMPARE(rows.last().text, "Not a fiscal document");
    }

    void testAddedTaxesAndTipArePartOfTheTotal()
    {
        const QList<ReceiptRow> rows = ReceiptLayout::rows(ReceiptSamples::make("reprint-eur"));
        QVERIFY(has(rows, "REPRINT"));
        QCOMPARE(find(rows, "Date").right.left(7), "3/2/26 ");
        QCOMPARE(find(rows, "VAT (20%)").right, nbsp("€ 12.29"));
        QCOMPARE(find(rows, "Tip").right, nbsp("€ 5.00"));
        QCOMPARE(find(rows, "TOTAL").right, nbsp("€ 78.76"));
        // Nothing included, so no "of which taxes".
        QVERIFY(!has(rows, "Of which taxes"));
        int vat = 0;
        for (const ReceiptRow &row : rows)
            vat += row.text.startsWith("VAT") ? 1 : 0;
        QCOMPARE(vat, 1);
    }

    // Paid with PIX: the transaction is named and there is no code to pay
    // again; the code is only on a sale that left an amount due, for it.
    void testPixPaidNamesTheTransactionAndHasNoCode()
    {
        const Receipt receipt = ReceiptSamples::make("sale-pix");
        const QList<ReceiptRow> rows = ReceiptLayout::rows(receipt);
        QCOMPARE(find(rows, "Paid with PIX").right, nbsp("R$ 150,00"));
        QVERIFY(has(rows, "Transaction"));
        QVERIFY(has(rows, receipt.payments.first().reference));
        QCOMPARE(find(rows, "Authorization").right, "AUT 784512");
        QVERIFY(std::none_of(rows.begin(), rows.end(),
                             [](const ReceiptRow &r) { return r.kind == Kind::Qr; }));
        QCOMPARE(rows.last().text, "Not a fiscal document");
    }

    void testAmountLeftDueIsAskedForWithPix()
    {
        const Receipt receipt = ReceiptSamples::make("sale-due-pix");
        const QList<ReceiptRow> rows = ReceiptLayout::rows(receipt);
        QCOMPARE(find(rows, "Left due").right, nbsp("R$ 80,00"));
        const auto qr = std::find_if(rows.begin(), rows.end(),
                                     [](const ReceiptRow &r) { return r.kind == Kind::Qr; });
        QVERIFY(qr != rows.end());
        QCOMPARE(qr->text, receipt.pixPayload);
        QCOMPARE((qr - 1)->text, "Pay what is left due with PIX");
    }

    void testGiftCardIsNamedByItsLastCharacters()
    {
        Receipt receipt = ReceiptSamples::make("sale-cash");
        ReceiptPayment card(PaymentMethod::GiftCard, receipt.saleTotal);
        card.reference = "****26AB";
        receipt.payments = { card };
        receipt.balancesAfter
            = { ReceiptBalance(ReceiptBalance::Kind::GiftCard, Money(1000, receipt.currency)) };
        receipt.balancesAfter.first().reference = "****26AB";
        const QList<ReceiptRow> rows = ReceiptLayout::rows(receipt);
        QCOMPARE(find(rows, "Gift card ****26AB").right, nbsp("R$ 212,21"));
        QCOMPARE(find(rows, "Gift card ****26AB balance").right, nbsp("R$ 10,00"));
    }

    void testReturn()
    {
        const QList<ReceiptRow> rows = ReceiptLayout::rows(ReceiptSamples::make("return"));
        QVERIFY(has(rows, "RETURN"));
        QCOMPARE(find(rows, "Sale").right, "CEN-7K2Q-000123");
        QCOMPARE(find(rows, "Shampoo 500 ml").detail, "1 returned");
        QCOMPARE(find(rows, "Shampoo 500 ml").right, nbsp("-R$ 43,61"));
        QCOMPARE(find(rows, "TOTAL REFUNDED").right, nbsp("R$ 48,61"));
        QCOMPARE(find(rows, "Refund: Store credit").right, nbsp("-R$ 48,61"));
        QCOMPARE(find(rows, "Store credit balance").right, nbsp("R$ 73,61"));
        QVERIFY(!has(rows, "Subtotal"));
    }

    void testExchange()
    {
        const QList<ReceiptRow> rows = ReceiptLayout::rows(ReceiptSamples::make("exchange"));
        QVERIFY(has(rows, "EXCHANGE"));
        QCOMPARE(find(rows, "Return").right, "CEN-7K2Q-R00008");
        int headings = 0;
        for (const ReceiptRow &row : rows)
            headings += (row.text == "Returned items" || row.text == "New items") ? 1 : 0;
        QCOMPARE(headings, 4); // above each list, and in the totals
        QCOMPARE(find(rows, "TO PAY").right, nbsp("R$ 14,29"));
        QCOMPARE(find(rows, "Card").right, nbsp("R$ 14,29"));
    }

    void testExchangeGivingMoneyBack()
    {
        Receipt receipt = ReceiptSamples::make("exchange");
        receipt.refundTotal = Money(6000, receipt.currency);
        const QList<ReceiptRow> rows = ReceiptLayout::rows(receipt);
        QVERIFY(!has(rows, "TO PAY"));
        QCOMPARE(find(rows, "TO REFUND").right, nbsp("R$ 2,10"));
    }

    void testTitle()
    {
        QCOMPARE(ReceiptLayout::title(ReceiptSamples::make("sale-cash")),
                 "Receipt CEN-7K2Q-000123");
        QCOMPARE(ReceiptLayout::title(ReceiptSamples::make("return")),
                 "Return receipt CEN-7K2Q-R00007");
    }
};

QTEST_GUILESS_MAIN(TestReceiptLayout)
#include "TestReceiptLayout.moc"
