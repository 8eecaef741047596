// SPDX-License-Identifier: GPL-3.0-or-later
// Command lines read better with plain literals.
#undef QT_NO_CAST_FROM_ASCII

#include "CtlProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `balcaoctl account` on the real binary and a real encrypted store: a sale
// left partly due shows on the client's account, and `account pay` (cash
// with change, card, PIX) lowers it; a refused payment changes nothing.
class TestBalcaoCtlAccount : public QObject, private Balcao::Test::CtlDatabase
{
    Q_OBJECT

private:
    using Run = Balcao::Test::CtlRun;

    QString m_saleNumber; // Ana's sale, 61.80 left due
    QString m_anaId;
    int m_clients = 0;

    // "41.80" as 4180.
    static qint64 minor(const QJsonValue &amount)
    {
        return amount.toString().remove(u'.').toLongLong();
    }
    QJsonObject account(const QString &client)
    {
        return ctl({ "account", "show", client, "--json" }).object();
    }
    // A new client who buys the 91.80 kit, pays 30.00 by card and leaves
    // 61.80 due; returns the client's phone.
    QString newDebtor(const QString &name)
    {
        const QString phone = QStringLiteral("(11) 97000-%1").arg(++m_clients, 4, 10, QChar(u'0'));
        must({ "client", "add", "--name", name, "--phone", phone });
        must({ "sale", "create", "--line", "KIT", "--client", phone, "--pay", "card:30:A0",
               "--leave-due" });
        return phone;
    }

private slots:
    void initTestCase()
    {
        writeFile("manager.txt", "senha do gerente\n");
        m_db = m_dir.filePath("loja.db");
        must({ "init", "--business", "Salão Bela", "--location", "Centro", "--timezone",
               "America/Sao_Paulo", "--currency", "BRL", "--admin-login", "gerente",
               "--admin-password-file", m_dir.filePath("manager.txt") });
        must({ "product", "add", "--name", "Kit tratamento", "--sku", "KIT", "--price", "91,80",
               "--no-stock" });
        must({ "drawer", "add", "Caixa 1" });
        must({ "drawer", "add", "Caixa 2" });
        must({ "shift", "open", "--float", "100", "--drawer", "Caixa 1" });
        must({ "client", "add", "--name", "Bruno Lima", "--phone", "(11) 96000-0000" });
    }

    // The part the card did not cover is on Ana's account, with the sale it
    // came from.
    void testShowsWhatIsDue()
    {
        must({ "client", "add", "--name", "Ana Souza", "--phone", "(11) 98765-4321" });
        const Run due = ctl({ "sale", "create", "--line", "KIT", "--client", "(11) 98765-4321",
                              "--pay", "card:30,00:AUT1", "--leave-due", "--json" });
        QVERIFY2(due.exitCode == 0, due.err.constData());
        QCOMPARE(due.object().value("due").toString(), QStringLiteral("61.80"));
        m_saleNumber = due.object().value("number").toString();
        m_anaId = due.object().value("client_id").toString();

        const Run shown = ctl({ "account", "show", "11987654321", "--json" });
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        const QJsonObject a = shown.object();
        QCOMPARE(a.value("client_id").toString(), m_anaId);
        QCOMPARE(a.value("client").toString(), QStringLiteral("Ana Souza"));
        QCOMPARE(a.value("currency").toString(), QStringLiteral("BRL"));
        QCOMPARE(a.value("store_credit").toString(), QStringLiteral("0.00"));
        QCOMPARE(a.value("due").toString(), QStringLiteral("61.80"));
        const QJsonArray entries = a.value("entries").toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject e = entries.first().toObject();
        QCOMPARE(e.value("kind").toString(), QStringLiteral("due"));
        QCOMPARE(e.value("amount").toString(), QStringLiteral("61.80"));
        QCOMPARE(e.value("sale_number").toString(), m_saleNumber);
        QCOMPARE(e.value("return_number"), QJsonValue(QJsonValue::Null));
        QCOMPARE(e.value("payment_id"), QJsonValue(QJsonValue::Null));
        // By id the same account.
        QCOMPARE(account(m_anaId), a);

        // For people: who, the balances and where the due came from.
        const Run text = ctl({ "account", "show", m_anaId });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Ana Souza") && text.out.contains("Amount due")
                     && text.out.contains(m_saleNumber.toUtf8()),
                 text.out.constData());
        const Run portuguese = ctl({ "account", "show", m_anaId },
                                   { "LANG=pt_BR.UTF-8", "LC_ALL=pt_BR.UTF-8", "LANGUAGE=pt_BR" });
        QVERIFY2(portuguese.out.contains("Valor em aberto:"), portuguese.out.constData());

