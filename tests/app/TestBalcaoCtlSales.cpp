// SPDX-License-Identifier: GPL-3.0-or-later
// Command lines read better with plain literals.
#undef QT_NO_CAST_FROM_ASCII

#include "CtlProcess.h"
#include "KillHarness.h"
#include "TestStore.h"
#include "security/PassphraseKey.h"
#include "storage/LocalStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Balcao::LocalStore;
using namespace Balcao::Test;

// The checkout commands of the real balcaoctl binary, as a script drives
// them: products and stock, sales with split payments, approvals, returns,
// an exchange and a cash shift from float to count, with --json.
class TestBalcaoCtlSales : public QObject, private CtlDatabase
{
    Q_OBJECT

private:
    using Run = Balcao::Test::CtlRun;

    QString m_saleNumber; // the split-payment sale
    QString m_approvedNumber; // the sale with a manager's discount
    QString m_killShop; // the shop the kill test copies for each of its rows
    int m_killedShops = 0;

    QJsonArray sqlOn(const QString &path, const QString &query)
    {
        return ctlOn(path, { "sql", query, "--json" }).json().array();
    }
    qint64 onHand(const QString &code)
    {
        return ctl({ "product", "stock", code, "--json" }).object().value("on_hand").toInteger();
    }
    // A new shop: the business with a manager, ICMS, three products (two keep
    // stock) and their first goods.
    QString newShop(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const auto must = [&](const QStringList &arguments) {
            const Run r = ctlOn(path, arguments);
            if (r.exitCode != 0)
                qFatal("%s: %s", qPrintable(arguments.join(' ')), r.err.constData());
        };
        must({ "init", "--business", "Salão Bela", "--location", "Centro", "--timezone",
               "America/Sao_Paulo", "--currency", "BRL", "--admin-login", "gerente",
               "--admin-password-file", m_dir.filePath("manager.txt") });
        must({ "tax", "add", "--name", "ICMS 18%", "--rate", "18" });
        must({ "product", "add", "--name", "Shampoo 500 ml", "--sku", "SH-500", "--barcode",
               "7891234567895", "--price", "45,90", "--cost", "20.00", "--category", "Cabelo",
               "--tax", "ICMS 18%" });
        must({ "product", "add", "--name", "Condicionador 500 ml", "--sku", "CD-500", "--barcode",
               "7891000000014", "--price", "52.90", "--tax", "icms 18%" });
        must({ "product", "add", "--name", "Embrulho para presente", "--sku", "GW", "--price", "5",
               "--no-stock" });
        must({ "stock", "receive", "7891234567895", "10" });
        must({ "stock", "receive", "CD-500", "3" });
        return path;
    }

private slots:
    void initTestCase()
    {
        writeFile("manager.txt", "senha do gerente\n");
        writeFile("wrong.txt", "não é a senha\n");
        m_db = newShop("loja.db");
        QCOMPARE(
            ctl({ "client", "add", "--name", "Ana Souza", "--phone", "(11) 98765-4321" }).exitCode,
            0);
        QCOMPARE(ctl({ "drawer", "add", "Caixa 1" }).exitCode, 0);
    }

