// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptSamples.h"

#include "sales/PixCode.h"

#include <QTimeZone>

namespace Balcao::Test {

namespace {

Currency currency(const char *code)
{
    return *Currency::fromCode(QString::fromLatin1(code));
}

ReceiptLine line(const Currency &c, const QString &description, qint64 quantity, qint64 unit,
                 qint64 discount, int taxBp, const QString &taxName, bool included = true)
{
    ReceiptLine l(c);
    l.description = description;
    l.quantity = quantity;
    l.unitPrice = Money(unit, c);
    l.discount = Money(discount, c);
    const qint64 net = unit * quantity - discount;
    // Added taxes are part of the line's total, rounded half up.
    const qint64 added = included ? 0 : (net * taxBp + 5000) / 10000;
    l.total = Money(net + added, c);
    l.taxRateBp = taxBp;
    l.taxName = taxName;
    l.taxIncluded = included;
    return l;
}

ReceiptTax tax(const Currency &c, const QString &name, int rateBp, bool included, qint64 base,
               qint64 amount)
{
    ReceiptTax t(c);
    t.name = name;
    t.rateBp = rateBp;
    t.included = included;
    t.base = Money(base, c);
    t.amount = Money(amount, c);
    return t;
}

Receipt salon(const Currency &c)
{
    Receipt r(c);
    r.locale = QLocale(QStringLiteral("pt_BR"));
    r.businessName = QStringLiteral("Salão Bela Vista");
    r.taxId = QStringLiteral("12.345.678/0001-90");
    r.locationName = QStringLiteral("Centro");
    r.locationAddress = QStringLiteral("Rua Augusta, 1500 – São Paulo");
    r.locationPhone = QStringLiteral("+55 11 3333-4444");
    r.saleId = Id::fromString(QStringLiteral("01927c3a-0000-7000-8000-000000000123"));
    r.number = QStringLiteral("CEN-7K2Q-000123");
    r.at = QDateTime(QDate(2026, 9, 17), QTime(14, 35),
                     QTimeZone(QByteArrayLiteral("America/Sao_Paulo")));
    r.cashier = QStringLiteral("maria");
    r.footer = QStringLiteral("Obrigado pela preferência!\nVolte sempre.");
    return r;
}

Receipt saleCash()
{
    const Currency c = currency("BRL");
    Receipt r = salon(c);
    r.clientName = QStringLiteral("João Araújo");
    r.lines << line(c, QStringLiteral("Shampoo 500 ml"), 2, 4590, 459, 1800,
                    QStringLiteral("ICMS 18%"))
            << line(c, QStringLiteral("Corte feminino com escova"), 1, 12000, 0, 500,
                    QStringLiteral("ISS 5%"))
            << line(c, QStringLiteral("Embrulho para presente"), 1, 500, 0, 0, {});
    r.subtotal = Money(21680, c);
    r.discounts = Money(459, c);
    r.taxes << tax(c, QStringLiteral("ICMS 18%"), 1800, true, 8721, 1330)
            << tax(c, QStringLiteral("ISS 5%"), 500, true, 12000, 571);
    r.saleTotal = Money(21221, c);
    ReceiptPayment cash(PaymentMethod::Cash, Money(21221, c));
    cash.tendered = Money(25000, c);
    cash.change = Money(3779, c);
    r.payments << cash;
    return r;
}

Receipt salePix()
{
    const Currency c = currency("BRL");
    Receipt r = salon(c);
    r.number = QStringLiteral("CEN-7K2Q-000124");
    r.at = r.at.addSecs(40 * 60);
    r.clientName = QStringLiteral("Ana Beatriz Conceição");
    r.clientEmail = QStringLiteral("ana@example.com");
    r.lines << line(c, QStringLiteral("Coloração completa (raiz e pontas)"), 1, 18000, 0, 500,
                    QStringLiteral("ISS 5%"))
            << line(c, QStringLiteral("Condicionador 500 ml"), 1, 5290, 0, 1800,
                    QStringLiteral("ICMS 18%"));
    r.subtotal = Money(23290, c);
    r.taxes << tax(c, QStringLiteral("ISS 5%"), 500, true, 18000, 857)
            << tax(c, QStringLiteral("ICMS 18%"), 1800, true, 5290, 807);
    r.tip = Money(2000, c);
    r.saleTotal = Money(25290, c);
    // Paid: the receipt names the PIX transaction and carries no code.
    ReceiptPayment pix(PaymentMethod::Pix, Money(15000, c));
    pix.reference = QStringLiteral("E18236120202609171714s0a1b2c3d4e");
    r.payments << pix;
    ReceiptPayment card(PaymentMethod::Card, Money(10290, c));
    card.reference = QStringLiteral("AUT 784512");
    r.payments << card;
    return r;
}

// Part paid in cash, the rest left due: the receipt asks for the rest with a
// PIX code of that amount.
Receipt saleDuePix()
{
    const Currency c = currency("BRL");
    Receipt r = salon(c);
    r.number = QStringLiteral("CEN-7K2Q-000125");
    r.at = r.at.addSecs(55 * 60);
    r.clientName = QStringLiteral("Ana Beatriz Conceição");
    r.lines << line(c, QStringLiteral("Coloração completa (raiz e pontas)"), 1, 18000, 0, 500,
                    QStringLiteral("ISS 5%"));
    r.subtotal = Money(18000, c);
    r.taxes << tax(c, QStringLiteral("ISS 5%"), 500, true, 18000, 857);
    r.saleTotal = Money(18000, c);
    ReceiptPayment cash(PaymentMethod::Cash, Money(10000, c));
    cash.tendered = Money(10000, c);
    r.payments << cash;
    r.due = Money(8000, c);
    r.balancesAfter << ReceiptBalance(ReceiptBalance::Kind::Due, Money(8000, c));
    const PixCharge charge { *PixKey::parse(PixKey::Type::Cnpj,
                                            QStringLiteral("11.222.333/0001-81")),
                             QStringLiteral("Salão Bela Vista"),
                             QStringLiteral("São Paulo"),
                             Money(8000, c),
                             QStringLiteral("CEN7K2Q000125"),
                             {},
                             PixUse::Unstated };
    r.pixPayload = PixCode::build(charge)->payload();
    return r;
}

Receipt reprintEur()
{
    const Currency c = currency("EUR");
    Receipt r(c);
    r.locale = QLocale(QStringLiteral("en_US"));
    r.reprint = true;
    r.businessName = QStringLiteral("Café Crème Barbers");
    r.locationName = QStringLiteral("Lisboa — Chiado");
    r.number = QStringLiteral("LIS-3F9A-000042");
    r.at = QDateTime(QDate(2026, 3, 2), QTime(9, 5), QTimeZone(QByteArrayLiteral("Europe/Lisbon")));
    r.cashier = QStringLiteral("joao.p");
    r.lines << line(c, QStringLiteral("Beard trim “deluxe”"), 1, 2500, 250, 2000,
                    QStringLiteral("VAT"), false)
            << line(c, QStringLiteral("Pomade × 2 pack"), 3, 1299, 0, 2000, QStringLiteral("VAT"),
                    false);
    // 22.50 + 38.97 = 61.47 net; VAT 20 % added: 4.50 + 7.79.
    r.subtotal = Money(6397, c);
    r.discounts = Money(250, c);
    r.taxes << tax(c, QStringLiteral("VAT"), 2000, false, 6147, 1229);
    r.tip = Money(500, c);
    r.saleTotal = Money(7876, c);
    ReceiptPayment cash(PaymentMethod::Cash, Money(7876, c));
    cash.tendered = Money(8000, c);
    cash.change = Money(124, c);
    r.payments << cash;
    r.footer = QStringLiteral("Thank you… see you soon!");
    return r;
}

Receipt returned()
{
    const Currency c = currency("BRL");
    Receipt r = salon(c);
    r.kind = ReceiptKind::Return;
    r.returnId = Id::fromString(QStringLiteral("01927c3a-0000-7000-8000-000000000007"));
    r.number = QStringLiteral("CEN-7K2Q-R00007");
    r.relatedNumber = QStringLiteral("CEN-7K2Q-000123");
    r.at = QDateTime(QDate(2026, 9, 20), QTime(10, 15),
                     QTimeZone(QByteArrayLiteral("America/Sao_Paulo")));
    r.clientId = Id::fromString(QStringLiteral("01927c3a-0000-7000-8000-0000000000c1"));
    r.clientName = QStringLiteral("João Araújo");
    ReceiptLine shampoo(c);
    shampoo.description = QStringLiteral("Shampoo 500 ml");
    shampoo.quantity = 1;
    shampoo.total = Money(4361, c);
    ReceiptLine wrap(c);
    wrap.description = QStringLiteral("Embrulho para presente");
    wrap.quantity = 1;
    wrap.total = Money(500, c);
    r.returnedLines << shampoo << wrap;
    r.refundTotal = Money(4861, c);
    r.refundTax = Money(665, c);
    r.payments << ReceiptPayment(PaymentMethod::StoreCredit, Money(-4861, c));
    r.balancesAfter << ReceiptBalance(ReceiptBalance::Kind::StoreCredit, Money(7361, c));
    return r;
}

Receipt exchange()
{
    const Currency c = currency("BRL");
    Receipt r = salon(c);
    r.kind = ReceiptKind::Exchange;
    r.number = QStringLiteral("CEN-7K2Q-000130");
    r.relatedNumber = QStringLiteral("CEN-7K2Q-R00008");
    r.at = QDateTime(QDate(2026, 9, 21), QTime(16, 2),
                     QTimeZone(QByteArrayLiteral("America/Sao_Paulo")));
    r.clientName = QStringLiteral("João Araújo");
    ReceiptLine back(c);
    back.description = QStringLiteral("Shampoo 500 ml");
    back.quantity = 1;
    back.total = Money(4361, c);
    r.returnedLines << back;
    r.lines << line(c, QStringLiteral("Condicionador 500 ml"), 1, 5290, 0, 1800,
                    QStringLiteral("ICMS 18%"))
            << line(c, QStringLiteral("Embrulho para presente"), 1, 500, 0, 0, {});
    r.subtotal = Money(5790, c);
    r.taxes << tax(c, QStringLiteral("ICMS 18%"), 1800, true, 5290, 807);
    r.saleTotal = Money(5790, c);
    r.refundTotal = Money(4361, c);
    r.refundTax = Money(665, c);
    ReceiptPayment card(PaymentMethod::Card, Money(1429, c));
    card.reference = QStringLiteral("AUT 990112");
    r.payments << card;
    return r;
}

} // namespace

QStringList ReceiptSamples::names()
{
    return { QStringLiteral("sale-cash"),    QStringLiteral("sale-pix"),
             QStringLiteral("sale-due-pix"), QStringLiteral("reprint-eur"),
             QStringLiteral("return"),       QStringLiteral("exchange") };
}

Receipt ReceiptSamples::make(const QString &name)
{
    if (name == QLatin1String("sale-cash"))
        return saleCash();
    if (name == QLatin1String("sale-pix"))
        return salePix();
    if (name == QLatin1String("sale-due-pix"))
        return saleDuePix();
    if (name == QLatin1String("reprint-eur"))
        return reprintEur();
    if (name == QLatin1String("return"))
        return returned();
    if (name == QLatin1String("exchange"))
        return exchange();
    qFatal("ReceiptSamples: no sample \"%s\"", qPrintable(name));
}

} // namespace Balcao::Test