        // A client who never left anything due has an empty account.
        const QJsonObject bruno = account("(11) 96000-0000");
        QCOMPARE(bruno.value("due").toString(), QStringLiteral("0.00"));
        QCOMPARE(bruno.value("entries").toArray().size(), 0);
    }

    // Refused: the error's code, no output, exit 1 (2 for a wrong command
    // line), and the store as it was.
    void testRefusalsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        const QString ana = "(11) 98765-4321";
        QTest::addRow("card over what is owed")
            << QStringList { "account", "pay", ana, "--pay", "card:70:AUT9" } << 1
            << "payment.overpaid";
        QTest::addRow("card without its code")
            << QStringList { "account", "pay", ana, "--pay", "card:10" } << 1
            << "payment.cardReferenceRequired";
        QTest::addRow("cash with no shift open")
            << QStringList { "account", "pay", ana, "--pay", "cash:10", "--drawer", "Caixa 2" } << 1
            << "sale.noOpenShift";
        QTest::addRow("card, then cash with no shift open")
            << QStringList { "account", "pay",     ana,        "--pay",  "card:10:AUT9",
                             "--pay",   "cash:10", "--drawer", "caixa 2" }
            << 1 << "sale.noOpenShift";
        QTest::addRow("nothing owed")
            << QStringList { "account", "pay", "(11) 96000-0000", "--pay", "pix:10" } << 1
            << "account.nothingDue";
        QTest::addRow("store credit") << QStringList { "account", "pay", ana, "--pay", "credit:10" }
                                      << 1 << "account.methodNotAccepted";
        QTest::addRow("unknown method")
            << QStringList { "account", "pay", ana, "--pay", "cheque:10" } << 1
            << "cli.paymentInvalid";
        QTest::addRow("no amount")
            << QStringList { "account", "pay", ana, "--pay", "cash" } << 1 << "cli.paymentInvalid";
        QTest::addRow("amount that is not money")
            << QStringList { "account", "pay", ana, "--pay", "cash:dez" } << 1
            << "money.unparsable";
        QTest::addRow("nothing paid") << QStringList { "account", "pay", ana } << 2 << "cli.usage";
        QTest::addRow("no client")
            << QStringList { "account", "pay", "--pay", "cash:10" } << 2 << "cli.usage";
        QTest::addRow("unknown client")
            << QStringList { "account", "pay", "(21) 99999-0000", "--pay", "cash:10" } << 1
            << "client.notFound";
        QTest::addRow("unknown drawer")
            << QStringList { "account", "pay", ana, "--pay", "cash:10", "--drawer", "Caixa 9" } << 1
            << "drawer.notFound";
        QTest::addRow("unknown user")
            << QStringList { "account", "pay", ana, "--pay", "cash:10", "--user", "ninguem" } << 1
            << "user.notFound";
        QTest::addRow("unknown option")
            << QStringList { "account", "pay", ana, "--pay", "cash:10", "--bogus" } << 2
            << "cli.usage";
        QTest::addRow("unknown action")
            << QStringList { "account", "close", ana } << 2 << "cli.usage";
        QTest::addRow("show without client")
            << QStringList { "account", "show" } << 2 << "cli.usage";
        QTest::addRow("show, limit zero")
            << QStringList { "account", "show", ana, "--limit", "0" } << 1 << "cli.notANumber";
    }
    void testRefusalsChangeNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        const QString before = stateHash();
        const QJsonObject ana = account(m_anaId);
        const qint64 payments = scalar("SELECT count(*) AS n FROM payments");
        const Run r = ctl(arguments + QStringList { "--json" });
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.errorCode(), code);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(stateHash(), before);
        QCOMPARE(account(m_anaId), ana);
        QCOMPARE(scalar("SELECT count(*) AS n FROM payments"), payments);
    }

    // Refusals speak the user's language, without --json too.
    void testRefusalIsTranslated()
    {
        const Run r = ctl({ "account", "pay", "(11) 96000-0000", "--pay", "pix:10" },
                          { "LANG=pt_BR.UTF-8", "LC_ALL=pt_BR.UTF-8", "LANGUAGE=pt_BR" });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed(), QByteArray("balcaoctl: O cliente não deve nada."));
        const Run en = ctl({ "account", "pay", "(11) 96000-0000", "--pay", "cheque:10" });
        QVERIFY2(en.err.startsWith("balcaoctl: \"cheque:10\" is not a payment"),
                 en.err.constData());
    }

    // Each row: a new client owes 61.80 and pays it off, or part of it.
    void testPayOff_data()
    {
        QTest::addColumn<QStringList>("pay");
        QTest::addColumn<QString>("paid");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("stillDue");
        QTest::addColumn<QStringList>("methods");
        QTest::addRow("cash, with change") << QStringList { "cash:100" } << "61.80"
                                           << "38.20"
                                           << "0.00" << QStringList { "cash" };
        QTest::addRow("card, part of it") << QStringList { "card:20,00:AUT2" } << "20.00"
                                          << "0.00"
                                          << "41.80" << QStringList { "card" };
        QTest::addRow("card for all of it") << QStringList { "card:61.80:AUT3" } << "61.80"
                                            << "0.00"
                                            << "0.00" << QStringList { "card" };
        QTest::addRow("PIX and cash, exact")
            << QStringList { "pix:11,80:E2E1", "cash:50" } << "61.80"
            << "0.00"
            << "0.00" << QStringList { "pix", "cash" };
        QTest::addRow("cash first on the line, card applied first")
            << QStringList { "cash:50", "card:40:AUT4" } << "61.80"
            << "28.20"
            << "0.00" << QStringList { "card", "cash" };
        QTest::addRow("cash, part of it") << QStringList { "cash:10" } << "10.00"
                                          << "0.00"
                                          << "51.80" << QStringList { "cash" };
    }
    void testPayOff()
    {
        QFETCH(QStringList, pay);
        QFETCH(QString, paid);
        QFETCH(QString, change);
        QFETCH(QString, stillDue);
        QFETCH(QStringList, methods);
        const QString phone = newDebtor(QString::fromUtf8(QTest::currentDataTag()));
        QCOMPARE(account(phone).value("due").toString(), QStringLiteral("61.80"));
        QStringList arguments { "account", "pay",    phone,     "--drawer",
                                "Caixa 1", "--user", "gerente", "--json" };
        for (const QString &p : pay)
            arguments << "--pay" << p;
        const Run r = ctl(arguments);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.object();
        QCOMPARE(o.value("paid").toString(), paid);
        QCOMPARE(o.value("change").toString(), change);
        QCOMPARE(o.value("still_due").toString(), stillDue);
        QCOMPARE(o.value("currency").toString(), QStringLiteral("BRL"));
        const QJsonArray payments = o.value("payments").toArray();
        QStringList got;
        for (const QJsonValue &p : payments)
            got << p.toObject().value("method").toString();
        QCOMPARE(got, methods);

        // The account follows: one entry per payment, newest first, each
        // lowering the due by what that payment applied.
        const QJsonObject a = account(phone);
        QCOMPARE(a.value("due").toString(), stillDue);
        const QJsonArray entries = a.value("entries").toArray();
        QCOMPARE(entries.size(), 1 + payments.size());
        QStringList paymentIds;
        for (const QJsonValue &p : payments)
            paymentIds << p.toObject().value("id").toString();
        for (int i = 0; i < payments.size(); ++i) {
            const QJsonObject e = entries.at(i).toObject();
            QCOMPARE(e.value("kind").toString(), QStringLiteral("due"));
            QVERIFY(e.value("amount").toString().startsWith(u'-'));
            QVERIFY(paymentIds.contains(e.value("payment_id").toString()));
            QCOMPARE(e.value("sale_id"), QJsonValue(QJsonValue::Null));
        }
        QCOMPARE(entries.last().toObject().value("amount").toString(), QStringLiteral("61.80"));
        // Cash is handed over and the change given back, as at a sale.
        for (const QJsonValue &p : payments) {
            const QJsonObject payment = p.toObject();
            if (payment.value("method").toString() == QLatin1String("cash")) {
                QCOMPARE(payment.value("change").toString(), change);
                QVERIFY(!payment.value("tendered").isNull());
            } else {
                QCOMPARE(payment.value("change"), QJsonValue(QJsonValue::Null));
            }
        }
    }

    // Ana pays in two goes, the second from the human output; the cash is in
    // the drawer's expected total and nothing is left to pay.
    void testPaidOffInTwoGoes()
    {
        const qint64 cashBefore
            = minor(ctl({ "shift", "report", "--json" }).object().value("cash_sales"));
        const Run card = ctl({ "account", "pay", m_anaId, "--pay", "card:20:AUT5", "--json" });
        QVERIFY2(card.exitCode == 0, card.err.constData());
        QCOMPARE(card.object().value("still_due").toString(), QStringLiteral("41.80"));
        const Run cash = ctl({ "account", "pay", "(11) 98765-4321", "--pay", "cash:50" });
        QVERIFY2(cash.exitCode == 0, cash.err.constData());
        QVERIFY2(cash.out.contains("Ana Souza") && cash.out.contains("Paid"), cash.out.constData());
        const QJsonObject a = account(m_anaId);
        QCOMPARE(a.value("due").toString(), QStringLiteral("0.00"));
        QCOMPARE(a.value("entries").toArray().size(), 3);
        QCOMPARE(ctl({ "account", "show", m_anaId, "--limit", "1", "--json" })
                     .object()
                     .value("entries")
                     .toArray()
                     .size(),
                 1);
        // 41.80 of the 50.00 stayed in the drawer.
        const QJsonObject x = ctl({ "shift", "report", "--json" }).object();
        QCOMPARE(minor(x.value("cash_sales")) - cashBefore, 4180);
        QCOMPARE(ctl({ "account", "pay", m_anaId, "--pay", "cash:1", "--json" }).errorCode(),
                 QStringLiteral("account.nothingDue"));
    }
};

QTEST_GUILESS_MAIN(TestBalcaoCtlAccount)
#include "TestBalcaoCtlAccount.moc"