    void testProductsAndStock()
    {
        const QJsonArray products = ctl({ "product", "list", "--json" }).json().array();
        QCOMPARE(products.size(), 3);
        // Found by barcode, SKU or name, with its stock at this location.
        const Run shown = ctl({ "product", "show", "7891234567895", "--json" });
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject shampoo = shown.object();
        QCOMPARE(shampoo.value("name").toString(), QStringLiteral("Shampoo 500 ml"));
        QCOMPARE(shampoo.value("price").toString(), QStringLiteral("45.90"));
        QCOMPARE(shampoo.value("currency").toString(), QStringLiteral("BRL"));
        QCOMPARE(shampoo.value("tax").toString(), QStringLiteral("ICMS 18%"));
        QCOMPARE(shampoo.value("on_hand").toInt(), 10);
        QCOMPARE(shampoo.value("barcodes").toArray().first().toString(),
                 QStringLiteral("7891234567895"));
        QCOMPARE(ctl({ "product", "show", "sh-500", "--json" }).object().value("id"),
                 shampoo.value("id"));
        QCOMPARE(ctl({ "product", "show", "Embrulho para presente", "--json" })
                     .object()
                     .value("on_hand"),
                 QJsonValue(QJsonValue::Null));
        QCOMPARE(ctl({ "product", "list", "--search", "condic", "--json" }).json().array().size(),
                 1);

        // Goods in with lot and expiry, a count and a write-off: each a
        // movement, stock their sum.
        const Run received = ctl({ "stock", "receive", "CD-500", "3", "--lot", "L42", "--expires",
                                   "2027-12-31", "--cost", "23,00", "--json" });
        QCOMPARE(received.exitCode, 0);
        QCOMPARE(received.object().value("on_hand").toInt(), 6);
        QCOMPARE(received.object().value("movement").toObject().value("lot").toString(),
                 QStringLiteral("L42"));
        QCOMPARE(received.object().value("movement").toObject().value("unit_cost").toString(),
                 QStringLiteral("23.00"));
        const Run counted
            = ctl({ "stock", "count", "CD-500", "5", "--reason", "contagem de sábado", "--json" });
        QCOMPARE(counted.object().value("movement").toObject().value("quantity").toInt(), -1);
        QCOMPARE(counted.object().value("on_hand").toInt(), 5);
        // Counting what the ledger says writes nothing.
        QCOMPARE(ctl({ "stock", "count", "CD-500", "5", "--reason", "de novo", "--json" })
                     .object()
                     .value("movement"),
                 QJsonValue(QJsonValue::Null));
        QCOMPARE(
            ctl({ "stock", "write-off", "CD-500", "1", "--reason", "frasco quebrado", "--json" })
                .object()
                .value("on_hand")
                .toInt(),
            4);
        const QJsonArray movements
            = ctl({ "stock", "movements", "CD-500", "--json" }).json().array();
        QCOMPARE(movements.size(), 4);
        QCOMPARE(movements.first().toObject().value("kind").toString(), QStringLiteral("damaged"));
        QCOMPARE(movements.last().toObject().value("kind").toString(), QStringLiteral("receipt"));

        // A barcode typed with a wrong check digit, a price that is not
        // money: refused, nothing written.
        const QString before = stateHash();
        const Run badCode = ctl(
            { "product", "add", "--name", "Máscara", "--barcode", "7891234567896", "--json" });
        QCOMPARE(badCode.exitCode, 1);
        QVERIFY(!badCode.errorCode().isEmpty());
        const Run badPrice
            = ctl({ "product", "add", "--name", "Máscara", "--price", "quarenta", "--json" });
        QCOMPARE(badPrice.exitCode, 1);
        QCOMPARE(badPrice.errorCode(), QStringLiteral("money.unparsable"));
        QCOMPARE(ctl({ "product", "show", "NOPE", "--json" }).errorCode(),
                 QStringLiteral("product.notFound"));
        QCOMPARE(stateHash(), before);
    }

