// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/EmvTlv.h"
#include "sales/PixCode.h"

#include <QTest>

using namespace Balcao;

Q_DECLARE_METATYPE(Balcao::PixKey::Type)
Q_DECLARE_METATYPE(Balcao::PixCharge)

namespace {

// The worked example of the Banco Central do Brasil's "Manual de Padrões para
// Iniciação do Pix" (BR Code chapter: a static code with a random key, no
// amount and no txid), https://www.bcb.gov.br/content/estabilidadefinanceira/
// pix/Regulamento_Pix/II_ManualdePadroesparaIniciacaodoPix.pdf. The same
// string, CRC 1D3D included, is what other PIX libraries test against.
const QString kCentralBankExample
    = QStringLiteral("00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-426655440000"
                     "5204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D");
const QString kExampleKey = QStringLiteral("123e4567-e12b-12d1-a456-426655440000");

// A static code made by Stark Bank's API, with a phone key, an amount and a
// txid (Stark Infra API reference, "Create static brcodes").
const QString kStarkBankExample
    = QStringLiteral("00020126360014br.gov.bcb.pix0114+554199999999952040000530398654041.005802BR"
                     "5915Jamie Lannister6009Sao Paulo621005061234566304A63E");

// From the README of guilhermeasn/php-class-pix-payload: an upper-case GUI
// and a postal code (field 61), which Balcão does not write but must read.
const QString kPhpExample = QStringLiteral(
    "00020126470014BR.GOV.BCB.PIX0125guilhermeasn@yahoo.com.br5204000053039865406100.005802BR"
    "5915Guilherme Neves6014Paraiba do Sul61082585000062110507TEST00163041DC8");

Currency brl()
{
    return *Currency::fromCode(QStringLiteral("BRL"));
}

std::optional<Money> amount(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    return *Money::parse(text, brl());
}

PixCharge charge(const QString &key, const QString &name, const QString &city,
                 const QString &amountText = {}, const QString &txid = {},
                 const QString &description = {}, PixUse use = PixUse::Unstated)
{
    return PixCharge {
        *PixKey::fromCanonical(key), name, city, amount(amountText), txid, description, use
    };
}

PixCharge exampleCharge()
{
    return charge(kExampleKey, QStringLiteral("Fulano de Tal"), QStringLiteral("BRASILIA"));
}

template<typename T> QByteArray messageOf(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

} // namespace

class TestPixCode : public QObject
{
    Q_OBJECT

private slots:
    void testCrc16_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("crc");
        // The "check" value of CRC-16/CCITT-FALSE in every CRC catalogue.
        QTest::addRow("check string") << QByteArray("123456789") << 0x29B1;
        QTest::addRow("empty: the initial value") << QByteArray() << 0xFFFF;
        QTest::addRow("one letter") << QByteArray("A") << 0xB915;
        QTest::addRow("Central Bank example") << kCentralBankExample.chopped(4).toUtf8() << 0x1D3D;
        QTest::addRow("Stark Bank example") << kStarkBankExample.chopped(4).toUtf8() << 0xA63E;
    }
    void testCrc16()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, crc);
        QCOMPARE(EmvTlv::crc16(bytes), static_cast<quint16>(crc));
    }

    void testBuildsTheCentralBankExample()
    {
        auto code = PixCode::build(exampleCharge());
        QVERIFY2(code.ok(), messageOf(code));
        QCOMPARE(code->payload(), kCentralBankExample);
    }

    void testBuildsKnownPayloads_data()
    {
        QTest::addColumn<PixCharge>("charge");
        QTest::addColumn<QString>("payload");
        QTest::addRow("Central Bank example") << exampleCharge() << kCentralBankExample;
        QTest::addRow("Stark Bank: phone key, amount and txid")
            << charge(QStringLiteral("+5541999999999"), QStringLiteral("Jamie Lannister"),
                      QStringLiteral("Sao Paulo"), QStringLiteral("1.00"), QStringLiteral("123456"))
            << kStarkBankExample;
        // The rows below were computed by a separate script (not this code)
        // from the manual's field table.
        QTest::addRow("single use")
            << charge(kExampleKey, QStringLiteral("Fulano de Tal"), QStringLiteral("BRASILIA"), {},
                      {}, {}, PixUse::SingleUse)
            << QStringLiteral("00020101021226580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-"
                              "4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA"
                              "62070503***6304EF53");
        QTest::addRow("CPF key, description, diacritics, reusable stated")
            << charge(QStringLiteral("52998224725"), QStringLiteral("Padaria São João"),
                      QStringLiteral("São Paulo"), QStringLiteral("12.50"),
                      QStringLiteral("PEDIDO42"), QStringLiteral("Café e pão"), PixUse::Reusable)
            << QStringLiteral("00020101021126470014br.gov.bcb.pix0111529982247250210Cafe e pao"
                              "520400005303986540512.505802BR5916Padaria Sao Joao6009Sao Paulo"
                              "62120508PEDIDO426304E7F5");
        QTest::addRow("CNPJ key, 15-character txid")
            << charge(QStringLiteral("11222333000181"), QStringLiteral("Salão Bela Vista"),
                      QStringLiteral("Belo Horizonte"), QStringLiteral("150"),
                      QStringLiteral("VENDA20260917X1"))
            << QStringLiteral("00020126360014br.gov.bcb.pix0114112223330001815204000053039865406"
                              "150.005802BR5916Salao Bela Vista6014Belo Horizonte62190515"
                              "VENDA20260917X1630455DE");
        QTest::addRow("e-mail key, one centavo")
            << charge(QStringLiteral("ana.souza@example.com.br"), QStringLiteral("Ana Souza"),
                      QStringLiteral("Rio de Janeiro"), QStringLiteral("0.01"))
            << QStringLiteral("00020126460014br.gov.bcb.pix0124ana.souza@example.com.br5204000053"
                              "0398654040.015802BR5909Ana Souza6014Rio de Janeiro62070503***"
                              "63045033");
    }
    void testBuildsKnownPayloads()
    {
        QFETCH(PixCharge, charge);
        QFETCH(QString, payload);
        auto code = PixCode::build(charge);
        QVERIFY2(code.ok(), messageOf(code));
        QCOMPARE(code->payload(), payload);
    }

    void testAmountField_data()
    {
        QTest::addColumn<qint64>("centavos");
        QTest::addColumn<QString>("field");
        QTest::addRow("ten reais") << qint64(1000) << QStringLiteral("540510.00");
        QTest::addRow("one centavo") << qint64(1) << QStringLiteral("54040.01");
        QTest::addRow("trailing zero kept") << qint64(150) << QStringLiteral("54041.50");
        QTest::addRow("thousands, no grouping")
            << qint64(123456789) << QStringLiteral("54101234567.89");
        QTest::addRow("largest that fits, 13 characters")
            << qint64(999999999999) << QStringLiteral("54139999999999.99");
        QTest::addRow("zero: no field") << qint64(0) << QString();
    }
    void testAmountField()
    {
        QFETCH(qint64, centavos);
        QFETCH(QString, field);
        PixCharge c = exampleCharge();
        c.amount = Money(centavos, brl());
        auto code = PixCode::build(c);
        QVERIFY2(code.ok(), messageOf(code));
        if (field.isEmpty()) {
            QCOMPARE(code->payload(), kCentralBankExample);
            QVERIFY(!code->charge().amount);
        } else {
            // Between the currency (53) and the country (58), as the manual orders them.
            QVERIFY2(code->payload().contains(QStringLiteral("5303986") + field
                                              + QStringLiteral("5802BR")),
                     qPrintable(code->payload()));
        }
    }

    void testRefusesAmounts_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("code");
        QTest::addRow("dollars") << qint64(1000) << QStringLiteral("USD")
                                 << QStringLiteral("pix.currency");
        QTest::addRow("negative") << qint64(-1000) << QStringLiteral("BRL")
                                  << QStringLiteral("pix.amount");
        QTest::addRow("14 characters")
            << qint64(1000000000000) << QStringLiteral("BRL") << QStringLiteral("pix.amount");
    }
    void testRefusesAmounts()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, code);
        PixCharge c = exampleCharge();
        c.amount = Money(minor, *Currency::fromCode(currency));
        auto built = PixCode::build(c);
        QVERIFY(!built.ok());
        QCOMPARE(built.error().code, code);
        QVERIFY(!built.error().message.isEmpty());
    }

    void testKeys_data()
    {
        QTest::addColumn<PixKey::Type>("type");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("canonical");
        using T = PixKey::Type;
        QTest::addRow("CPF, punctuated")
            << T::Cpf << QStringLiteral("529.982.247-25") << QStringLiteral("52998224725");
        QTest::addRow("CPF, digits")
            << T::Cpf << QStringLiteral(" 11144477735 ") << QStringLiteral("11144477735");
        QTest::addRow("CPF, first check digit 0")
            << T::Cpf << QStringLiteral("000.000.001-91") << QStringLiteral("00000000191");
        QTest::addRow("CNPJ, punctuated")
            << T::Cnpj << QStringLiteral("11.222.333/0001-81") << QStringLiteral("11222333000181");
        QTest::addRow("CNPJ, digits")
            << T::Cnpj << QStringLiteral("33000167000101") << QStringLiteral("33000167000101");
        QTest::addRow("phone, national")
            << T::Phone << QStringLiteral("(11) 98765-4321") << QStringLiteral("+5511987654321");
        QTest::addRow("phone, international")
            << T::Phone << QStringLiteral("+55 41 99999-9999") << QStringLiteral("+5541999999999");
        QTest::addRow("phone, old mobile gains its 9")
            << T::Phone << QStringLiteral("11 8765-4321") << QStringLiteral("+5511987654321");
        QTest::addRow("e-mail, lower-cased")
            << T::Email << QStringLiteral(" Ana.Souza@Example.COM ")
            << QStringLiteral("ana.souza@example.com");
        QTest::addRow("e-mail, plus and subdomain")
            << T::Email << QStringLiteral("caixa+loja1@mail.salao.com.br")
            << QStringLiteral("caixa+loja1@mail.salao.com.br");
        QTest::addRow("e-mail, 77 characters")
            << T::Email << QString(QString(62, u'a') + QStringLiteral("@example.com.br"))
            << QString(QString(62, u'a') + QStringLiteral("@example.com.br"));
        QTest::addRow("random, lower-cased")
            << T::Random << QStringLiteral("123E4567-E12B-12D1-A456-426655440000") << kExampleKey;
    }
    void testKeys()
    {
        QFETCH(PixKey::Type, type);
        QFETCH(QString, typed);
        QFETCH(QString, canonical);
        auto key = PixKey::parse(type, typed);
        QVERIFY2(key.ok(), messageOf(key));
        QCOMPARE(key->value(), canonical);
        QCOMPARE(key->type(), type);
        // A payload carries the canonical form, and its type follows from it.
        auto back = PixKey::fromCanonical(canonical);
        QVERIFY2(back.ok(), messageOf(back));
        QCOMPARE(*back, *key);
    }

    void testRefusesKeys_data()
    {
        QTest::addColumn<PixKey::Type>("type");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code");
        using T = PixKey::Type;
        QTest::addRow("empty") << T::Cpf << QStringLiteral("  ") << QStringLiteral("pixKey.empty");
        QTest::addRow("CPF, wrong first check digit")
            << T::Cpf << QStringLiteral("529.982.247-35") << QStringLiteral("pixKey.cpf");
        QTest::addRow("CPF, wrong second check digit")
            << T::Cpf << QStringLiteral("529.982.247-26") << QStringLiteral("pixKey.cpf");
        QTest::addRow("CPF, one digit repeated")
            << T::Cpf << QStringLiteral("111.111.111-11") << QStringLiteral("pixKey.cpf");
        QTest::addRow("CPF, 10 digits")
            << T::Cpf << QStringLiteral("5299822472") << QStringLiteral("pixKey.cpf");
        QTest::addRow("CPF, letters")
            << T::Cpf << QStringLiteral("529.982.247-2X") << QStringLiteral("pixKey.cpf");
        QTest::addRow("CNPJ, wrong check digit")
            << T::Cnpj << QStringLiteral("11.222.333/0001-82") << QStringLiteral("pixKey.cnpj");
        QTest::addRow("CNPJ, one digit repeated")
            << T::Cnpj << QStringLiteral("00.000.000/0000-00") << QStringLiteral("pixKey.cnpj");
        QTest::addRow("CNPJ, a CPF's length")
            << T::Cnpj << QStringLiteral("52998224725") << QStringLiteral("pixKey.cnpj");
        QTest::addRow("phone, not Brazilian") << T::Phone << QStringLiteral("+351 912 345 678")
                                              << QStringLiteral("pixKey.phoneCountry");
        QTest::addRow("phone, no area code")
            << T::Phone << QStringLiteral("98765-4321") << QStringLiteral("phone.missingAreaCode");
        QTest::addRow("phone, letters")
            << T::Phone << QStringLiteral("11 9abc-1234") << QStringLiteral("phone.characters");
        QTest::addRow("e-mail without @")
            << T::Email << QStringLiteral("ana.example.com") << QStringLiteral("pixKey.email");
        QTest::addRow("e-mail without a dot in the domain")
            << T::Email << QStringLiteral("ana@gmailcom") << QStringLiteral("pixKey.email");
        QTest::addRow("e-mail with a space") << T::Email << QStringLiteral("ana souza@example.com")
                                             << QStringLiteral("pixKey.email");
        QTest::addRow("e-mail with an accent")
            << T::Email << QStringLiteral("joão@example.com") << QStringLiteral("pixKey.email");
        QTest::addRow("e-mail, 78 characters")
            << T::Email << QString(QString(63, u'a') + QStringLiteral("@example.com.br"))
            << QStringLiteral("pixKey.email");
        QTest::addRow("random, no hyphens")
            << T::Random << QStringLiteral("123e4567e12b12d1a456426655440000")
            << QStringLiteral("pixKey.random");
        QTest::addRow("random, not hex")
            << T::Random << QStringLiteral("123e4567-e12b-12d1-a456-42665544000g")
            << QStringLiteral("pixKey.random");
        QTest::addRow("random, braces")
            << T::Random << QStringLiteral("{123e4567-e12b-12d1-a456-426655440000}")
            << QStringLiteral("pixKey.random");
    }
    void testRefusesKeys()
    {
        QFETCH(PixKey::Type, type);
        QFETCH(QString, typed);
        QFETCH(QString, code);
        auto key = PixKey::parse(type, typed);
        QVERIFY2(!key.ok(), qPrintable(key.ok() ? key->value() : QString()));
        QCOMPARE(key.error().code, code);
        QCOMPARE(key.error().kind, Error::Kind::Invalid);
        QVERIFY(!key.error().message.isEmpty());
    }

    void testFromCanonicalRefusesWhatTheDirectoryWouldNotFind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addRow("punctuated CPF")
            << QStringLiteral("529.982.247-25") << QStringLiteral("pixKey.unknown");
        QTest::addRow("spaced phone")
            << QStringLiteral("+55 11 98765-4321") << QStringLiteral("pixKey.notCanonical");
        QTest::addRow("upper-case e-mail")
            << QStringLiteral("Ana@example.com") << QStringLiteral("pixKey.notCanonical");
        QTest::addRow("upper-case random key")
            << QStringLiteral("123E4567-E12B-12D1-A456-426655440000")
            << QStringLiteral("pixKey.notCanonical");
        QTest::addRow("11 digits, not a CPF")
            << QStringLiteral("12345678901") << QStringLiteral("pixKey.cpf");
        QTest::addRow("a name") << QStringLiteral("Fulano") << QStringLiteral("pixKey.unknown");
        QTest::addRow("empty") << QString() << QStringLiteral("pixKey.unknown");
    }
    void testFromCanonicalRefusesWhatTheDirectoryWouldNotFind()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        auto key = PixKey::fromCanonical(text);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, code);
    }

    void testNamesAreCleanedAndCut_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("payloadName");
        QTest::addColumn<QString>("payloadCity");
        QTest::addRow("as they are")
            << QStringLiteral("Fulano de Tal") << QStringLiteral("BRASILIA")
            << QStringLiteral("Fulano de Tal") << QStringLiteral("BRASILIA");
        QTest::addRow("Portuguese diacritics")
            << QStringLiteral("Ação Estética Ltda") << QStringLiteral("Florianópolis")
            << QStringLiteral("Acao Estetica Ltda") << QStringLiteral("Florianopolis");
        QTest::addRow("ç, ü, capitals with accents")
            << QStringLiteral("ÇÃO Müller ÉÊ") << QStringLiteral("Goiânia")
            << QStringLiteral("CAO Muller EE") << QStringLiteral("Goiania");
        QTest::addRow("ordinal indicators")
            << QStringLiteral("Barbearia Nº 1") << QStringLiteral("Itajaí")
            << QStringLiteral("Barbearia No 1") << QStringLiteral("Itajai");
        QTest::addRow("letters without a decomposition")
            << QStringLiteral("Straße Æsir Øre") << QStringLiteral("Łódź")
            << QStringLiteral("Strasse AEsir Ore") << QStringLiteral("Lodz");
        QTest::addRow("typographic quotes and dashes")
            << QStringLiteral("D’Ávila – Cabelo “Top”") << QStringLiteral("Rio")
            << QStringLiteral("D'Avila - Cabelo \"Top\"") << QStringLiteral("Rio");
        QTest::addRow("characters outside ASCII dropped")
            << QStringLiteral("Salão ★ Beleza 💇") << QStringLiteral("São Paulo ♥")
            << QStringLiteral("Salao Beleza") << QStringLiteral("Sao Paulo");
        QTest::addRow("spaces and tabs collapsed")
            << QStringLiteral("  Ana\t\tSouza\u00A0Cabelos ") << QStringLiteral(" Rio  Branco ")
            << QStringLiteral("Ana Souza Cabelos") << QStringLiteral("Rio Branco");
        QTest::addRow("name of 25 kept, city of 15 kept")
            << QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXY") << QStringLiteral("ABCDEFGHIJKLMNO")
            << QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXY") << QStringLiteral("ABCDEFGHIJKLMNO");
        QTest::addRow("cut to 25 and 15, after cleaning")
            << QStringLiteral("Pousada Ondas do Mar e Céu Azul Ltda")
            << QStringLiteral("São José dos Campos") << QStringLiteral("Pousada Ondas do Mar e Ce")
            << QStringLiteral("Sao Jose dos Ca");
        QTest::addRow("no space left at the cut")
            << QStringLiteral("Instituto de Beleza Mari Souza")
            << QStringLiteral("Rio de Janeiro RJ") << QStringLiteral("Instituto de Beleza Mari")
            << QStringLiteral("Rio de Janeiro");
    }
    void testNamesAreCleanedAndCut()
    {
        QFETCH(QString, name);
        QFETCH(QString, city);
        QFETCH(QString, payloadName);
        QFETCH(QString, payloadCity);
        auto code = PixCode::build(charge(kExampleKey, name, city));
        QVERIFY2(code.ok(), messageOf(code));
        QCOMPARE(code->charge().merchantName, payloadName);
        QCOMPARE(code->charge().merchantCity, payloadCity);
        QVERIFY(code->payload().contains(EmvTlv::field(u"59", payloadName)
                                         + EmvTlv::field(u"60", payloadCity)));
        for (const QChar c : code->payload())
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() <= 0x7E, qPrintable(code->payload()));
    }

    void testRefusesNamesThatCleanToNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("code");
        QTest::addRow("empty name")
            << QString() << QStringLiteral("Rio") << QStringLiteral("pix.merchantName");
        QTest::addRow("spaces only")
            << QStringLiteral("   ") << QStringLiteral("Rio") << QStringLiteral("pix.merchantName");
        QTest::addRow("name in another script") << QStringLiteral("美容院") << QStringLiteral("Rio")
                                                << QStringLiteral("pix.merchantName");
        QTest::addRow("empty city")
            << QStringLiteral("Ana") << QString() << QStringLiteral("pix.merchantCity");
    }
    void testRefusesNamesThatCleanToNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, city);
        QFETCH(QString, code);
        auto built = PixCode::build(charge(kExampleKey, name, city));
        QVERIFY(!built.ok());
        QCOMPARE(built.error().code, code);
    }

    void testTxid_data()
    {
        QTest::addColumn<QString>("txid");
        QTest::addColumn<QString>("field"); // empty: refused
        QTest::addRow("none") << QString() << QStringLiteral("62070503***");
        QTest::addRow("letters and digits")
            << QStringLiteral("Venda123") << QStringLiteral("62120508Venda123");
        QTest::addRow("surrounding spaces trimmed")
            << QStringLiteral(" Venda123 ") << QStringLiteral("62120508Venda123");
        QTest::addRow("25 characters") << QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVW12")
                                       << QStringLiteral("62290525ABCDEFGHIJKLMNOPQRSTUVW12");
        QTest::addRow("26 characters") << QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVW123") << QString();
        QTest::addRow("hyphen") << QStringLiteral("PEDIDO-42") << QString();
        QTest::addRow("space inside") << QStringLiteral("PEDIDO 42") << QString();
        QTest::addRow("accent") << QStringLiteral("VendaJoão") << QString();
        QTest::addRow("the placeholder itself") << QStringLiteral("***") << QString();
    }
    void testTxid()
    {
        QFETCH(QString, txid);
        QFETCH(QString, field);
        PixCharge c = exampleCharge();
        c.txid = txid;
        auto code = PixCode::build(c);
        if (field.isEmpty()) {
            QVERIFY(!code.ok());
            QCOMPARE(code.error().code, QStringLiteral("pix.txid"));
            return;
        }
        QVERIFY2(code.ok(), messageOf(code));
        QVERIFY2(
            code->payload().endsWith(field + QStringLiteral("6304") + code->payload().right(4)),
            qPrintable(code->payload()));
    }

    void testDescription_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("written"); // "!" + code when refused
        const QString longEmail = QString(62, u'a') + QStringLiteral("@example.com.br");
        QTest::addRow("none") << kExampleKey << QString() << QString();
        QTest::addRow("cleaned") << kExampleKey << QStringLiteral("Corte + escova, Ana ✂")
                                 << QStringLiteral("Corte + escova, Ana");
        // The template holds 99 characters: the GUI (18) and a random key (40)
        // leave 37 for the description after its own 4.
        QTest::addRow("37 beside a random key")
            << kExampleKey << QString(37, u'x') << QString(37, u'x');
        QTest::addRow("38 beside a random key")
            << kExampleKey << QString(38, u'x') << QStringLiteral("!pix.description");
        QTest::addRow("62 beside a CPF")
            << QStringLiteral("52998224725") << QString(62, u'x') << QString(62, u'x');
        QTest::addRow("none beside a 77-character e-mail") << longEmail << QString() << QString();
        QTest::addRow("one beside a 77-character e-mail")
            << longEmail << QStringLiteral("x") << QStringLiteral("!pix.description");
    }
    void testDescription()
    {
        QFETCH(QString, key);
        QFETCH(QString, description);
        QFETCH(QString, written);
        auto code = PixCode::build(
            charge(key, QStringLiteral("Ana"), QStringLiteral("Rio"), {}, {}, description));
        if (written.startsWith(u'!')) {
            QVERIFY(!code.ok());
            QCOMPARE(code.error().code, written.mid(1));
            return;
        }
        QVERIFY2(code.ok(), messageOf(code));
        QCOMPARE(code->charge().description, written);
        const QString account = EmvTlv::field(u"00", QStringLiteral("br.gov.bcb.pix"))
            + EmvTlv::field(u"01", key)
            + (written.isEmpty() ? QString() : EmvTlv::field(u"02", written));
        QVERIFY2(code->payload().contains(EmvTlv::field(u"26", account)),
                 qPrintable(code->payload()));
    }

    void testRoundTrip_data()
    {
        QTest::addColumn<PixCharge>("charge");
        QTest::addRow("Central Bank example") << exampleCharge();
        QTest::addRow("everything")
            << charge(QStringLiteral("52998224725"), QStringLiteral("Padaria São João"),
                      QStringLiteral("São Paulo"), QStringLiteral("12.50"),
                      QStringLiteral("PEDIDO42"), QStringLiteral("Café e pão"), PixUse::SingleUse);
        QTest::addRow("reusable stated")
            << charge(QStringLiteral("11222333000181"), QStringLiteral("Salão"),
                      QStringLiteral("Recife"), QStringLiteral("0.01"), {}, {}, PixUse::Reusable);
        QTest::addRow("phone key, cut names")
            << charge(QStringLiteral("+5511987654321"),
                      QStringLiteral("Pousada Ondas do Mar e Céu Azul Ltda"),
                      QStringLiteral("São José dos Campos"), QStringLiteral("9999999999.99"),
                      QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVW12"));
        QTest::addRow("longest e-mail key")
            << charge(QString(62, u'a') + QStringLiteral("@example.com.br"), QStringLiteral("Ana"),
                      QStringLiteral("Rio"));
    }
    void testRoundTrip()
    {
        QFETCH(PixCharge, charge);
        auto built = PixCode::build(charge);
        QVERIFY2(built.ok(), messageOf(built));
        auto read = PixCode::parse(built->payload());
        QVERIFY2(read.ok(), messageOf(read));
        QCOMPARE(read->payload(), built->payload());
        QVERIFY(read->charge() == built->charge());
        // Building what was read gives the same code again.
        QCOMPARE(PixCode::build(read->charge())->payload(), built->payload());
    }

    void testParsesCodesFromElsewhere()
    {
        auto bcb = PixCode::parse(kCentralBankExample);
        QVERIFY2(bcb.ok(), messageOf(bcb));
        QVERIFY(bcb->charge() == exampleCharge());
        QCOMPARE(bcb->charge().key.type(), PixKey::Type::Random);

        auto stark = PixCode::parse(kStarkBankExample);
        QVERIFY2(stark.ok(), messageOf(stark));
        QCOMPARE(stark->charge().key.type(), PixKey::Type::Phone);
        QCOMPARE(stark->charge().amount, amount(QStringLiteral("1.00")));
        QCOMPARE(stark->charge().txid, QStringLiteral("123456"));

        auto php = PixCode::parse(kPhpExample);
        QVERIFY2(php.ok(), messageOf(php));
        QCOMPARE(php->charge().key.value(), QStringLiteral("guilhermeasn@yahoo.com.br"));
        QCOMPARE(php->charge().key.type(), PixKey::Type::Email);
        QCOMPARE(php->charge().merchantName, QStringLiteral("Guilherme Neves"));
        QCOMPARE(php->charge().merchantCity, QStringLiteral("Paraiba do Sul"));
        QCOMPARE(php->charge().amount, amount(QStringLiteral("100.00")));
        QCOMPARE(php->charge().txid, QStringLiteral("TEST001"));
        QCOMPARE(php->charge().use, PixUse::Unstated);
        QCOMPARE(php->payload(), kPhpExample);
    }

    void testAnyChangedCharacterFailsTheCrc()
    {
        // A CRC-16 catches every error burst of up to 16 bits, so every
        // single changed character, wherever it is, lengths and CRC included.
        auto code = PixCode::build(charge(QStringLiteral("52998224725"),
                                          QStringLiteral("Padaria São João"),
                                          QStringLiteral("São Paulo"), QStringLiteral("12.50"),
                                          QStringLiteral("PEDIDO42"), QStringLiteral("Café")));
        QVERIFY(code.ok());
        const QString payload = code->payload();
        for (qsizetype i = 0; i < payload.size(); ++i) {
            QString damaged = payload;
            // A digit becomes another digit, anything else a letter: the
            // change a misread or mistyped character makes.
            const QChar c = payload.at(i);
            damaged[i] = c.isDigit() ? QChar(u'0' + (c.digitValue() + 1) % 10)
                                     : (c == u'Q' ? QChar(u'R') : QChar(u'Q'));
            auto read = PixCode::parse(damaged);
            QVERIFY2(!read.ok(), qPrintable(damaged));
            QCOMPARE(read.error().code, QStringLiteral("pix.crc"));
        }
        // Cut short, or with something after the CRC.
        QCOMPARE(PixCode::parse(payload.chopped(1)).error().code, QStringLiteral("pix.crc"));
        QCOMPARE(PixCode::parse(payload + u' ').error().code, QStringLiteral("pix.crc"));
        QCOMPARE(PixCode::parse(QString()).error().code, QStringLiteral("pix.crc"));
    }

    void testLowerCaseCrcIsRead()
    {
        auto read = PixCode::parse(kCentralBankExample.chopped(4) + QStringLiteral("1d3d"));
        QVERIFY2(read.ok(), messageOf(read));
    }

    void testRefusesBrokenCodes_data()
    {
        // Bodies without the CRC object: the test closes each with a right
        // CRC, so that what is refused is the structure, not the checksum.
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("code");
        const QString account
            = QStringLiteral("26580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-426655440000");
        const QString fixed = QStringLiteral("5204000053039865802BR");
        const QString names = QStringLiteral("5913Fulano de Tal6008BRASILIA");
        const QString noTxid = QStringLiteral("62070503***");
        QTest::addRow("the example itself")
            << QString(QStringLiteral("000201") + account + fixed + names + noTxid) << QString();
        // Framing (EmvTlv).
        QTest::addRow("length runs past the end")
            << QString(QStringLiteral("000201") + account + fixed + names + QStringLiteral("6299"))
            << QStringLiteral("emv.length");
        QTest::addRow("length not digits")
            << QString(QStringLiteral("00020126X8") + account.mid(4) + fixed + names + noTxid)
            << QStringLiteral("emv.header");
        QTest::addRow("id not digits")
            << QString(QStringLiteral("000201X658") + account.mid(4) + fixed + names + noTxid)
            << QStringLiteral("emv.header");
        QTest::addRow("length one short inside the account template")
            << QString(QStringLiteral("00020126580014br.gov.bcb.pix0135123e4567-e12b-12d1-a456-"
                                      "426655440000")
                       + fixed + names + noTxid)
            << QStringLiteral("emv.truncated");
        QTest::addRow("CRC swallowed by the field before it") << QString(
            QStringLiteral("000201") + account + fixed + names + noTxid + QStringLiteral("9908"))
                                                              << QStringLiteral("pix.crcPosition");
        QTest::addRow("not starting with 000201")
            << QString(QStringLiteral("000202") + account + fixed + names + noTxid)
            << QStringLiteral("pix.payloadFormat");
        QTest::addRow("a field twice") << QString(QStringLiteral("000201") + account + fixed + names
                                                  + QStringLiteral("6002RJ") + noTxid)
                                       << QStringLiteral("pix.duplicateField");
        // Fields a static PIX code must have.
        QTest::addRow("no merchant name") << QString(QStringLiteral("000201") + account + fixed
                                                     + QStringLiteral("6008BRASILIA") + noTxid)
                                          << QStringLiteral("pix.missingField");
        QTest::addRow("no additional data")
            << QString(QStringLiteral("000201") + account + fixed + names)
            << QStringLiteral("pix.missingField");
        QTest::addRow("no txid inside the additional data") << QString(
            QStringLiteral("000201") + account + fixed + names + QStringLiteral("62070703***"))
                                                            << QStringLiteral("pix.missingField");
        QTest::addRow("no currency") << QString(QStringLiteral("000201") + account
                                                + QStringLiteral("520400005802BR") + names + noTxid)
                                     << QStringLiteral("pix.missingField");
        QTest::addRow("dollars") << QString(
            QStringLiteral("000201") + account + QStringLiteral("5204000053038405802BR") + names
            + noTxid) << QStringLiteral("pix.currency");
        QTest::addRow("another country")
            << QString(QStringLiteral("000201") + account + QStringLiteral("5204000053039865802PT")
                       + names + noTxid)
            << QStringLiteral("pix.country");
        QTest::addRow("category not four digits")
            << QString(QStringLiteral("000201") + account + QStringLiteral("520400A053039865802BR")
                       + names + noTxid)
            << QStringLiteral("pix.category");
        QTest::addRow("initiation method 13")
            << QString(QStringLiteral("000201010213") + account + fixed + names + noTxid)
            << QStringLiteral("pix.initiation");
        QTest::addRow("amount with a comma")
            << QString(QStringLiteral("000201") + account
                       + QStringLiteral("52040000530398654041,005802BR") + names + noTxid)
            << QStringLiteral("pix.amount");
        QTest::addRow("amount with three decimals")
            << QString(QStringLiteral("000201") + account
                       + QStringLiteral("52040000530398654051.0005802BR") + names + noTxid)
            << QStringLiteral("pix.amount");
        QTest::addRow("name of 26")
            << QString(QStringLiteral("000201") + account + fixed
                       + QStringLiteral("5926ABCDEFGHIJKLMNOPQRSTUVWXYZ6008BRASILIA") + noTxid)
            << QStringLiteral("pix.merchantName");
        QTest::addRow("city of 16")
            << QString(QStringLiteral("000201") + account + fixed
                       + QStringLiteral("5913Fulano de Tal6016ABCDEFGHIJKLMNOP") + noTxid)
            << QStringLiteral("pix.merchantCity");
        QTest::addRow("txid with a hyphen")
            << QString(QStringLiteral("000201") + account + fixed + names
                       + QStringLiteral("62130509PEDIDO-42"))
            << QStringLiteral("pix.txid");
        // The PIX account.
        QTest::addRow("another scheme's account only")
            << QString(QStringLiteral("00020126190015com.example.pay") + fixed + names + noTxid)
            << QStringLiteral("pix.notPix");
        QTest::addRow("PIX account without a key")
            << QString(QStringLiteral("00020126180014br.gov.bcb.pix") + fixed + names + noTxid)
            << QStringLiteral("pix.key");
        QTest::addRow("dynamic code")
            << QString(QStringLiteral("000201010212") + QStringLiteral("26420014br.gov.bcb.pix2520")
                       + QStringLiteral("pix.example.com/qr/1") + fixed + names + noTxid)
            << QStringLiteral("pix.dynamic");
        QTest::addRow("key not canonical")
            << QString(QStringLiteral("00020126400014br.gov.bcb.pix0118Fulano@example.com") + fixed
                       + names + noTxid)
            << QStringLiteral("pixKey.notCanonical");
        QTest::addRow("CPF key with wrong check digits") << QString(
            QStringLiteral("00020126330014br.gov.bcb.pix011112345678901") + fixed + names + noTxid)
                                                         << QStringLiteral("pixKey.cpf");
    }
    void testRefusesBrokenCodes()
    {
        QFETCH(QString, body);
        QFETCH(QString, code);
        auto read = PixCode::parse(EmvTlv::withCrc(body));
        if (code.isEmpty()) {
            QVERIFY2(read.ok(), messageOf(read));
            QCOMPARE(read->payload(), kCentralBankExample);
            return;
        }
        QVERIFY2(!read.ok(), qPrintable(read.ok() ? read->payload() : QString()));
        QCOMPARE(read.error().code, code);
        QVERIFY(!read.error().message.isEmpty());
    }

    void testSplitRefusesBadFraming_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addRow("three characters left")
            << QStringLiteral("000201005") << QStringLiteral("emv.truncated");
        QTest::addRow("length past the end")
            << QStringLiteral("0003AB") << QStringLiteral("emv.length");
        QTest::addRow("length with a sign")
            << QStringLiteral("00-1A") << QStringLiteral("emv.header");
        QTest::addRow("non-ASCII digits")
            << QStringLiteral("00\u0661\u0662AB") << QStringLiteral("emv.header");
    }
    void testSplitRefusesBadFraming()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        auto fields = EmvTlv::split(text);
        QVERIFY(!fields.ok());
        QCOMPARE(fields.error().code, code);
    }

    void testSplitReadsNestedFields()
    {
        auto top = EmvTlv::split(kCentralBankExample);
        QVERIFY2(top.ok(), messageOf(top));
        QCOMPARE(top->size(), 9);
        QCOMPARE(top->at(1).id, QStringLiteral("26"));
        auto account = EmvTlv::split(top->at(1).value);
        QVERIFY(account.ok());
        QCOMPARE(*account,
                 (QList<EmvField> { { QStringLiteral("00"), QStringLiteral("br.gov.bcb.pix") },
                                    { QStringLiteral("01"), kExampleKey } }));
        QCOMPARE(top->constLast(), (EmvField { QStringLiteral("63"), QStringLiteral("1D3D") }));
        QVERIFY(EmvTlv::split(QString())->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPixCode)
#include "TestPixCode.moc"