    // Card and cash together; only cash gives change. What create prints is
    // what show reads back.
    void testSplitPaymentWithChange()
    {
        const Run opened = ctl({ "shift", "open", "--float", "100,00", "--drawer", "Caixa 1",
                                 "--user", "gerente", "--json" });
        QCOMPARE(opened.exitCode, 0);
        QCOMPARE(opened.object().value("status").toString(), QStringLiteral("open"));
        QCOMPARE(opened.object().value("opening_float").toString(), QStringLiteral("100.00"));

        const Run sold
            = ctl({ "sale", "create", "--line", "7891234567895:2", "--line", "GW", "--pay",
                    "card:50,00:AUT123", "--pay", "cash:50", "--user", "gerente", "--json" });
        QVERIFY2(sold.exitCode == 0, sold.err.constData());
        const QJsonObject sale = sold.object();
        m_saleNumber = sale.value("number").toString();
        QVERIFY2(QRegularExpression("^CEN-[0-9A-Z]{4}-000001$").match(m_saleNumber).hasMatch(),
                 qPrintable(m_saleNumber));
        QCOMPARE(sale.value("currency").toString(), QStringLiteral("BRL"));
        QCOMPARE(sale.value("gross").toString(), QStringLiteral("96.80"));
        QCOMPARE(sale.value("total").toString(), QStringLiteral("96.80"));
        QCOMPARE(sale.value("tax").toString(), QStringLiteral("14.00")); // 18 % inside 91.80
        QCOMPARE(sale.value("paid").toString(), QStringLiteral("96.80"));
        QCOMPARE(sale.value("change").toString(), QStringLiteral("3.20"));
        QCOMPARE(sale.value("due").toString(), QStringLiteral("0.00"));
        QVERIFY(!sale.value("shift_id").isNull());
        QVERIFY(!sale.value("user_id").isNull());
        const QJsonArray lines = sale.value("lines").toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).toObject().value("position").toInt(), 1);
        QCOMPARE(lines.at(0).toObject().value("quantity").toInt(), 2);
        QCOMPARE(lines.at(0).toObject().value("tax_rate").toString(), QStringLiteral("18"));
        QCOMPARE(sale.value("taxes").toArray().size(), 1);
        const QJsonArray payments = sale.value("payments").toArray();
        QCOMPARE(payments.size(), 2);
        const QJsonObject card = payments.at(0).toObject();
        QCOMPARE(card.value("method").toString(), QStringLiteral("card"));
        QCOMPARE(card.value("amount").toString(), QStringLiteral("50.00"));
        QCOMPARE(card.value("reference").toString(), QStringLiteral("AUT123"));
        const QJsonObject cash = payments.at(1).toObject();
        QCOMPARE(cash.value("method").toString(), QStringLiteral("cash"));
        QCOMPARE(cash.value("amount").toString(), QStringLiteral("46.80"));
        QCOMPARE(cash.value("tendered").toString(), QStringLiteral("50.00"));
        QCOMPARE(cash.value("change").toString(), QStringLiteral("3.20"));

        QCOMPARE(ctl({ "sale", "show", m_saleNumber, "--json" }).object(), sale);
        // The last digits find it too.
        QCOMPARE(ctl({ "sale", "show", "1", "--json" }).object().value("id"), sale.value("id"));

        // Stock follows: the shampoo went down by two, the wrap keeps none.
        QCOMPARE(onHand("SH-500"), 8);
        QCOMPARE(scalar("SELECT count(*) AS n FROM stock_movements WHERE source_id = '"
                        + sale.value("id").toString() + "'"),
                 1);
        const QJsonArray listed
            = ctl({ "sale", "list", "--method", "cash", "--json" }).json().array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value("number").toString(), m_saleNumber);
    }

    // Above the discount limit a manager signs in to approve; a wrong password
    // or no approver writes nothing.
    void testDiscountApproval()
    {
        const QStringList sale { "sale",       "create", "--line", "SH-500",
                                 "--discount", "20%",    "--pay",  "card:36.72:AUT200",
                                 "--json" };
        const QString before = stateHash();
        const Run review = ctl({ "sale", "review", "--line", "SH-500", "--discount", "20%", "--pay",
                                 "card:36.72:AUT200", "--json" });
        QCOMPARE(review.exitCode, 0);
        QCOMPARE(review.object().value("needs_approval").toBool(), true);
        QCOMPARE(review.object().value("largest_discount").toString(), QStringLiteral("20"));
        QCOMPARE(review.object().value("total").toString(), QStringLiteral("36.72"));
        const Run refused = ctl(sale);
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.errorCode(), QStringLiteral("sale.discountNeedsApproval"));
        const Run wrongPassword
            = ctl(sale
                  + QStringList { "--approved-by", "gerente", "--approver-password-file",
                                  m_dir.filePath("wrong.txt") });
        QCOMPARE(wrongPassword.exitCode, 1);
        QCOMPARE(wrongPassword.errorCode(), QStringLiteral("user.signInRefused"));
        QCOMPARE(stateHash(), before);

        const Run approved
            = ctl(sale
                  + QStringList { "--approved-by", "gerente", "--approver-password-file",
                                  m_dir.filePath("manager.txt") });
        QVERIFY2(approved.exitCode == 0, approved.err.constData());
        QVERIFY(!approved.object().value("approved_by").isNull());
        QCOMPARE(approved.object().value("discount").toString(), QStringLiteral("9.18"));
        QCOMPARE(approved.object().value("order_discount").toString(), QStringLiteral("20%"));
        m_approvedNumber = approved.object().value("number").toString();
        QCOMPARE(scalar("SELECT count(*) AS n FROM audit_events WHERE action = "
                        "'sale.discountApproved'"),
                 1);
        QCOMPARE(onHand("SH-500"), 7);
    }

    // Part of a line back to the way it was paid; more than is left refused.
    void testPartialReturnAndOverReturn()
    {
        const Run returned = ctl({ "return", "create", "--sale", m_saleNumber, "--line", "1:1",
                                   "--reason", "não gostou", "--json" });
        QVERIFY2(returned.exitCode == 0, returned.err.constData());
        const QJsonObject r = returned.object();
        QCOMPARE(r.value("refund").toString(), QStringLiteral("45.90"));
        QCOMPARE(r.value("tax").toString(), QStringLiteral("7.00"));
        QCOMPARE(r.value("sale_number").toString(), m_saleNumber);
        QCOMPARE(r.value("lines").toArray().first().toObject().value("position").toInt(), 1);
        // The last payment first: the cash goes back out of the drawer.
        const QJsonArray refunds = r.value("payments").toArray();
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds.first().toObject().value("method").toString(), QStringLiteral("cash"));
        QCOMPARE(refunds.first().toObject().value("amount").toString(), QStringLiteral("-45.90"));
        QCOMPARE(onHand("SH-500"), 8);

        const QString before = stateHash();
        const Run over
            = ctl({ "return", "create", "--sale", m_saleNumber, "--line", "1:2", "--json" });
        QCOMPARE(over.exitCode, 1);
        QCOMPARE(over.errorCode(), QStringLiteral("return.moreThanSold"));
        QCOMPARE(stateHash(), before);

        const QJsonObject sale = ctl({ "sale", "show", m_saleNumber, "--json" }).object();
        QCOMPARE(sale.value("lines").toArray().first().toObject().value("returned").toInt(), 1);
        QCOMPARE(sale.value("refunded").toString(), QStringLiteral("45.90"));
        QCOMPARE(sale.value("returns").toArray().size(), 1);
        QCOMPARE(ctl({ "return", "list", "--sale", m_saleNumber, "--json" }).json().array().size(),
                 1);
        QCOMPARE(ctl({ "return", "show", r.value("number").toString(), "--json" }).object(), r);
    }

    // One conditioner instead of the discounted shampoo: the refund pays the
    // new sale and the card pays the rest, in one go.
    void testExchange()
    {
        const Run done = ctl({ "exchange", "--sale", m_approvedNumber, "--back", "1:1", "--line",
                               "7891000000014", "--pay", "card:16,18:AUT300", "--json" });
        QVERIFY2(done.exitCode == 0, done.err.constData());
        const QJsonObject x = done.object();
        QCOMPARE(x.value("difference").toString(), QStringLiteral("16.18"));
        const QJsonObject r = x.value("return").toObject();
        const QJsonObject sale = x.value("sale").toObject();
        QCOMPARE(r.value("refund").toString(), QStringLiteral("36.72"));
        QCOMPARE(r.value("refund_method").toString(), QStringLiteral("exchange"));
        QCOMPARE(r.value("exchange_sale_id"), sale.value("id"));
        QCOMPARE(sale.value("exchange_return_id"), r.value("id"));
        QCOMPARE(sale.value("total").toString(), QStringLiteral("52.90"));
        const QJsonArray paid = sale.value("payments").toArray();
        QCOMPARE(paid.size(), 2);
        QCOMPARE(paid.at(0).toObject().value("method").toString(), QStringLiteral("exchange"));
        QCOMPARE(paid.at(0).toObject().value("amount").toString(), QStringLiteral("36.72"));
        QCOMPARE(paid.at(1).toObject().value("amount").toString(), QStringLiteral("16.18"));
        QCOMPARE(onHand("SH-500"), 9);
        QCOMPARE(onHand("CD-500"), 3);
        // Paying too little leaves neither the return nor the sale.
        const QString before = stateHash();
        const Run shortPaid = ctl({ "exchange", "--sale", m_saleNumber, "--back", "1:1", "--line",
                                    "CD-500:2", "--json" });
        QCOMPARE(shortPaid.exitCode, 1);
        QCOMPARE(shortPaid.errorCode(), QStringLiteral("payment.notEnough"));
        QCOMPARE(stateHash(), before);
    }

    // Float, a sale in cash and its refund, cash in and out, then the count.
    void testShiftFromFloatToCount()
    {
        QCOMPARE(ctl({ "shift", "in", "20,00", "--reason", "troco do banco", "--json" })
                     .object()
                     .value("kind")
                     .toString(),
                 QStringLiteral("in"));
        QCOMPARE(ctl({ "shift", "out", "10", "--reason", "fornecedor", "--json" }).exitCode, 0);
        const Run tooMuch = ctl({ "shift", "out", "1000", "--reason", "x", "--json" });
        QCOMPARE(tooMuch.errorCode(), QStringLiteral("cash.notEnoughInDrawer"));

        const QJsonObject x = ctl({ "shift", "report", "--json" }).object();
        QCOMPARE(x.value("report").toString(), QStringLiteral("X"));
        QCOMPARE(x.value("opening_float").toString(), QStringLiteral("100.00"));
        QCOMPARE(x.value("cash_sales").toString(), QStringLiteral("46.80"));
        QCOMPARE(x.value("cash_refunds").toString(), QStringLiteral("45.90"));
        QCOMPARE(x.value("cash_in").toString(), QStringLiteral("20.00"));
        QCOMPARE(x.value("cash_out").toString(), QStringLiteral("10.00"));
        QCOMPARE(x.value("expected").toString(), QStringLiteral("110.90"));
        QCOMPARE(x.value("counted"), QJsonValue(QJsonValue::Null));
        QCOMPARE(x.value("movements").toArray().size(), 2);

        // A coin that does not exist: refused, the shift stays open.
        const Run badCoin = ctl({ "shift", "close", "--count", "3=1", "--json" });
        QCOMPARE(badCoin.errorCode(), QStringLiteral("shift.denominationUnknown"));
        const Run badCount = ctl({ "shift", "close", "--count", "100=um", "--json" });
        QCOMPARE(badCount.errorCode(), QStringLiteral("cli.countInvalid"));

        // 100 + 10 + 0.50 counted against 110.90 expected: 0.40 short.
        const Run closed = ctl({ "shift", "close", "--count", "100=1,10=1", "--count", "0,50=1",
                                 "--note", "faltou troco", "--json" });
        QVERIFY2(closed.exitCode == 0, closed.err.constData());
        const QJsonObject z = closed.object();
        QCOMPARE(z.value("report").toString(), QStringLiteral("Z"));
        QCOMPARE(z.value("counted").toString(), QStringLiteral("110.50"));
        QCOMPARE(z.value("over_short").toString(), QStringLiteral("-0.40"));
        QCOMPARE(z.value("shift").toObject().value("status").toString(), QStringLiteral("closed"));
        QCOMPARE(
            z.value("shift").toObject().value("counted_detail").toObject().value("0.50").toInt(),
            1);
        // After closing, the report is the Z report; cash needs a new shift.
        QCOMPARE(ctl({ "shift", "report", "--json" }).object(), z);
        QCOMPARE(ctl({ "shift", "list", "--json" }).json().array().size(), 1);
        const Run noShift = ctl({ "sale", "create", "--line", "GW", "--pay", "cash:5", "--json" });
        QCOMPARE(noShift.errorCode(), QStringLiteral("sale.noOpenShift"));
        QCOMPARE(ctl({ "shift", "in", "5", "--reason", "x", "--json" }).errorCode(),
                 QStringLiteral("shift.noneOpen"));
    }

    // LANG=pt_BR: amounts with a decimal comma are read, and an error is
    // reported with its stable code (in English until the catalogue is
    // translated) and changes nothing.
    void testPortugueseErrorChangesNothing()
    {
        const QStringList portuguese { "LANG=pt_BR.UTF-8", "LC_ALL=pt_BR.UTF-8", "LANGUAGE=pt_BR" };
        const QString before = stateHash();
        const Run r = ctl({ "sale", "create", "--line", "SH-500", "--pay", "card:45,90", "--json" },
                          portuguese);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errorCode(), QStringLiteral("payment.cardReferenceRequired"));
        QVERIFY(!QJsonDocument::fromJson(r.err)
                     .object()
                     .value("error")
                     .toObject()
                     .value("message")
                     .toString()
                     .isEmpty());
        const Run text
            = ctl({ "sale", "create", "--line", "SH-500", "--pay", "dinheiro:45,90" }, portuguese);
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.err.startsWith("balcaoctl: "));
        QCOMPARE(stateHash(), before);
    }

    void testBadInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        QTest::addRow("bad money")
            << QStringList { "sale", "create", "--line", "GW", "--pay", "card:5,0x:A" } << 1
            << "money.unparsable";
        QTest::addRow("too many decimals")
            << QStringList { "sale", "create", "--line", "GW", "--pay", "card:5.001:A" } << 1
            << "money.tooManyDecimals";
        QTest::addRow("unknown product")
            << QStringList { "sale", "create", "--line", "NOPE", "--pay", "card:5:A" } << 1
            << "product.notFound";
        QTest::addRow("unknown option")
            << QStringList { "sale", "create", "--line", "GW", "--pay", "card:5:A", "--bogus" } << 2
            << "cli.usage";
        QTest::addRow("no lines") << QStringList { "sale", "create", "--pay", "card:5:A" } << 2
                                  << "cli.usage";
        QTest::addRow("zero units")
            << QStringList { "sale", "create", "--line", "GW:0", "--pay", "card:5:A" } << 1
            << "cli.notANumber";
        QTest::addRow("unknown payment method")
            << QStringList { "sale", "create", "--line", "GW", "--pay", "cheque:5" } << 1
            << "cli.paymentInvalid";
        QTest::addRow("not paid in full")
            << QStringList { "sale", "create", "--line", "GW", "--pay", "card:4:A" } << 1
            << "payment.notEnough";
        QTest::addRow("due without a client")
            << QStringList { "sale", "create", "--line", "GW", "--pay", "card:4:A", "--leave-due" }
            << 1 << "sale.dueNeedsClient";
        QTest::addRow("credit the client does not have")
            << QStringList { "sale",     "create",          "--line", "GW",
                             "--client", "(11) 98765-4321", "--pay",  "credit:5" }
            << 1 << "payment.notEnoughCredit";
        QTest::addRow("unknown client")
            << QStringList { "sale",     "create",          "--line", "GW",
                             "--client", "(21) 99999-0000", "--pay",  "card:5:A" }
            << 1 << "client.notFound";
        QTest::addRow("line discount on a missing line")
            << QStringList { "sale",  "create", "--line",  "GW", "--line-discount",
                             "2:10%", "--pay",  "card:5:A" }
            << 1 << "cli.notANumber";
        QTest::addRow("unknown sale to return")
            << QStringList { "return", "create", "--sale", "999999", "--line", "1:1" } << 1
            << "sale.notFound";
        QTest::addRow("return without receipt, no manager")
            << QStringList { "return", "create", "--product", "SH-500:1" } << 1
            << "return.noReceiptNeedsApproval";
        QTest::addRow("tax above 100 %%")
            << QStringList { "tax", "add", "--name", "X", "--rate", "120" } << 1
            << "tax.rateInvalid";
        QTest::addRow("write-off without reason")
            << QStringList { "stock", "write-off", "SH-500", "1" } << 2 << "cli.usage";
        QTest::addRow("receiving nothing")
            << QStringList { "stock", "receive", "SH-500", "0" } << 1 << "cli.notANumber";
        QTest::addRow("float that is not money")
            << QStringList { "shift", "open", "--float", "cem" } << 1 << "money.unparsable";
        QTest::addRow("unknown user") << QStringList { "sale",  "create",   "--line", "GW",
                                                       "--pay", "card:5:A", "--user", "ninguem" }
                                      << 1 << "user.notFound";
    }
    void testBadInputChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        const QString before = stateHash();
        const Run r = ctl(arguments + QStringList { "--json" });
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.errorCode(), code);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(stateHash(), before);
    }

    // Killing `balcaoctl sale create` in the middle of its writes never
    // leaves part of a sale: the file opens and is sound, every sale has all
    // its lines, payments and stock movements or is not there at all, and
    // every sale reported made is there. The kills land after a sale
    // reported its commit or inside a commit, never before the store is
    // open (the fork-and-kill harness, docs/testing.md).
    void testKilledSaleIsWholeOrAbsent_data()
    {
        QTest::addColumn<KillPoint>("point");
        QTest::addRow("inside the first commit") << KillPoint::insideCommit(0);
        QTest::addRow("right after the first sale") << KillPoint::afterCommits(1);
        QTest::addRow("inside the third sale's first commit") << KillPoint::insideCommit(2);
        QTest::addRow("right after the third sale") << KillPoint::afterCommits(3);
    }
    void testKilledSaleIsWholeOrAbsent()
    {
        QFETCH(KillPoint, point);
        // Each row kills in a copy of one shop (the file and its key info).
        if (m_killShop.isEmpty()) {
            m_killShop = newShop("kill.db");
            QCOMPARE(ctlOn(m_killShop, { "stock", "receive", "CD-500", "7" }).exitCode,
                     0); // 10 of each
        }
        const QString path = m_dir.filePath(QString("kill-%1.db").arg(++m_killedShops));
        for (const QString &suffix : { QString(), QString(".keyinfo") })
            QVERIFY(QFile::copy(m_killShop + suffix, path + suffix));
        const QStringList sale
            = QStringList { "sale",   "create", "--line", "SH-500",     "--line", "CD-500",
                            "--line", "GW",     "--pay",  "card:50:A1", "--pay",  "pix:53,80" }
            + database(path);
        const KillRun run = spawnAndKill(QStringLiteral(REPORTING_BALCAOCTL_PATH), sale, point);
        {
            auto store = reopenAfterKill(path, keyOf(path), run,
                                         [](LocalStore &db) { return rowCount(db, "sales"); });
            QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
            if (point.moment == KillPoint::Moment::InsideCommit)
                QVERIFY(run.killedInsideCommit);
        }
        const Run check = ctlOn(path, { "check", "--json" });
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(check.object().value("integrity").toString(), QStringLiteral("ok"));
        const QJsonArray sales = sqlOn(
            path,
            "SELECT s.id,"
            " (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id) AS lines,"
            " (SELECT count(*) FROM payments p WHERE p.sale_id = s.id) AS payments,"
            " (SELECT count(*) FROM stock_movements m WHERE m.source_id = s.id) AS movements,"
            " (SELECT count(*) FROM change_log c WHERE c.row_id = s.id) AS logged FROM sales s");
        QVERIFY(sales.size() >= run.reportedCommits);
        for (const QJsonValue &v : sales) {
            const QJsonObject s = v.toObject();
            QCOMPARE(s.value("lines").toInt(), 3);
            QCOMPARE(s.value("payments").toInt(), 2);
            QCOMPARE(s.value("movements").toInt(), 2); // the wrap keeps no stock
            QCOMPARE(s.value("logged").toInt(), 1);
        }
        // Nothing of a sale that is not there.
        for (const char *orphans :
             { "SELECT count(*) AS n FROM sale_lines WHERE sale_id NOT IN (SELECT id FROM sales)",
               "SELECT count(*) AS n FROM payments WHERE sale_id NOT IN (SELECT id FROM sales)",
               "SELECT count(*) AS n FROM stock_movements WHERE source_table = 'sales' AND"
               " source_id NOT IN (SELECT id FROM sales)" })
            QCOMPARE(sqlOn(path, orphans).first().toObject().value("n").toInteger(), 0);
        // Stock is still the sum: 10 received less one per committed sale.
        for (const char *product : { "SH-500", "CD-500" })
            QCOMPARE(ctlOn(path, { "product", "stock", product, "--json" })
                         .object()
                         .value("on_hand")
                         .toInteger(),
                     10 - sales.size());
    }
};

QTEST_GUILESS_MAIN(TestBalcaoCtlSales)
#include "TestBalcaoCtlSales.moc"
